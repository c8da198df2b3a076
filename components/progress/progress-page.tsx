import type { Quiz } from "@/lib/quiz/model";

import { type DashboardLesson, ProgressDashboard } from "./progress-dashboard";

/** `/progress`: the page around the dashboard. */
export function ProgressPage({
  lessons,
  quizzes,
}: {
  lessons: DashboardLesson[];
  quizzes: Quiz[];
}) {
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">
        Your progress
      </h1>
      <p className="mt-3 mb-6 max-w-3xl text-slate-600 dark:text-slate-400">
        Kept in this browser only: nothing is sent anywhere. Export it to keep a copy or to move it
        to another browser.
      </p>
      <ProgressDashboard lessons={lessons} quizzes={quizzes} />
    </main>
  );
}
