"use client";

import { memo, useEffect, useId, useLayoutEffect, useRef, useState } from "react";

import { complete } from "@/lib/lab";
import type { TranscriptEntry } from "@/lib/lab/store";

import { takeFocus } from "./lab-bridge";
import { currentLab, useLab, useLabActions, useLabRuntime } from "./use-lab";

const BUTTON =
  "rounded-md border border-slate-300 px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800";

/**
 * The lab's shell: the transcript (a polite live log, so a screen reader hears each command's
 * output as it comes, not the whole log), and a textarea after a `$` prompt. Enter runs, and a
 * pasted block runs as a whole; Shift+Enter starts a new line; ↑/↓ walk the history from the
 * first/last line; Tab completes (Escape first to leave with Tab); Ctrl+L clears.
 */
export function LabConsole({ active }: { active: boolean }) {
  const id = useId();
  const actions = useLabActions();
  const hydrated = useLabRuntime((runtime) => runtime.hydrated);
  const transcript = useLab((state) => state.transcript);
  const history = useLab((state) => state.history);
  const draft = useLab((state) => state.draft);
  const pasted = useLab((state) => state.pasted);

  const input = useRef<HTMLTextAreaElement>(null);
  const log = useRef<HTMLDivElement>(null);
  // Where ↑/↓ are in the history (history.length = the line being typed), and what was typed.
  const [recall, setRecall] = useState<{ index: number; typed: string } | null>(null);
  const [candidates, setCandidates] = useState<string[]>([]);
  // After Escape, Tab leaves the input instead of completing.
  const escaped = useRef(false);
  const [confirming, setConfirming] = useState(false);

  // Keep the newest output in view: on each new entry, and while the log shrinks or grows
  // (completions listed under it, the drawer resized) if it was scrolled to its end.
  const last = transcript.at(-1)?.id;
  const atEnd = useRef(true);
  useLayoutEffect(() => {
    const element = log.current;
    if (!element) return;
    element.scrollTop = element.scrollHeight;
    atEnd.current = true;
  }, [last, active]);
  useEffect(() => {
    const element = log.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      if (atEnd.current) element.scrollTop = element.scrollHeight;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // When the student opens the lab, the input takes the focus (not when the drawer reopens by
  // itself on a later visit).
  useEffect(() => {
    if (active && hydrated && takeFocus("console")) input.current?.focus({ preventScroll: true });
  }, [active, hydrated]);

  // A block sent from the lesson lands in the input: focus it, caret at the end.
  const pastedAtMount = useRef(pasted);
  useEffect(() => {
    const element = input.current;
    if (pasted === pastedAtMount.current || !element) return;
    element.focus({ preventScroll: true });
    element.setSelectionRange(element.value.length, element.value.length);
  }, [pasted]);

  const setText = (text: string, caret = text.length) => {
    actions.setDraft(text);
    requestAnimationFrame(() => input.current?.setSelectionRange(caret, caret));
  };

  const run = () => {
    actions.run(draft);
    setRecall(null);
    setCandidates([]);
  };

  const walk = (by: -1 | 1) => {
    const from = recall ?? { index: history.length, typed: draft };
    const index = Math.min(Math.max(from.index + by, 0), history.length);
    if (index === from.index) return false;
    setRecall({ index, typed: from.typed });
    setText(index === history.length ? from.typed : history[index]!);
    return true;
  };

  const completeAt = (element: HTMLTextAreaElement) => {
    const cursor = element.selectionStart;
    const { from, candidates: found } = complete(currentLab(), draft, cursor);
    if (found.length === 0) {
      setCandidates([]);
      return;
    }
    const word = draft.slice(from, cursor);
    const common = found.length === 1 ? withSpace(found[0]!) : commonPrefix(found);
    const insert = common.length >= word.length ? common : word;
    setText(draft.slice(0, from) + insert + draft.slice(cursor), from + insert.length);
    setCandidates(found.length > 1 ? found : []);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    const element = event.currentTarget;
    const wasEscaped = escaped.current;
    escaped.current = false;
    if (event.nativeEvent.isComposing) return;
    const { selectionStart, selectionEnd, value } = element;

    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      run();
    } else if (event.key === "ArrowUp" && !value.slice(0, selectionStart).includes("\n")) {
      if (walk(-1)) event.preventDefault();
    } else if (event.key === "ArrowDown" && !value.slice(selectionEnd).includes("\n")) {
      if (walk(1)) event.preventDefault();
    } else if (event.key === "Tab" && !event.shiftKey && !wasEscaped) {
      event.preventDefault();
      completeAt(element);
    } else if (event.key === "Escape") {
      escaped.current = true;
      setCandidates([]);
    } else if (
      event.key.toLowerCase() === "l" &&
      event.ctrlKey &&
      !event.altKey &&
      !event.metaKey
    ) {
      event.preventDefault();
      actions.clear();
    }
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div
        ref={log}
        role="log"
        aria-label="Lab console output"
        // Focusable, so a keyboard can scroll back through long output.
        tabIndex={0}
        onScroll={(event) => {
          const element = event.currentTarget;
          atEnd.current = element.scrollTop + element.clientHeight >= element.scrollHeight - 4;
        }}
        className="min-h-0 flex-1 overflow-y-auto px-3 py-2 font-mono text-[0.8125rem] leading-5 sm:px-4"
      >
        {transcript.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">
            Type an <code>aws</code> or <code>docker</code> command and press Enter. Try{" "}
            <code>aws sts get-caller-identity</code>.
          </p>
        ) : (
          transcript.map((entry) => <Entry key={entry.id} entry={entry} />)
        )}
      </div>

      <div className="border-t border-slate-200 px-3 py-2 sm:px-4 dark:border-slate-800">
        {candidates.length > 0 ? (
          <ul
            aria-label="Completions"
            className="mb-1 flex flex-wrap gap-x-4 font-mono text-[0.8125rem] text-slate-700 dark:text-slate-300"
          >
            {candidates.map((candidate) => (
              <li key={candidate}>{candidate}</li>
            ))}
          </ul>
        ) : null}
        <p aria-live="polite" className="sr-only">
          {candidates.length > 0
            ? `${candidates.length} completions: ${candidates.join(", ")}`
            : ""}
        </p>
        <div className="focus-within:outline-accent-600 dark:focus-within:outline-accent-300 -mx-1 flex items-start gap-2 rounded px-1 font-mono text-[0.8125rem] leading-5 focus-within:outline-2">
          <span
            aria-hidden="true"
            className="text-accent-700 dark:text-accent-300 py-1 font-semibold select-none"
          >
            $
          </span>
          <label htmlFor={`${id}-input`} className="sr-only">
            Command
          </label>
          <textarea
            ref={input}
            id={`${id}-input`}
            value={draft}
            rows={Math.min(Math.max(draft.split("\n").length, 1), 8)}
            disabled={!hydrated}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            autoCorrect="off"
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              actions.setDraft(event.target.value);
              setRecall(null);
            }}
            onKeyDown={onKeyDown}
            className="min-w-0 flex-1 resize-none bg-transparent py-1 whitespace-pre-wrap text-slate-900 outline-none placeholder:text-slate-500 focus-visible:outline-none dark:text-slate-100"
            placeholder="aws …"
          />
        </div>
        <p id={`${id}-hint`} className="sr-only">
          Enter runs the command; Shift+Enter starts a new line. Up and Down arrows recall earlier
          commands. Tab completes: to leave the input with Tab, press Escape first. Control+L clears
          the console.
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <button type="button" className={BUTTON} onClick={() => actions.clear()}>
            Clear<span className="sr-only"> the console</span>
          </button>
          {confirming ? (
            <span
              role="group"
              aria-label="Reset account"
              className="flex flex-wrap items-center gap-2 text-xs"
            >
              <span className="text-slate-700 dark:text-slate-300">
                Delete everything in the account and start a new one?
              </span>
              <button
                type="button"
                className="rounded-md bg-red-700 px-2 py-1 text-xs font-medium text-white hover:bg-red-800"
                onClick={() => {
                  actions.reset();
                  setConfirming(false);
                  input.current?.focus();
                }}
                autoFocus
              >
                Yes, reset
              </button>
              <button type="button" className={BUTTON} onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </span>
          ) : (
            <button type="button" className={BUTTON} onClick={() => setConfirming(true)}>
              Reset account
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

/**
 * One command and what it printed; errors in red, and marked as such in words. Memoised: an
 * entry never changes, and the log may hold hundreds.
 */
const Entry = memo(function Entry({ entry }: { entry: TranscriptEntry }) {
  return (
    <div className="mb-1 break-words whitespace-pre-wrap">
      <div className="text-slate-900 dark:text-slate-100">
        <span aria-hidden="true" className="text-accent-700 dark:text-accent-300 font-semibold">
          ${" "}
        </span>
        <span className="sr-only">Command: </span>
        {entry.input}
      </div>
      {entry.output.map((chunk, index) =>
        chunk.stream === "stderr" ? (
          <div
            key={index}
            className="border-l-2 border-red-500 pl-2 text-red-700 dark:text-red-300"
          >
            <span className="sr-only">Error: </span>
            {chunk.text.replace(/\n$/, "")}
          </div>
        ) : (
          <div key={index} className="text-slate-700 dark:text-slate-300">
            {chunk.text.replace(/\n$/, "")}
          </div>
        ),
      )}
    </div>
  );
});

/** A completed word gets a space after it, as in a shell, unless it goes on (a path, a `key=`). */
function withSpace(candidate: string): string {
  return /[\s/=:]$/.test(candidate) ? candidate : `${candidate} `;
}

function commonPrefix(words: string[]): string {
  let prefix = words[0] ?? "";
  for (const word of words) {
    while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}
