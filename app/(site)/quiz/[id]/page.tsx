import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { LessonQuizPage } from "@/components/quiz/lesson-quiz-page";
import { getCourse } from "@/lib/content";
import { getQuiz, getQuizBank } from "@/lib/quiz/bank";

type Params = { params: Promise<{ id: string }> };

// One page per lesson quiz, prerendered; any other id is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  const bank = await getQuizBank();
  return bank.quizzes.map((quiz) => ({ id: quiz.lessonSlug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  const quiz = await getQuiz(id);
  if (!quiz) return {};
  return {
    title: `Quiz: ${quiz.title}`,
    description: `${quiz.questions.length} questions on the lesson “${quiz.title}”.`,
    alternates: { canonical: `/quiz/${id}` },
  };
}

export default async function LessonQuizRoute({ params }: Params) {
  const { id } = await params;
  const [course, quiz] = await Promise.all([getCourse(), getQuiz(id)]);
  const lesson = course.lessons.find((l) => l.slug === id);
  if (!quiz || !lesson) notFound();
  return <LessonQuizPage lesson={lesson} quiz={quiz} />;
}
