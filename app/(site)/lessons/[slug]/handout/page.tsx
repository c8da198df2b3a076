import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DeckSlides } from "@/components/slides/deck-slides";
import { HandoutView } from "@/components/slides/handout-view";
import { getDeckPageMetadata, getPresentation, listDeckParams } from "@/lib/course/deck";

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = () => listDeckParams();

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return getDeckPageMetadata((await params).slug, "handout");
}

export default async function HandoutPage({ params }: Params) {
  const { slug } = await params;
  const presentation = await getPresentation(slug);
  if (!presentation) notFound();
  const { lesson, outline, slides } = presentation;
  return (
    <HandoutView slug={slug} title={lesson.title} slideCount={outline.length}>
      <DeckSlides {...slides} view="handout" />
    </HandoutView>
  );
}
