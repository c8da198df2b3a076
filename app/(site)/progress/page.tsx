import type { Metadata } from "next";

import { ProgressPage } from "@/components/progress/progress-page";
import { getCourse } from "@/lib/content";
import { getQuizBank } from "@/lib/quiz/bank";

export const metadata: Metadata = {
  title: "Your progress",
  description: "Your quiz scores over time, the questions you miss most, and your saved data.",
  alternates: { canonical: "/progress" },
};

export default async function ProgressRoute() {
  const [course, bank] = await Promise.all([getCourse(), getQuizBank()]);
  const lessons = course.lessons.map(({ slug, title }) => ({ slug, title }));
  return <ProgressPage lessons={lessons} quizzes={bank.quizzes} />;
}
