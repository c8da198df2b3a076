"use client";

import { useMemo } from "react";

import { type MissedQuestion, mostMissed, REVIEW_QUIZ_ID } from "@/lib/progress/selectors";
import { indexQuestions, type Question } from "@/lib/quiz/model";

import { useAttempts, useProgressHydrated } from "../progress/use-progress";
import { QuizFlow, type SetupApi } from "./quiz-flow";
import { ModePicker, modeOf, StartButtons, StartForm } from "./quiz-start";
import { RichText } from "./rich-text";

/** How many of the most-missed questions "review these" asks. */
const REVIEW_SIZE = 10;

/**
 * The questions missed most often, across every attempt, and a quiz of just those. Reviewing
 * counts as an attempt too, so questions answered right in a review drop down the list.
 */
export function ReviewQuiz({
  questions,
  lessonTitles,
}: {
  questions: Question[];
  lessonTitles: Record<string, string>;
}) {
  const attempts = useAttempts();
  const byId = useMemo(() => indexQuestions(questions), [questions]);
  const missed = useMemo(
    () => mostMissed(attempts, { limit: REVIEW_SIZE, exists: (id) => byId.has(id) }),
    [attempts, byId],
  );
  const questionIds = useMemo(() => missed.map((entry) => entry.questionId), [missed]);
  return (
    <QuizFlow
      quizId={REVIEW_QUIZ_ID}
      questions={questions}
      restart={questionIds.length > 0 ? { questionIds } : undefined}
      renderSetup={(api) => (
        <ReviewStart api={api} missed={missed} byId={byId} lessonTitles={lessonTitles} />
      )}
    />
  );
}

function ReviewStart({
  api,
  missed,
  byId,
  lessonTitles,
}: {
  api: SetupApi;
  missed: MissedQuestion[];
  byId: ReadonlyMap<string, Question>;
  lessonTitles: Record<string, string>;
}) {
  const hydrated = useProgressHydrated();
  if (!hydrated) {
    return <p className="min-h-24 text-slate-500 dark:text-slate-400">Loading your history…</p>;
  }
  if (missed.length === 0) {
    return (
      <p className="text-slate-600 dark:text-slate-400">
        Nothing to review yet. Questions you miss in any quiz are listed here, most missed first.
      </p>
    );
  }
  return (
    <StartForm
      className="space-y-5"
      onStart={(data) =>
        api.start({ mode: modeOf(data), questionIds: missed.map((entry) => entry.questionId) })
      }
    >
      <ol className="space-y-2" aria-label="Most missed questions">
        {missed.map((entry) => {
          const question = byId.get(entry.questionId)!;
          return (
            <li
              key={entry.questionId}
              className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
            >
              <p className="font-medium text-slate-900 dark:text-white">
                <RichText text={question.prompt} />
              </p>
              <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">
                Missed {entry.misses} of {entry.asked} {entry.asked === 1 ? "time" : "times"} ·{" "}
                {lessonTitles[question.lessonSlug] ?? question.lessonSlug}
              </p>
            </li>
          );
        })}
      </ol>
      <ModePicker />
      <StartButtons api={api} label={`Review these ${missed.length}`} />
    </StartForm>
  );
}
