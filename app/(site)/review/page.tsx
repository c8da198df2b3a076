import type { Metadata } from "next";

import { ReviewSession } from "@/components/review/review-session";
import { getCourse } from "@/lib/content";
import { getQuizBank } from "@/lib/quiz/bank";
import { reviewItems } from "@/lib/review/items";

export const metadata: Metadata = {
  title: "Spaced review",
  description: "The questions due for review today, from every lesson, most overdue first.",
  alternates: { canonical: "/review" },
};

export default async function ReviewRoute() {
  const [course, bank] = await Promise.all([getCourse(), getQuizBank()]);
  const questions = bank.quizzes.flatMap((quiz) => quiz.questions);
  const lessonTitles = Object.fromEntries(course.lessons.map((l) => [l.slug, l.title]));
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">
        Spaced review
      </h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">
        Questions you answered come back when you are about to forget them: sooner when you missed
        or guessed, later when you were sure and right. Kept in this browser only.
      </p>
      <div className="mt-8 min-h-[28rem] rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-800">
        <ReviewSession
          questions={questions}
          items={reviewItems(questions)}
          lessonTitles={lessonTitles}
        />
      </div>
    </main>
  );
}
