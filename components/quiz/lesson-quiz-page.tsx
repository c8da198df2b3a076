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
      {/* The quiz's own headings are h3s, as under a lesson's "Check what you learned". */}
      <section
        aria-labelledby="quiz-heading"
        className="mt-8 min-h-[28rem] rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-800"
      >
        <h2 id="quiz-heading" className="sr-only">
          The quiz
        </h2>
        <LessonQuiz
          lessonSlug={quiz.lessonSlug}
          questionIds={quiz.questions.map((question) => question.id)}
        />
      </section>
      <section aria-labelledby="for-instructors" className="mt-8">
        <h2 id="for-instructors" className="text-lg font-semibold text-slate-900 dark:text-white">
          For instructors
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Take this quiz’s questions into your course, with the right answers and feedback, or give
          it on paper.
        </p>
        <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {[
            { href: `/quiz/${quiz.lessonSlug}/questions.gift`, label: "Moodle GIFT", file: true },
            {
              href: `/quiz/${quiz.lessonSlug}/questions.qti.zip`,
              label: "QTI 2.1 package",
              file: true,
            },
            {
              href: `/quiz/${quiz.lessonSlug}/sheet`,
              label: "Printable answer sheet",
              file: false,
            },
            { href: `/quiz/${quiz.lessonSlug}/key`, label: "Answer key", file: false },
          ].map((link) => (
            <li key={link.href}>
              {link.file ? (
                <a
                  href={link.href}
                  download
                  className="text-accent-700 dark:text-accent-300 font-medium hover:underline"
                >
                  {link.label}
                </a>
              ) : (
                <IntentLink
                  href={link.href}
                  className="text-accent-700 dark:text-accent-300 font-medium hover:underline"
                >
                  {link.label}
                </IntentLink>
              )}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
