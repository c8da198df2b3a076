import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DeckSlides } from "@/components/slides/deck-slides";
import { PresenterView } from "@/components/slides/presenter-view";
import { getDeckPageMetadata, getPresentation, listDeckParams } from "@/lib/course/deck";

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = () => listDeckParams();

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return getDeckPageMetadata((await params).slug, "presenter");
}

export default async function PresenterPage({ params }: Params) {
  const { slug } = await params;
  const presentation = await getPresentation(slug);
  if (!presentation) notFound();
  const { lesson, outline, slides } = presentation;
  return (
    <PresenterView
      slug={slug}
      outline={outline}
      lessonTitle={lesson.title}
      current={<DeckSlides {...slides} view="audience" />}
      next={<DeckSlides {...slides} view="preview" />}
      notes={<DeckSlides {...slides} view="notes" />}
    />
  );
}
