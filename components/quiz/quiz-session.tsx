"use client";

import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";

import type { ActiveAttempt, Attempt } from "@/lib/progress/schema";
import { describeCorrect, feedbackFor } from "@/lib/quiz/describe";
import type { Answer, Question } from "@/lib/quiz/model";
import { isAnswered, scoreQuestion } from "@/lib/quiz/score";
import { arrangeQuestion, effectiveAnswer } from "@/lib/quiz/shuffle";
import { checkedMessage, verdictLabel } from "@/lib/quiz/verdict";

import { useProgressActions } from "../progress/use-progress";
import { confidenceForKey } from "./confidence-picker";
import { QuestionView } from "./question-view";
import { RichText } from "./rich-text";
import { useFocusAfterRender } from "./focus";

export interface QuizSessionProps {
  attempt: ActiveAttempt;
  questionsById: ReadonlyMap<string, Question>;
  onFinished: (attempt: Attempt) => void;
  onStartOver: () => void;
  onAnnounce: (message: string) => void;
}

/**
 * An attempt in progress: one question at a time, with a progress bar. Practice mode checks
 * each answer on the spot (right or wrong, with the explanation); test mode keeps feedback for
 * the end. Keys: 1–9 pick an option (or go to a step or item), Enter checks or continues.
 */
export function QuizSession({
  attempt,
  questionsById,
  onFinished,
  onStartOver,
  onAnnounce,
}: QuizSessionProps) {
  const actions = useProgressActions();
  const root = useRef<HTMLDivElement>(null);
  const rootId = useId();
  const focusAfterRender = useFocusAfterRender(rootId);
  const primaryButton = useRef<HTMLButtonElement>(null);
  const afterQuestion = useRef<HTMLDivElement>(null);
  const restartDialog = useRef<HTMLDialogElement>(null);
  // Bumped by each check: the verdict and the next action then scroll into view (on a phone
  // they render below the fold, under the question just answered).
  const [checks, setChecks] = useState(0);
  useEffect(() => {
    if (checks === 0) return;
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    afterQuestion.current?.scrollIntoView({
      block: "nearest",
      behavior: still ? "auto" : "smooth",
    });
  }, [checks]);
  const questions = useMemo(
    () => attempt.questionIds.flatMap((id) => questionsById.get(id) ?? []),
    [attempt.questionIds, questionsById],
  );
  const total = questions.length;
  const position = Math.min(attempt.position, Math.max(0, total - 1));
  const question = questions[position];
  const arrangement = useMemo(
    () => (question ? arrangeQuestion(question, attempt.seed) : {}),
    [question, attempt.seed],
  );
  if (!question) return null;

  const practice = attempt.mode === "practice";
  const answer = effectiveAnswer(question, attempt.answers[question.id], attempt.seed);
  const checked = attempt.checked.includes(question.id);
  const last = position === total - 1;
  const answered = questions.filter((q) =>
    q.type === "ordering" ? true : isAnswered(q, attempt.answers[q.id]),
  ).length;
  const unanswered = total - answered;
  const canCheck = isAnswered(question, answer);

  const goTo = (next: number) => {
    actions.moveTo(attempt.id, next);
    focusAfterRender();
  };

  const finish = () => {
    const result = actions.finish(attempt.id, questions);
    if (result) onFinished(result);
  };

  const check = () => {
    if (!canCheck || answer === undefined) {
      onAnnounce("Choose an answer first.");
      return;
    }
    actions.check(attempt.id, question.id, answer);
    onAnnounce(checkedMessage(question, answer));
    // The inputs are locked now; put the keyboard on "Next question" (scrolled to below).
    primaryButton.current?.focus({ preventScroll: true });
    setChecks((n) => n + 1);
  };

  const primary = () => {
    if (practice && !checked) check();
    else if (last) finish();
    else goTo(position + 1);
  };

  const primaryLabel =
    practice && !checked
      ? "Check answer"
      : last
        ? practice
          ? "See your score"
          : "Finish quiz"
        : "Next question";

  const change = (next: Answer) => {
    if (!checked) actions.answer(attempt.id, question.id, next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (/^[1-9]$/.test(event.key)) {
      // Digits are the shortcut even in a drop-down (none of its choices start with one).
      if (target.tagName === "TEXTAREA") return;
      const index = Number(event.key);
      const slot = root.current?.querySelector<HTMLElement>(`[data-option-index="${index}"]`);
      if (!slot) return;
      event.preventDefault();
      if (question.type === "ordering" || question.type === "matching") {
        slot.querySelector<HTMLElement>("select, button:not(:disabled)")?.focus();
        return;
      }
      const input = slot as HTMLInputElement;
      if (checked) return;
      const optionId = input.value;
      if (question.type === "multiple") {
        actions.toggleOption(attempt.id, question.id, optionId);
      } else {
        change([optionId]);
      }
      input.focus();
      return;
    }
    const confidence = confidenceForKey(event.key);
    if (confidence && !["TEXTAREA", "SELECT"].includes(target.tagName)) {
      event.preventDefault();
      if (!checked) actions.setConfidence(attempt.id, question.id, confidence);
      return;
    }
    if (event.key === "Enter") {
      if (["BUTTON", "A", "SELECT", "TEXTAREA", "SUMMARY"].includes(target.tagName)) return;
      event.preventDefault();
      primary();
    }
  };

  const credit = checked && answer !== undefined ? scoreQuestion(question, answer) : undefined;
  const given = Object.keys(attempt.answers).length;
  const otherMode = practice ? "test" : "practice";

  // Starting over drops the answers: with any given, ask first (Esc keeps them).
  const startOver = () => {
    if (given === 0) onStartOver();
    else if (restartDialog.current) {
      // Esc closes it without a button's value: clear the last one.
      restartDialog.current.returnValue = "";
      restartDialog.current.showModal();
    }
  };

  const switchMode = () => {
    actions.setMode(attempt.id, otherMode);
    onAnnounce(
      `${otherMode === "practice" ? "Practice" : "Test"} mode: your ${given} ${given === 1 ? "answer is" : "answers are"} kept.`,
    );
  };

  return (
    <div ref={root} id={rootId} onKeyDown={onKeyDown} className="space-y-5">
      <div className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-sm">
          <p className="font-medium text-slate-700 dark:text-slate-300">
            {practice ? "Practice" : "Test"} · Question {position + 1} of {total}
          </p>
          <div className="flex flex-wrap gap-x-3">
            <button
              type="button"
              onClick={switchMode}
              className="text-accent-700 dark:text-accent-300 rounded px-1 underline-offset-2 hover:underline"
            >
              Switch to {otherMode} mode
            </button>
            <button
              type="button"
              onClick={startOver}
              className="text-accent-700 dark:text-accent-300 rounded px-1 underline-offset-2 hover:underline"
            >
              Start over
            </button>
          </div>
        </div>
        <dialog
          ref={restartDialog}
          aria-labelledby={`${rootId}-restart-title`}
          aria-describedby={`${rootId}-restart-text`}
          onClose={(event) => {
            if (event.currentTarget.returnValue === "restart") onStartOver();
          }}
          className="m-auto w-[calc(100%-2rem)] max-w-sm rounded-xl border border-slate-200 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        >
          <form method="dialog" className="space-y-4">
            <p id={`${rootId}-restart-title`} className="text-lg font-semibold">
              Start over?
            </p>
            <p id={`${rootId}-restart-text`} className="text-slate-700 dark:text-slate-300">
              Your {given} {given === 1 ? "answer" : "answers"} in this attempt will be discarded,
              and the quiz starts again from its first question.
            </p>
            <div className="flex flex-wrap justify-end gap-3">
              <button
                value="keep"
                autoFocus
                className="rounded-lg border border-slate-300 px-4 py-2 font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
              >
                Keep my answers
              </button>
              <button
                value="restart"
                className="rounded-lg bg-rose-700 px-4 py-2 font-medium text-white hover:bg-rose-800 dark:bg-rose-400 dark:text-slate-950 dark:hover:bg-rose-300"
              >
                Discard {given} {given === 1 ? "answer" : "answers"}
              </button>
            </div>
          </form>
        </dialog>
        <ProgressBar attempt={attempt} questions={questions} position={position} />
      </div>

      <QuestionView
        key={question.id}
        question={question}
        arrangement={arrangement}
        answer={answer}
        locked={checked}
        showResult={checked}
        onChange={change}
        onToggle={(optionId) => actions.toggleOption(attempt.id, question.id, optionId)}
        onMove={(stepId, by) =>
          actions.moveStep(attempt.id, question.id, stepId, by, arrangement.steps ?? [])
        }
        onAnnounce={onAnnounce}
        number={position + 1}
        total={total}
        confidence={attempt.confidence?.[question.id]}
        onConfidence={(level) => actions.setConfidence(attempt.id, question.id, level)}
      />

      <div ref={afterQuestion} className="scroll-my-4 space-y-5">
        {credit !== undefined && answer !== undefined ? (
          <CheckFeedback question={question} answer={answer} credit={credit} />
        ) : null}

        <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
          {position > 0 ? (
            <button
              type="button"
              onClick={() => goTo(position - 1)}
              className="rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
            >
              ← Previous
            </button>
          ) : (
            <span />
          )}
          <div className="flex flex-wrap items-center justify-end gap-3">
            {!practice && last && unanswered > 0 ? (
              <p className="text-sm text-amber-800 dark:text-amber-300">
                {unanswered} unanswered {unanswered === 1 ? "question counts" : "questions count"}{" "}
                as wrong.
              </p>
            ) : null}
            <button
              ref={primaryButton}
              type="button"
              onClick={primary}
              aria-disabled={practice && !checked && !canCheck ? true : undefined}
              className="bg-accent-700 hover:bg-accent-800 dark:bg-accent-400 dark:hover:bg-accent-300 rounded-lg px-5 py-2 font-medium text-white aria-disabled:cursor-not-allowed aria-disabled:opacity-60 dark:text-slate-950"
            >
              {primaryLabel}
            </button>
          </div>
        </div>
      </div>
      {/* Only where there is a keyboard: not on touch screens, whatever their width. */}
      <p className="hidden text-xs text-slate-500 dark:text-slate-400 [@media(hover:hover)_and_(pointer:fine)]:block">
        Keys: <kbd className="font-mono">1</kbd>–<kbd className="font-mono">9</kbd> choose,{" "}
        <kbd className="font-mono">S</kbd>/<kbd className="font-mono">U</kbd>/
        <kbd className="font-mono">G</kbd> sure, unsure, guessing,{" "}
        <kbd className="font-mono">Enter</kbd> {practice ? "checks and continues" : "continues"}.
      </p>
    </div>
  );
}

/** Practice mode: the verdict on the answer just checked, the right answer and why. */
export function CheckFeedback({
  question,
  answer,
  credit,
}: {
  question: Question;
  answer: Answer;
  credit: number;
}) {
  const right = credit === 1;
  // Choice questions show feedback beside each option; the others show it here.
  const notes =
    question.type === "ordering" || question.type === "matching"
      ? feedbackFor(question, answer)
      : [];
  return (
    <div
      data-testid="check-feedback"
      className={`rounded-lg border-l-4 p-4 ${
        right
          ? "border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950/40"
          : credit > 0
            ? "border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40"
            : "border-rose-600 bg-rose-50 dark:border-rose-500 dark:bg-rose-950/40"
      }`}
    >
      <p className="font-semibold text-slate-900 dark:text-white">
        {verdictLabel(credit, "check")}
      </p>
      {!right ? (
        <div className="mt-2 text-sm">
          <p className="font-medium text-slate-800 dark:text-slate-200">The right answer:</p>
          {question.type === "ordering" ? (
            <ol className="mt-1 list-decimal space-y-0.5 pl-5">
              {describeCorrect(question).map((line) => (
                <li key={line}>
                  <RichText text={line} />
                </li>
              ))}
            </ol>
          ) : (
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {describeCorrect(question).map((line) => (
                <li key={line}>
                  <RichText text={line} />
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      {notes.map((note) => (
        <p key={note} className="mt-2 text-sm">
          <RichText text={note} />
        </p>
      ))}
      <p className="mt-2 text-sm text-slate-800 dark:text-slate-200">
        <span className="font-medium">Why: </span>
        <RichText text={question.explanation} />
      </p>
    </div>
  );
}

function ProgressBar({
  attempt,
  questions,
  position,
}: {
  attempt: ActiveAttempt;
  questions: readonly Question[];
  position: number;
}) {
  const practice = attempt.mode === "practice";
  const done = practice
    ? attempt.checked.length
    : questions.filter((q) => isAnswered(q, attempt.answers[q.id])).length;
  return (
    <div
      role="progressbar"
      aria-label="Quiz progress"
      aria-valuemin={0}
      aria-valuemax={questions.length}
      aria-valuenow={done}
      aria-valuetext={`${done} of ${questions.length} ${practice ? "checked" : "answered"}`}
      className="flex h-2 gap-0.5"
    >
      {questions.map((q, index) => {
        const stored = attempt.answers[q.id];
        let tone = "bg-slate-200 dark:bg-slate-700";
        if (practice && attempt.checked.includes(q.id)) {
          const credit = scoreQuestion(q, effectiveAnswer(q, stored, attempt.seed));
          tone = credit === 1 ? "bg-emerald-500" : credit > 0 ? "bg-amber-400" : "bg-rose-500";
        } else if (!practice && isAnswered(q, stored)) {
          tone = "bg-accent-500 dark:bg-accent-400";
        }
        return (
          <span
            key={q.id}
            className={`h-full flex-1 rounded-full ${tone} ${
              index === position
                ? "ring-accent-700 dark:ring-accent-300 ring-2 ring-offset-1 ring-offset-white dark:ring-offset-slate-950"
                : ""
            }`}
          />
        );
      })}
    </div>
  );
}
