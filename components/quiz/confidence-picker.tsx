"use client";

import { useId } from "react";

import type { Confidence } from "@/lib/progress/schema";

/** The confidence levels, with their shortcut keys (QuizSession handles the keys). */
export const CONFIDENCE_LEVELS: { value: Confidence; label: string; key: string }[] = [
  { value: "sure", label: "Sure", key: "s" },
  { value: "unsure", label: "Unsure", key: "u" },
  { value: "guess", label: "Guessing", key: "g" },
];

/** The level a key picks (S, U or G), if any. */
export function confidenceForKey(key: string): Confidence | undefined {
  return CONFIDENCE_LEVELS.find((level) => level.key === key.toLowerCase())?.value;
}

/**
 * "How sure are you?": optional, three native radio buttons (mouse, touch, arrow keys, or the
 * S, U and G shortcuts). It tells knowing from guessing: results show how often "sure" was
 * right, and spaced review brings back guesses sooner.
 */
export function ConfidencePicker({
  value,
  locked,
  onChange,
}: {
  value: Confidence | undefined;
  locked: boolean;
  onChange: (value: Confidence) => void;
}) {
  const name = useId();
  return (
    <fieldset className="mt-4 min-w-0" data-testid="confidence">
      <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">
        How sure are you?{" "}
        <span className="font-normal text-slate-600 dark:text-slate-400">(optional)</span>
      </legend>
      <div className="mt-1.5 flex flex-wrap gap-2">
        {CONFIDENCE_LEVELS.map((level) => (
          <label
            key={level.value}
            className={`has-[:focus-visible]:ring-accent-600 flex cursor-pointer items-center gap-2 rounded-lg border px-3 py-1.5 text-sm has-[:focus-visible]:ring-2 ${
              value === level.value
                ? "border-accent-600 bg-accent-50 dark:border-accent-400 dark:bg-accent-900/30"
                : "border-slate-300 dark:border-slate-600"
            } ${locked ? "cursor-default opacity-80" : "hover:border-accent-500 dark:hover:border-accent-400"}`}
          >
            <input
              type="radio"
              name={name}
              value={level.value}
              checked={value === level.value}
              disabled={locked}
              onChange={() => onChange(level.value)}
              className="accent-accent-600 dark:accent-accent-400 size-4"
            />
            <span className="text-slate-800 dark:text-slate-200">{level.label}</span>
            <kbd
              aria-hidden="true"
              className="hidden font-mono text-xs text-slate-500 uppercase dark:text-slate-400 [@media(hover:hover)_and_(pointer:fine)]:inline"
            >
              {level.key}
            </kbd>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
