import { IntentLink } from "@/components/ui/intent-link";
import type { Quiz } from "@/lib/quiz/model";

import { MarkReadButton } from "../progress/mark-read-button";
import { LessonQuiz } from "./lesson-quiz";

/** The end of a lesson: mark it read, then its quiz (when it has one). */
export function LessonQuizSection({ slug, quiz }: { slug: string; quiz?: Quiz }) {
  return (
    <section
      aria-labelledby="lesson-quiz-heading"
      className="no-print mt-12 space-y-5 rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-800"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2
          id="lesson-quiz-heading"
          className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white"
        >
          {quiz ? "Check what you learned" : "Finished reading?"}
        </h2>
        <MarkReadButton slug={slug} />
      </div>
      {quiz ? (
        <>
          {/* Sized for a typical question, so resuming an attempt barely moves the page. */}
          <div className="min-h-[24rem]">
            <LessonQuiz
              lessonSlug={quiz.lessonSlug}
              questionIds={quiz.questions.map((question) => question.id)}
            />
          </div>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            <IntentLink
              href={`/quiz/${slug}`}
              className="text-accent-700 dark:text-accent-300 font-medium hover:underline"
            >
              Open this quiz on its own page
            </IntentLink>{" "}
            · your scores over time are on{" "}
            <IntentLink
              href="/progress"
              className="text-accent-700 dark:text-accent-300 font-medium hover:underline"
            >
              Progress
            </IntentLink>
            .
          </p>
        </>
      ) : null}
    </section>
  );
}
