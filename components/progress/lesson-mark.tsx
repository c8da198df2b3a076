"use client";

import { lessonQuizId } from "@/lib/progress/selectors";
import { percent } from "@/lib/quiz/percent";

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
    // Styled by `.course-nav` in globals.css, like the rest of the outline.
    <span data-testid="lesson-mark" className="lesson-mark">
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
