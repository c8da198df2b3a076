"use client";

import type { Attempt } from "@/lib/progress/schema";
import { missedIn } from "@/lib/progress/selectors";
import { describeAnswer, describeCorrect, feedbackFor } from "@/lib/quiz/describe";
import type { Question } from "@/lib/quiz/model";
import { percent } from "@/lib/quiz/percent";
import { verdictLabel } from "@/lib/quiz/verdict";
import { calibrate } from "@/lib/review/calibration";

import { CalibrationView } from "../review/calibration-view";
import { RichText } from "./rich-text";

export interface QuizResultsProps {
  attempt: Attempt;
  questionsById: ReadonlyMap<string, Question>;
  onRetryMissed: () => void;
  onStartOver: () => void;
  onClose: () => void;
}

const BUTTON_PRIMARY =
  "bg-accent-700 hover:bg-accent-800 dark:bg-accent-400 dark:hover:bg-accent-300 rounded-lg px-4 py-2 font-medium text-white dark:text-slate-950";
const BUTTON_SECONDARY =
  "rounded-lg border border-slate-300 px-4 py-2 font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800";

/** The end of an attempt: the score, then every question with your answer, the right one and why. */
export function QuizResults({
  attempt,
  questionsById,
  onRetryMissed,
  onStartOver,
  onClose,
}: QuizResultsProps) {
  const questions = attempt.questionIds.flatMap((id) => questionsById.get(id) ?? []);
  const missed = missedIn(attempt).filter((id) => questionsById.has(id));
  const right = questions.length - missed.length;
  const score = percent(attempt.score);

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h3
          tabIndex={-1}
          data-quiz-focus
          className="text-2xl font-bold text-slate-900 focus:outline-none dark:text-white"
        >
          Your score: {score}%
        </h3>
        <p className="text-slate-700 dark:text-slate-300">
          {right} of {questions.length} {questions.length === 1 ? "question" : "questions"} fully
          right · {attempt.mode === "practice" ? "Practice" : "Test"} mode
          {attempt.scope === "missed" ? " · a retry of missed questions" : ""}
        </p>
        <div
          aria-hidden="true"
          className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
        >
          <div
            className={`h-full rounded-full ${score >= 80 ? "bg-emerald-500" : score >= 50 ? "bg-amber-400" : "bg-rose-500"}`}
            style={{ width: `${score}%` }}
          />
        </div>
      </div>

      <div className="flex flex-wrap gap-3">
        {missed.length > 0 ? (
          <button type="button" onClick={onRetryMissed} className={BUTTON_PRIMARY}>
            Retry the {missed.length} I missed
          </button>
        ) : null}
        <button
          type="button"
          onClick={onStartOver}
          className={missed.length > 0 ? BUTTON_SECONDARY : BUTTON_PRIMARY}
        >
          Start over
        </button>
        <button type="button" onClick={onClose} className={BUTTON_SECONDARY}>
          Done
        </button>
      </div>

      <CalibrationView
        calibration={calibrate([attempt], (id) => questionsById.has(id))}
        questionsById={questionsById}
      />

      <section aria-label="Review of every question">
        <h4 className="mb-3 text-lg font-semibold text-slate-900 dark:text-white">
          Review every question
        </h4>
        <ol className="space-y-4">
          {questions.map((question, index) => (
            <ReviewItem
              key={question.id}
              number={index + 1}
              question={question}
              attempt={attempt}
            />
          ))}
        </ol>
      </section>
    </div>
  );
}

function ReviewItem({
  number,
  question,
  attempt,
}: {
  number: number;
  question: Question;
  attempt: Attempt;
}) {
  const credit = attempt.credit[question.id] ?? 0;
  const answer = attempt.answers[question.id];
  const given = describeAnswer(question, answer);
  const notes = feedbackFor(question, answer);
  return (
    <li
      data-question-id={question.id}
      className={`rounded-lg border-l-4 bg-slate-50 p-4 dark:bg-slate-900 ${
        credit === 1
          ? "border-emerald-600 dark:border-emerald-500"
          : credit > 0
            ? "border-amber-500 dark:border-amber-400"
            : "border-rose-600 dark:border-rose-500"
      }`}
    >
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">
        Question {number} ·{" "}
        <span
          className={
            credit === 1
              ? "text-emerald-800 dark:text-emerald-300"
              : credit > 0
                ? "text-amber-800 dark:text-amber-300"
                : "text-rose-800 dark:text-rose-300"
          }
        >
          {verdictLabel(credit, "review")}
        </span>
      </p>
      <p className="mt-1 font-medium text-slate-900 dark:text-white">
        <RichText text={question.prompt} />
      </p>
      <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium text-slate-700 dark:text-slate-300">Your answer</dt>
          <dd>
            {given.length > 0 ? (
              <AnswerLines lines={given} ordered={question.type === "ordering"} />
            ) : (
              <span className="text-slate-500 italic dark:text-slate-400">No answer</span>
            )}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700 dark:text-slate-300">The right answer</dt>
          <dd>
            <AnswerLines lines={describeCorrect(question)} ordered={question.type === "ordering"} />
          </dd>
        </div>
      </dl>
      {notes.map((note) => (
        <p key={note} className="mt-2 text-sm text-slate-800 dark:text-slate-200">
          <RichText text={note} />
        </p>
      ))}
      <p className="mt-2 text-sm text-slate-800 dark:text-slate-200">
        <span className="font-medium">Why: </span>
        <RichText text={question.explanation} />
      </p>
    </li>
  );
}

function AnswerLines({ lines, ordered }: { lines: string[]; ordered: boolean }) {
  const List = ordered ? "ol" : "ul";
  return (
    <List className={`mt-0.5 space-y-0.5 pl-5 ${ordered ? "list-decimal" : "list-disc"}`}>
      {lines.map((line, index) => (
        <li key={`${index}-${line}`}>
          <RichText text={line} />
        </li>
      ))}
    </List>
  );
}
