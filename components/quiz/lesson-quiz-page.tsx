import { IntentLink } from "@/components/ui/intent-link";
import type { LessonMeta } from "@/lib/content";
import type { Quiz } from "@/lib/quiz/model";

import { LessonQuiz } from "./lesson-quiz";

/** `/quiz/[id]`: one lesson's quiz on a page of its own. */
export function LessonQuizPage({ lesson, quiz }: { lesson: LessonMeta; quiz: Quiz }) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <p className="text-sm">
        <IntentLink href="/quiz" className="text-accent-700 dark:text-accent-300 hover:underline">
          ← All quizzes
        </IntentLink>
      </p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">
        Quiz: {quiz.title}
      </h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">
        On the lesson{" "}
        <IntentLink
          href={`/lessons/${lesson.slug}`}
          className="text-accent-700 dark:text-accent-300 font-medium hover:underline"
        >
          {lesson.title}
        </IntentLink>
        .
      </p>
      <div className="mt-8 min-h-[28rem] rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-800">
        <LessonQuiz
          lessonSlug={quiz.lessonSlug}
          questionIds={quiz.questions.map((question) => question.id)}
        />
      </div>
    </main>
  );
}
