import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DeckSlides } from "@/components/slides/deck-slides";
import { HandoutView } from "@/components/slides/handout-view";
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
    title: `${lesson.title} (handout)`,
    description: `Every slide of “${lesson.title}” with its speaker notes, ready to print.`,
    alternates: { canonical: `/lessons/${slug}/handout` },
  };
}

export default async function HandoutPage({ params }: Params) {
  const { slug } = await params;
  const presentation = await getPresentation(slug);
  if (!presentation) notFound();
  const { lesson, quiz, outline } = presentation;
  return (
    <HandoutView slug={slug} title={lesson.title} slideCount={outline.length}>
      <DeckSlides
        code={lesson.code}
        lessonSlides={lesson.outline.length}
        quiz={quiz}
        view="handout"
      />
    </HandoutView>
  );
}
