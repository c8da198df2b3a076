"use client";

import type { ReactNode, Ref } from "react";

import type { QuizMode } from "@/lib/progress/schema";
import { percent } from "@/lib/quiz/percent";

import { formatDate } from "../progress/format";
import { useProgressHydrated, useQuizSummary } from "../progress/use-progress";
import type { SetupApi } from "./quiz-flow";

/**
 * The form around a quiz's start screen. Its action gets the form's values as they are in the
 * page, so a choice made before the page's scripts ran is simply read, never copied out of the
 * DOM. React also keeps a submit made in that moment and replays it once the page is live
 * (React DOM's form replaying: the server HTML carries a small listener for it), so a click on
 * the start button right after the page shows is not lost.
 */
export function StartForm({
  ref,
  onStart,
  children,
  className,
  onChange,
}: {
  ref?: Ref<HTMLFormElement>;
  onStart: (data: FormData) => void;
  children: ReactNode;
  className?: string;
  onChange?: (form: HTMLFormElement) => void;
}) {
  return (
    <form
      ref={ref}
      action={onStart}
      onChange={onChange ? (event) => onChange(event.currentTarget) : undefined}
      className={className}
    >
      {children}
    </form>
  );
}

/** The mode a start form says (see ModePicker); practice when it says none. */
export function modeOf(data: FormData): QuizMode {
  return data.get("mode") === "test" ? "test" : "practice";
}

/**
 * Practice or test, as two radio buttons with what each means, named `mode` in a StartForm.
 * Not controlled: the form holds the choice (see StartForm); the chosen one is outlined by CSS.
 */
export function ModePicker({ defaultMode = "practice" }: { defaultMode?: QuizMode }) {
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
    <fieldset className="min-w-0">
      <legend className="mb-2 text-sm font-medium text-slate-800 dark:text-slate-200">Mode</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {modes.map(({ mode, title, text }) => (
          <label
            key={mode}
            className="hover:border-accent-500 has-checked:border-accent-600 has-checked:bg-accent-50 dark:has-checked:border-accent-400 dark:has-checked:bg-accent-900/30 flex cursor-pointer gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
          >
            <input
              type="radio"
              name="mode"
              value={mode}
              defaultChecked={defaultMode === mode}
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

/**
 * The start button (it submits the StartForm around it), and the offer to continue an unfinished
 * attempt. Enabled from the first paint: a start made before saved progress has loaded waits
 * for it (see QuizFlow).
 */
export function StartButtons({ api, label = "Start the quiz" }: { api: SetupApi; label?: string }) {
  const { resumable } = api;
  const answered = resumable ? Object.keys(resumable.answers).length : 0;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="submit"
        data-quiz-focus
        className="bg-accent-700 hover:bg-accent-800 dark:bg-accent-400 dark:hover:bg-accent-300 rounded-lg px-5 py-2.5 font-medium text-white dark:text-slate-950"
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
