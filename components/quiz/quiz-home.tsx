import { IntentLink } from "@/components/ui/intent-link";
import { lessonQuizId } from "@/lib/progress/selectors";
import type { Quiz } from "@/lib/quiz/model";

import { CourseQuiz } from "./course-quiz";
import { QuizSummaryLine } from "./quiz-start";

/** `/quiz`: the whole-course self-assessment, and each lesson's quiz. */
export function QuizHome({ quizzes }: { quizzes: Quiz[] }) {
  const total = quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0);
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">
        Test yourself
      </h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">
        Draw questions from any lessons of the course ({total} questions in all). Each attempt is
        kept on the Progress page.
      </p>

      <section aria-labelledby="course-quiz-heading" className="mt-8">
        <h2
          id="course-quiz-heading"
          className="text-xl font-semibold text-slate-900 dark:text-white"
        >
          Whole-course quiz
        </h2>
        <div className="mt-4 min-h-[28rem] rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-800">
          <CourseQuiz quizzes={quizzes} />
        </div>
      </section>

      <section aria-labelledby="lesson-quizzes-heading" className="mt-10">
        <h2
          id="lesson-quizzes-heading"
          className="text-xl font-semibold text-slate-900 dark:text-white"
        >
          One lesson at a time
        </h2>
        <ul className="mt-4 space-y-3">
          {quizzes.map((quiz) => (
            <li
              key={quiz.lessonSlug}
              className="rounded-xl border border-slate-200 p-4 dark:border-slate-800"
            >
              <IntentLink
                href={`/quiz/${quiz.lessonSlug}`}
                className="text-accent-700 dark:text-accent-300 font-medium hover:underline"
              >
                {quiz.title}
              </IntentLink>
              <span className="text-sm text-slate-500 dark:text-slate-400">
                {" "}
                · {quiz.questions.length} questions
              </span>
              <QuizSummaryLine quizId={lessonQuizId(quiz.lessonSlug)} />
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
