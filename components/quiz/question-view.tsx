"use client";

import { type Ref, useId, useLayoutEffect, useRef, useState } from "react";

import type { Confidence } from "@/lib/progress/schema";
import { instructionFor } from "@/lib/quiz/describe";
import type {
  Answer,
  ChoiceQuestion,
  MatchingQuestion,
  OrderingQuestion,
  Question,
} from "@/lib/quiz/model";
import { repeatedMatches } from "@/lib/quiz/score";
import type { Arrangement } from "@/lib/quiz/shuffle";
import { plainText } from "@/lib/quiz/text";

import { ConfidencePicker } from "./confidence-picker";
import { RichText } from "./rich-text";

export interface QuestionViewProps {
  question: Question;
  arrangement: Arrangement;
  /** The answer so far (for an ordering question: the current arrangement). */
  answer: Answer | undefined;
  /** Answer can no longer change (checked in practice mode). */
  locked: boolean;
  /** Mark each option, step or pair right or wrong. */
  showResult: boolean;
  onChange: (answer: Answer) => void;
  /** Multiple select: pick or unpick one option. */
  onToggle: (optionId: string) => void;
  /** Ordering: move a step up (-1) or down (+1). */
  onMove: (stepId: string, by: -1 | 1) => void;
  /** Says something to screen readers (a step moved). */
  onAnnounce: (message: string) => void;
  /** 1-based position in the attempt, and the number of questions. */
  number: number;
  total: number;
  /** How sure the learner says they are; the picker shows when `onConfidence` is given. */
  confidence?: Confidence;
  onConfidence?: (confidence: Confidence) => void;
}

/**
 * One question with the inputs of its type: radio buttons, checkboxes, a list to reorder with
 * buttons, or a drop-down per item to match. Native inputs throughout, so keyboards and screen
 * readers work as they do everywhere else; the number-key shortcuts live in QuizSession.
 */
export function QuestionView(props: QuestionViewProps) {
  const { question, number, total } = props;
  const id = useId();
  const headingId = `${id}-prompt`;
  const instructionId = `${id}-instruction`;
  return (
    <fieldset
      aria-labelledby={headingId}
      aria-describedby={instructionId}
      data-question-id={question.id}
      className="min-w-0"
    >
      <h3
        id={headingId}
        tabIndex={-1}
        data-quiz-focus
        className="text-lg font-semibold text-slate-900 focus:outline-none sm:text-xl dark:text-white"
      >
        <span className="sr-only">
          Question {number} of {total}:{" "}
        </span>
        <RichText text={question.prompt} />
      </h3>
      <p id={instructionId} className="mt-1 mb-4 text-sm text-slate-600 dark:text-slate-400">
        {instructionFor(question)}
      </p>
      {question.type === "ordering" ? (
        <OrderingInput {...props} question={question} />
      ) : question.type === "matching" ? (
        <MatchingInput {...props} question={question} />
      ) : (
        <ChoiceInput {...props} question={question} />
      )}
      {props.onConfidence ? (
        <ConfidencePicker
          value={props.confidence}
          locked={props.locked}
          onChange={props.onConfidence}
        />
      ) : null}
    </fieldset>
  );
}

// Key hints show only where there is a keyboard, not on touch screens.
const KEY_HINT =
  "hidden [@media(hover:hover)_and_(pointer:fine)]:inline-flex size-6 shrink-0 items-center justify-center rounded border border-slate-300 text-xs font-medium text-slate-500 tabular-nums dark:border-slate-600 dark:text-slate-400";

function ChoiceInput({
  question,
  arrangement,
  answer,
  locked,
  showResult,
  onChange,
  onToggle,
}: QuestionViewProps & { question: ChoiceQuestion }) {
  const name = useId();
  const picked = new Set(Array.isArray(answer) ? answer : []);
  const multiple = question.type === "multiple";
  const order = arrangement.options ?? question.options.map((option) => option.id);
  const byId = new Map(question.options.map((option) => [option.id, option]));

  return (
    <ul className="space-y-2">
      {order.map((optionId, index) => {
        const option = byId.get(optionId);
        if (!option) return null;
        const chosen = picked.has(option.id);
        const verdict = showResult ? optionVerdict(option.correct, chosen, multiple) : undefined;
        return (
          <li key={option.id}>
            <label
              className={`flex cursor-pointer items-start gap-3 rounded-lg border px-3 py-2.5 transition-colors ${optionClasses(
                verdict,
                chosen,
              )} ${locked ? "cursor-default" : "hover:border-accent-500 dark:hover:border-accent-400"}`}
            >
              <input
                type={multiple ? "checkbox" : "radio"}
                name={name}
                value={option.id}
                checked={chosen}
                disabled={locked}
                data-option-index={index + 1}
                onChange={() => (multiple ? onToggle(option.id) : onChange([option.id]))}
                className="accent-accent-600 dark:accent-accent-400 mt-1 size-4 shrink-0"
              />
              <span aria-hidden="true" className={KEY_HINT}>
                {index + 1}
              </span>
              <span className="min-w-0 flex-1">
                <RichText text={option.text} />
                {verdict ? <VerdictNote verdict={verdict} /> : null}
                {verdict === "wrong" || verdict === "missed" ? (
                  option.feedback ? (
                    <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">
                      <RichText text={option.feedback} />
                    </span>
                  ) : null
                ) : null}
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}

type Verdict = "right" | "wrong" | "missed" | "correct-answer";

function optionVerdict(correct: boolean, chosen: boolean, multiple: boolean): Verdict | undefined {
  if (chosen) return correct ? "right" : "wrong";
  if (correct) return multiple ? "missed" : "correct-answer";
  return undefined;
}

function optionClasses(verdict: Verdict | undefined, chosen: boolean): string {
  switch (verdict) {
    case "right":
      return "border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950/40";
    case "wrong":
      return "border-rose-600 bg-rose-50 dark:border-rose-500 dark:bg-rose-950/40";
    case "missed":
    case "correct-answer":
      return "border-emerald-600 border-dashed dark:border-emerald-500";
    default:
      return chosen
        ? "border-accent-600 bg-accent-50 dark:border-accent-400 dark:bg-accent-900/30"
        : "border-slate-200 dark:border-slate-700";
  }
}

const VERDICT_TEXT: Record<Verdict, string> = {
  right: "✓ Your answer: right",
  wrong: "✗ Your answer: wrong",
  missed: "✓ Also right: you left it out",
  "correct-answer": "✓ The right answer",
};

function VerdictNote({ verdict }: { verdict: Verdict }) {
  const good = verdict === "right" || verdict === "correct-answer" || verdict === "missed";
  return (
    <span
      className={`mt-1 block text-sm font-medium ${
        good ? "text-emerald-800 dark:text-emerald-300" : "text-rose-800 dark:text-rose-300"
      }`}
    >
      {VERDICT_TEXT[verdict]}
    </span>
  );
}

function OrderingInput({
  question,
  arrangement,
  answer,
  locked,
  showResult,
  onMove,
  onAnnounce,
}: QuestionViewProps & { question: OrderingQuestion }) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // Which move button to focus once the move has rendered (a new object per move).
  const [refocus, setRefocus] = useState<{ key: string }>();
  useLayoutEffect(() => {
    if (refocus) buttons.current.get(refocus.key)?.focus();
  }, [refocus]);
  const order =
    Array.isArray(answer) && answer.length === question.steps.length
      ? answer
      : (arrangement.steps ?? question.steps.map((step) => step.id));
  const byId = new Map(question.steps.map((step) => [step.id, step]));
  const rightIndex = new Map(question.steps.map((step, index) => [step.id, index]));

  const move = (stepId: string, by: -1 | 1) => {
    const from = order.indexOf(stepId);
    const to = from + by;
    if (from < 0 || to < 0 || to >= order.length) return;
    onMove(stepId, by);
    onAnnounce(`${plainText(byId.get(stepId)?.text ?? "")}: now ${to + 1} of ${order.length}.`);
    // Keep the keyboard on the step that moved, so it can move again.
    const direction = (to === 0 && by === -1) || (to === order.length - 1 && by === 1) ? -by : by;
    setRefocus({ key: `${stepId}:${direction === -1 ? "up" : "down"}` });
  };

  return (
    <ol className="space-y-2">
      {order.map((stepId, index) => {
        const step = byId.get(stepId);
        if (!step) return null;
        const label = plainText(step.text);
        const inPlace = rightIndex.get(stepId) === index;
        return (
          <li
            key={stepId}
            data-option-index={index + 1}
            className={`flex items-center gap-2 rounded-lg border px-3 py-2 ${
              showResult
                ? inPlace
                  ? "border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950/40"
                  : "border-rose-600 bg-rose-50 dark:border-rose-500 dark:bg-rose-950/40"
                : "border-slate-200 dark:border-slate-700"
            }`}
          >
            <span aria-hidden="true" className={KEY_HINT}>
              {index + 1}
            </span>
            <span className="min-w-0 flex-1">
              <RichText text={step.text} />
              {showResult ? (
                <span
                  className={`block text-sm font-medium ${
                    inPlace
                      ? "text-emerald-800 dark:text-emerald-300"
                      : "text-rose-800 dark:text-rose-300"
                  }`}
                >
                  {inPlace
                    ? "✓ In its place"
                    : `✗ Belongs at position ${(rightIndex.get(stepId) ?? 0) + 1}`}
                </span>
              ) : null}
            </span>
            {locked ? null : (
              <span className="flex shrink-0 gap-1">
                <MoveButton
                  ref={(node) => {
                    if (node) buttons.current.set(`${stepId}:up`, node);
                    else buttons.current.delete(`${stepId}:up`);
                  }}
                  label={`Move up: ${label}`}
                  disabled={index === 0}
                  onClick={() => move(stepId, -1)}
                  path="M6 15l6-6 6 6"
                />
                <MoveButton
                  ref={(node) => {
                    if (node) buttons.current.set(`${stepId}:down`, node);
                    else buttons.current.delete(`${stepId}:down`);
                  }}
                  label={`Move down: ${label}`}
                  disabled={index === order.length - 1}
                  onClick={() => move(stepId, 1)}
                  path="M6 9l6 6 6-6"
                />
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function MoveButton({
  ref,
  label,
  disabled,
  onClick,
  path,
}: {
  ref: Ref<HTMLButtonElement>;
  label: string;
  disabled: boolean;
  onClick: () => void;
  path: string;
}) {
  return (
    <button
      ref={ref}
      type="button"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
      className="hover:border-accent-500 hover:text-accent-700 dark:hover:border-accent-400 dark:hover:text-accent-300 inline-flex size-9 items-center justify-center rounded-md border border-slate-300 text-slate-600 disabled:opacity-30 disabled:hover:border-slate-300 disabled:hover:text-slate-600 dark:border-slate-600 dark:text-slate-300"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d={path} />
      </svg>
    </button>
  );
}

function MatchingInput({
  question,
  arrangement,
  answer,
  locked,
  showResult,
  onChange,
}: QuestionViewProps & { question: MatchingQuestion }) {
  const id = useId();
  const chosen = answer && !Array.isArray(answer) ? answer : {};
  const rights = arrangement.rights ?? question.pairs.map((pair) => pair.id);
  const rightText = new Map(question.pairs.map((pair) => [pair.id, pair.right]));
  // Each answer matches one row: say so when one is chosen for several.
  const repeated = showResult ? new Map<string, number>() : repeatedMatches(chosen);

  return (
    <div className="space-y-3">
      <ul className="space-y-3">
        {question.pairs.map((pair, index) => {
          const selectId = `${id}-${pair.id}`;
          const right = chosen[pair.id] === pair.id;
          return (
            <li
              key={pair.id}
              data-option-index={index + 1}
              className={`grid gap-2 rounded-lg border px-3 py-2.5 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:items-center ${
                showResult
                  ? right
                    ? "border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950/40"
                    : "border-rose-600 bg-rose-50 dark:border-rose-500 dark:bg-rose-950/40"
                  : repeated.has(chosen[pair.id] ?? "")
                    ? "border-amber-500 dark:border-amber-400"
                    : "border-slate-200 dark:border-slate-700"
              }`}
            >
              <label htmlFor={selectId} className="flex items-start gap-2 font-medium">
                <span aria-hidden="true" className={KEY_HINT}>
                  {index + 1}
                </span>
                <span className="min-w-0">
                  <RichText text={pair.left} />
                </span>
              </label>
              <div className="min-w-0">
                <select
                  id={selectId}
                  value={chosen[pair.id] ?? ""}
                  disabled={locked}
                  onChange={(event) => {
                    const next = { ...chosen };
                    if (event.target.value) next[pair.id] = event.target.value;
                    else delete next[pair.id];
                    onChange(next);
                  }}
                  className="focus:border-accent-600 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-2 text-sm text-slate-900 disabled:opacity-80 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
                >
                  <option value="">Choose a match…</option>
                  {rights.map((rightId) => (
                    <option key={rightId} value={rightId}>
                      {plainText(rightText.get(rightId) ?? "")}
                    </option>
                  ))}
                </select>
                {showResult ? (
                  <span
                    className={`mt-1 block text-sm font-medium ${
                      right
                        ? "text-emerald-800 dark:text-emerald-300"
                        : "text-rose-800 dark:text-rose-300"
                    }`}
                  >
                    {right ? "✓ Right match" : <>✗ Right match: {plainText(pair.right)}</>}
                  </span>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <p role="status" className="text-sm text-amber-800 empty:hidden dark:text-amber-300">
        {[...repeated]
          .map(
            ([rightId, rows]) =>
              `You chose “${plainText(rightText.get(rightId) ?? "")}” for ${rows} rows, but it matches only one.`,
          )
          .join(" ")}
      </p>
    </div>
  );
}
