import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DeckSlides } from "@/components/slides/deck-slides";
import { PresenterView } from "@/components/slides/presenter-view";
import { getCourse } from "@/lib/content";
import { getPresentation } from "@/lib/slides/deck";

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getCourse()).lessons.map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const lesson = (await getCourse()).lessons.find((l) => l.slug === slug);
  if (!lesson) return {};
  return {
    title: `${lesson.title} (presenter)`,
    description: `Presenter view of “${lesson.title}”: slides, speaker notes and a timer.`,
    alternates: { canonical: `/lessons/${slug}/presenter` },
  };
}

export default async function PresenterPage({ params }: Params) {
  const { slug } = await params;
  const presentation = await getPresentation(slug);
  if (!presentation) notFound();
  const { lesson, quiz, outline } = presentation;
  const slides = { code: lesson.code, lessonSlides: lesson.outline.length, quiz };
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
