"use client";

import { lessonQuizId } from "@/lib/progress/selectors";
import { fetchQuestions, shareUntilFailure } from "@/lib/quiz/remote";

import { QuizFlow, type QuestionLoader, type SetupApi } from "./quiz-flow";
import { ModePicker, modeOf, QuizSummaryLine, StartButtons, StartForm } from "./quiz-start";

// One fetch per lesson for the life of the page; a failed one is forgotten so the next start
// tries again.
const loaders = new Map<string, QuestionLoader>();

function loaderFor(lessonSlug: string, questionIds: readonly string[]): QuestionLoader {
  let loader = loaders.get(lessonSlug);
  if (!loader) {
    loader = shareUntilFailure(() => fetchQuestions(lessonSlug, questionIds));
    loaders.set(lessonSlug, loader);
  }
  return loader;
}

/**
 * A lesson's quiz: every question of its bank, in practice or test mode. The page carries only
 * the question ids; the questions themselves (answers included) are fetched when the quiz starts.
 */
export function LessonQuiz({
  lessonSlug,
  questionIds,
}: {
  lessonSlug: string;
  questionIds: string[];
}) {
  const quizId = lessonQuizId(lessonSlug);
  return (
    <QuizFlow
      quizId={quizId}
      questions={loaderFor(lessonSlug, questionIds)}
      restart={{ questionIds }}
      renderSetup={(api) => <LessonQuizStart api={api} quizId={quizId} questionIds={questionIds} />}
    />
  );
}

function LessonQuizStart({
  api,
  quizId,
  questionIds,
}: {
  api: SetupApi;
  quizId: string;
  questionIds: string[];
}) {
  return (
    <StartForm
      className="space-y-4"
      onStart={(data) => api.start({ mode: modeOf(data), questionIds })}
    >
      <div>
        <p className="text-slate-700 dark:text-slate-300">
          {questionIds.length} questions, in a new order each time.
        </p>
        <QuizSummaryLine quizId={quizId} />
      </div>
      <ModePicker />
      <StartButtons api={api} />
    </StartForm>
  );
}
