import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { AudienceView } from "@/components/slides/audience-view";
import { DeckScaleScript } from "@/components/slides/deck-scale-script";
import { DeckSlides } from "@/components/slides/deck-slides";
import { getDeckPageMetadata, getPresentation, listDeckParams } from "@/lib/course/deck";

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = () => listDeckParams();

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return getDeckPageMetadata((await params).slug, "slides");
}

export default async function SlidesPage({ params }: Params) {
  const { slug } = await params;
  const presentation = await getPresentation(slug);
  if (!presentation) notFound();
  const { lesson, outline, slides } = presentation;
  return (
    <>
      <DeckScaleScript />
      <AudienceView slug={slug} outline={outline} lessonTitle={lesson.title}>
        <DeckSlides {...slides} view="audience" />
      </AudienceView>
    </>
  );
}
