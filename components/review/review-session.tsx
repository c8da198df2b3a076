"use client";

import { useMemo } from "react";

import { IntentLink } from "@/components/ui/intent-link";
import { DUE_QUIZ_ID } from "@/lib/progress/selectors";
import { indexQuestions, type Question } from "@/lib/quiz/model";
import type { ReviewItem } from "@/lib/review/items";

import { QuizFlow, type SetupApi } from "../quiz/quiz-flow";
import { StartButtons, StartForm } from "../quiz/quiz-start";
import { RichText } from "../quiz/rich-text";
import { formatDay } from "../progress/format";
import { type DueState, useDue } from "./use-due";

/** Most questions in one review session: a few minutes' work. */
const SESSION_SIZE = 20;

/**
 * `/review`: the questions due for spaced review today, from every lesson, most overdue first,
 * asked as a practice quiz (the same questions, checks and feedback as a lesson's quiz). Each
 * answer reschedules its question once the session is finished.
 */
export function ReviewSession({
  questions,
  items,
  lessonTitles,
}: {
  questions: Question[];
  items: ReviewItem[];
  lessonTitles: Record<string, string>;
}) {
  const due = useDue(items);
  const byId = useMemo(() => indexQuestions(questions), [questions]);
  const questionIds = useMemo(
    () =>
      due.due
        .filter((entry) => byId.has(entry.questionId))
        .slice(0, SESSION_SIZE)
        .map((entry) => entry.questionId),
    [due.due, byId],
  );
  return (
    <>
      {/* The page's h1 is above; the quiz's own headings are h3s. */}
      <h2 className="sr-only">Today’s questions</h2>
      <QuizFlow
        quizId={DUE_QUIZ_ID}
        questions={questions}
        renderSetup={(api) => (
          <ReviewStart
            api={api}
            due={due}
            questionIds={questionIds}
            byId={byId}
            lessonTitles={lessonTitles}
          />
        )}
      />
    </>
  );
}

function ReviewStart({
  api,
  due,
  questionIds,
  byId,
  lessonTitles,
}: {
  api: SetupApi;
  due: DueState;
  questionIds: string[];
  byId: ReadonlyMap<string, Question>;
  lessonTitles: Record<string, string>;
}) {
  if (!due.ready || !api.hydrated) {
    return <p className="min-h-24 text-slate-600 dark:text-slate-400">Loading your schedule…</p>;
  }
  if (questionIds.length === 0) {
    return (
      <div className="space-y-3 text-slate-700 dark:text-slate-300" data-testid="nothing-due">
        <p className="font-medium text-slate-900 dark:text-white">Nothing is due today.</p>
        <p>
          {due.scheduled === 0
            ? "Take a lesson’s quiz: every question you answer is scheduled to come back just before you would forget it."
            : `${due.scheduled} ${due.scheduled === 1 ? "question is" : "questions are"} scheduled.${due.next ? ` The next is due ${formatDay(due.next)}.` : ""}`}
        </p>
        <p>
          <IntentLink
            href="/quiz"
            className="text-accent-700 dark:text-accent-300 font-medium hover:underline"
          >
            Go to the quizzes
          </IntentLink>
        </p>
      </div>
    );
  }
  const now = new Date().toISOString();
  return (
    <div className="space-y-5">
      <p className="font-medium text-slate-900 dark:text-white" data-testid="due-count">
        {due.due.length} {due.due.length === 1 ? "question" : "questions"} due today
        {due.due.length > questionIds.length
          ? `: here are the ${questionIds.length} most overdue`
          : ""}
      </p>
      <ol className="space-y-2" aria-label="Due questions, most overdue first">
        {questionIds.map((id) => {
          const question = byId.get(id)!;
          const entry = due.due.find((e) => e.questionId === id)!;
          return (
            <li
              key={id}
              data-question-id={id}
              className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
            >
              <p className="font-medium text-slate-900 dark:text-white">
                <RichText text={question.prompt} />
              </p>
              <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">
                {lessonTitles[question.lessonSlug] ?? question.lessonSlug} ·{" "}
                {entry.due < now ? `due since ${formatDay(entry.due)}` : "due today"}
              </p>
            </li>
          );
        })}
      </ol>
      <StartForm onStart={() => api.start({ mode: "practice", questionIds, keepOrder: true })}>
        <StartButtons api={api} label={`Review these ${questionIds.length}`} />
      </StartForm>
    </div>
  );
}
