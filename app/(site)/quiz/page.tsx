import type { Metadata } from "next";

import { QuizHome } from "@/components/quiz/quiz-home";
import { getQuizBank } from "@/lib/quiz/bank";

export const metadata: Metadata = {
  title: "Test yourself",
  description: "A self-assessment over the whole course: pick lessons and a number of questions.",
  alternates: { canonical: "/quiz" },
};

export default async function QuizPage() {
  const bank = await getQuizBank();
  return <QuizHome quizzes={bank.quizzes} />;
}
