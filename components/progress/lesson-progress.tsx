"use client";

import { lessonQuizId } from "@/lib/progress/selectors";
import { percent } from "@/lib/quiz/percent";

import { useLessonRead, useProgressHydrated, useQuizSummary } from "./use-progress";

/**
 * One line of progress for a lesson on the home page: read or not, best and latest quiz
 * score. The line is there, empty, before saved progress loads, so the page does not move.
 */
export function LessonProgress({ slug }: { slug: string }) {
  const hydrated = useProgressHydrated();
  const read = useLessonRead(slug);
  const { best, latest } = useQuizSummary(lessonQuizId(slug));
  const parts: string[] = [];
  if (read) parts.push("✓ Read");
  if (best && latest) {
    parts.push(`Quiz: best ${percent(best.score)}%, latest ${percent(latest.score)}%`);
  }
  const text = hydrated ? parts.join(" · ") || "Not started" : "";
  return (
    <p
      data-testid="lesson-progress"
      className={`mt-2 min-h-5 text-sm ${
        read || best
          ? "text-emerald-800 dark:text-emerald-300"
          : "text-slate-500 dark:text-slate-400"
      }`}
    >
      {text ? <span className="sr-only">Your progress: </span> : null}
      {text || "\u00a0"}
    </p>
  );
}
