"use client";

import { useEffect, useId, useRef } from "react";

import type { QuizMode } from "@/lib/progress/schema";
import { percent } from "@/lib/quiz/score";

import { formatDate } from "../progress/format";
import { useProgressHydrated, useQuizSummary } from "../progress/use-progress";
import type { SetupApi } from "./quiz-flow";

/** Practice or test, as two radio buttons with what each means. */
export function ModePicker({
  value,
  onChange,
}: {
  value: QuizMode;
  onChange: (mode: QuizMode) => void;
}) {
  const name = useId();
  const ref = useRef<HTMLFieldSetElement>(null);
  // A mode picked before the page hydrated (the page is painted before its scripts run) is only
  // in the DOM: React keeps it while hydrating but would set the radios back to `value` on the
  // next render. Adopt it instead.
  useEffect(() => {
    const picked = ref.current?.querySelector<HTMLInputElement>("input:checked")?.value;
    if ((picked === "practice" || picked === "test") && picked !== value) onChange(picked);
    // Once, on mount: later changes come through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const modes: { mode: QuizMode; title: string; text: string }[] = [
    {
      mode: "practice",
      title: "Practice",
      text: "Check each answer as you go: right or wrong at once, with the explanation.",
    },
    {
      mode: "test",
      title: "Test",
      text: "Answer everything first; see your score and every explanation at the end.",
    },
  ];
  return (
    <fieldset ref={ref} className="min-w-0">
      <legend className="mb-2 text-sm font-medium text-slate-800 dark:text-slate-200">Mode</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {modes.map(({ mode, title, text }) => (
          <label
            key={mode}
            className={`flex cursor-pointer gap-3 rounded-lg border p-3 ${
              value === mode
                ? "border-accent-600 bg-accent-50 dark:border-accent-400 dark:bg-accent-900/30"
                : "hover:border-accent-500 border-slate-200 dark:border-slate-700"
            }`}
          >
            <input
              type="radio"
              name={name}
              value={mode}
              checked={value === mode}
              onChange={() => onChange(mode)}
              className="accent-accent-600 dark:accent-accent-400 mt-1 size-4 shrink-0"
            />
            <span>
              <span className="block font-medium text-slate-900 dark:text-white">{title}</span>
              <span className="block text-sm text-slate-600 dark:text-slate-400">{text}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * "Latest 75% · best 83% · 4 attempts" for a quiz. Takes one line before and after saved
 * progress loads, so nothing below it moves.
 */
export function QuizSummaryLine({ quizId }: { quizId: string }) {
  const hydrated = useProgressHydrated();
  const { best, latest, count } = useQuizSummary(quizId);
  let text = "\u00a0";
  if (hydrated) {
    text =
      latest && best
        ? `Latest score ${percent(latest.score)}% (${formatDate(latest.finishedAt)}) · best ${percent(best.score)}% · ${count} ${count === 1 ? "attempt" : "attempts"}`
        : "You have not taken this quiz yet.";
  }
  return (
    <p data-testid="quiz-summary" className="min-h-6 text-sm text-slate-600 dark:text-slate-400">
      {text}
    </p>
  );
}

/** The start button, and the offer to continue an unfinished attempt. */
export function StartButtons({
  api,
  onStart,
  label = "Start the quiz",
}: {
  api: SetupApi;
  onStart: () => void;
  label?: string;
}) {
  const { resumable } = api;
  const answered = resumable ? Object.keys(resumable.answers).length : 0;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        data-quiz-focus
        disabled={!api.hydrated}
        onClick={onStart}
        className="bg-accent-700 hover:bg-accent-800 dark:bg-accent-400 dark:hover:bg-accent-300 rounded-lg px-5 py-2.5 font-medium text-white disabled:opacity-60 dark:text-slate-950"
      >
        {label}
      </button>
      {resumable ? (
        <button
          type="button"
          onClick={api.resume}
          className="rounded-lg border border-slate-300 px-4 py-2.5 font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
        >
          Continue your unfinished attempt ({answered} of {resumable.questionIds.length} answered)
        </button>
      ) : null}
      {/* Starting fetches the quiz's code and questions: on a slow network, say so. */}
      <span role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {api.pending ? "Loading the quiz…" : ""}
      </span>
    </div>
  );
}
