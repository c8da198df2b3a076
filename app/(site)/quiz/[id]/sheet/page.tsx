import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { AnswerSheet } from "@/components/quiz/answer-sheet";
import { getCourse } from "@/lib/content";
import { getQuiz, getQuizBank } from "@/lib/quiz/bank";

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const bank = await getQuizBank();
  return bank.quizzes.map((quiz) => ({ id: quiz.lessonSlug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  const quiz = await getQuiz(id);
  return quiz ? { title: `Answer sheet: ${quiz.title}`, robots: { index: false } } : {};
}

export default async function AnswerSheetRoute({ params }: Params) {
  const { id } = await params;
  const [course, quiz] = await Promise.all([getCourse(), getQuiz(id)]);
  const lesson = course.lessons.find((l) => l.slug === id);
  if (!quiz || !lesson) notFound();
  return <AnswerSheet quiz={quiz} lessonTitle={lesson.title} answers={false} />;
}
