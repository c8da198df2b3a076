"use client";

import { lessonQuizId } from "@/lib/progress/selectors";
import { percent } from "@/lib/quiz/score";

import { useLessonRead, useProgressHydrated, useQuizSummary } from "./use-progress";

/**
 * The progress mark beside a lesson in the sidebar: a tick when read, the best quiz score.
 * Always the same width, filled in once saved progress has loaded.
 */
export function LessonMark({ slug }: { slug: string }) {
  const hydrated = useProgressHydrated();
  const read = useLessonRead(slug);
  const { best } = useQuizSummary(lessonQuizId(slug));
  const show = hydrated && (read || best);
  const words = [read ? "read" : "", best ? `quiz best ${percent(best.score)}%` : ""]
    .filter(Boolean)
    .join(", ");
  return (
    <span
      data-testid="lesson-mark"
      className="ml-auto flex w-12 shrink-0 items-center justify-end gap-1 text-xs text-emerald-700 tabular-nums dark:text-emerald-400"
    >
      {show ? (
        <>
          <span className="sr-only">({words})</span>
          {best ? <span aria-hidden="true">{percent(best.score)}%</span> : null}
          {read ? <span aria-hidden="true">✓</span> : null}
        </>
      ) : null}
    </span>
  );
}
