import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { LessonView } from "@/components/lesson/lesson-view";
import { getCourse } from "@/lib/content";
import { getLesson } from "@/lib/course";
import { getQuiz } from "@/lib/quiz/bank";

type Params = { params: Promise<{ slug: string }> };

// Every lesson is prerendered; an unknown slug is a 404, not an on-demand render.
export const dynamicParams = false;

export async function generateStaticParams() {
  const course = await getCourse();
  return course.lessons.map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const lesson = (await getCourse()).lessons.find((l) => l.slug === slug);
  if (!lesson) return {};
  return {
    title: lesson.title,
    description: lesson.description,
    alternates: { canonical: `/lessons/${lesson.slug}` },
    openGraph: {
      type: "article",
      title: lesson.title,
      description: lesson.description,
      url: `/lessons/${lesson.slug}`,
    },
  };
}

export default async function LessonPage({ params }: Params) {
  const { slug } = await params;
  const [course, lesson, quiz] = await Promise.all([getCourse(), getLesson(slug), getQuiz(slug)]);
  if (!lesson) notFound();
  return <LessonView course={course} lesson={lesson} quiz={quiz} />;
}
