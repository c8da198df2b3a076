"use client";

import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from "react";

import { checkTaskDefinition } from "@/lib/lab/taskdef";
import type { Diagnostic } from "@/lib/lab/types";

import { takeFocus } from "./lab-bridge";
import { useLab, useLabActions } from "./use-lab";

/** How long typing must pause before the editor's text becomes the lab's file. */
export const SAVE_DELAY_MS = 300;

/** A JSON file that looks like a task definition: the checker's business. */
export function isTaskDefinition(name: string, text: string): boolean {
  return name.endsWith(".json") && /"(containerDefinitions|family)"\s*:/.test(text);
}

// The clock copies the lab each second, files and all: check a text again only when it changed.
const checked = new Map<string, Diagnostic[]>();
function check(text: string): Diagnostic[] {
  let diagnostics = checked.get(text);
  if (!diagnostics) {
    diagnostics = checkTaskDefinition(text);
    if (checked.size > 20) checked.clear();
    checked.set(text, diagnostics);
  }
  return diagnostics;
}

/** Problems in every task definition among the lab's files: the Files tab shows the count. */
export function useProblemCount(): number {
  const files = useLab((state) => state.lab.files);
  return useMemo(
    () =>
      Object.entries(files).reduce(
        (count, [name, text]) => count + (isTaskDefinition(name, text) ? check(text).length : 0),
        0,
      ),
    [files],
  );
}

/**
 * The lab's files and a plain editor with line numbers. What is typed becomes the lab's file a
 * moment later, so `file://taskdef.json` in the console reads what the editor shows. A task
 * definition's problems are listed under it; each puts the caret where it is.
 */
export function LabFiles() {
  const id = useId();
  const files = useLab((state) => state.lab.files);
  const open = useLab((state) => state.openFile);
  const actions = useLabActions();
  const names = useMemo(() => Object.keys(files).sort(), [files]);
  const name = open in files ? open : (names[0] ?? "");

  return (
    <div className="flex min-h-0 flex-1 flex-col sm:flex-row">
      <nav
        aria-label="Lab files"
        className="shrink-0 overflow-x-auto border-b border-slate-200 sm:w-44 sm:overflow-y-auto sm:border-r sm:border-b-0 dark:border-slate-800"
      >
        {names.length === 0 ? (
          <p className="p-3 text-sm text-slate-600 dark:text-slate-400">No files yet.</p>
        ) : (
          <ul className="flex gap-1 p-2 sm:flex-col">
            {names.map((file) => (
              <li key={file}>
                <button
                  type="button"
                  aria-current={file === name ? "true" : undefined}
                  onClick={() => actions.showFile(file)}
                  className="aria-[current]:bg-accent-100 aria-[current]:text-accent-900 dark:aria-[current]:bg-accent-900/50 dark:aria-[current]:text-accent-100 w-full rounded-md px-2 py-1 text-left font-mono text-xs whitespace-nowrap text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
                >
                  {file}
                </button>
              </li>
            ))}
          </ul>
        )}
      </nav>
      {name ? (
        // Keyed by file, so switching files starts the editor afresh.
        <Editor key={name} id={id} name={name} saved={files[name] ?? ""} />
      ) : null}
    </div>
  );
}

function Editor({ id, name, saved }: { id: string; name: string; saved: string }) {
  const actions = useLabActions();
  const [text, setText] = useState(saved);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(saved);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // The file changed under the editor (a lesson's "Open in the editor", a reset): show it.
  // Our own saves change it to what the editor already shows.
  if (saved !== seen) {
    setSeen(saved);
    if (saved !== text) setText(saved);
  }

  const save = (value: string) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    actions.setFile(name, value);
  };

  // What is typed and not saved yet is saved when the editor goes (another file, tab, close).
  const latest = useRef(text);
  useEffect(() => {
    latest.current = text;
  });
  useEffect(
    () => () => {
      if (timer.current !== undefined) save(latest.current);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on unmount only, with the latest text
    [],
  );

  // Sent here by a lesson's "Open in the editor": the editor takes the focus.
  useEffect(() => {
    if (takeFocus(`editor:${name}`)) textarea.current?.focus({ preventScroll: true });
  }, [name, saved]);

  const deferred = useDeferredValue(text);
  const diagnostics = useMemo(
    () => (isTaskDefinition(name, deferred) ? check(deferred) : []),
    [name, deferred],
  );
  const lines = text.split("\n").length;

  const goTo = (diagnostic: Diagnostic) => {
    const element = textarea.current;
    if (!element) return;
    const offset = offsetOf(element.value, diagnostic.line, diagnostic.column);
    element.focus();
    element.setSelectionRange(offset, offset);
    // Bring the line into view: the textarea scrolls to the caret only on the next input.
    const lineHeight = parseFloat(getComputedStyle(element).lineHeight) || 20;
    element.scrollTop = Math.max(0, (diagnostic.line - 3) * lineHeight);
  };

  return (
    <div className="flex min-h-0 min-w-0 flex-1 flex-col">
      <label htmlFor={`${id}-editor`} className="sr-only">
        {`Contents of ${name}`}
      </label>
      <div className="flex min-h-0 flex-1 font-mono text-[0.8125rem] leading-5">
        <div
          ref={gutter}
          aria-hidden="true"
          className="shrink-0 overflow-hidden border-r border-slate-200 bg-slate-50 px-2 py-2 text-right text-slate-500 select-none dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400"
        >
          {Array.from({ length: lines }, (_, index) => (
            <div key={index}>{index + 1}</div>
          ))}
        </div>
        <textarea
          ref={textarea}
          id={`${id}-editor`}
          value={text}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          aria-describedby={diagnostics.length > 0 ? `${id}-problems` : undefined}
          onChange={(event) => {
            const value = event.target.value;
            setText(value);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => save(value), SAVE_DELAY_MS);
          }}
          onBlur={() => {
            if (timer.current !== undefined) save(text);
          }}
          onScroll={(event) => {
            if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop;
          }}
          className="min-w-0 flex-1 resize-none bg-transparent px-3 py-2 whitespace-pre text-slate-900 outline-none focus-visible:outline-2 focus-visible:-outline-offset-2 dark:text-slate-100"
        />
      </div>
      {diagnostics.length > 0 ? (
        <div
          id={`${id}-problems`}
          className="max-h-32 shrink-0 overflow-y-auto border-t border-slate-200 px-3 py-2 dark:border-slate-800"
        >
          <h3 className="text-xs font-semibold text-slate-900 dark:text-white">
            {`${diagnostics.length} ${diagnostics.length === 1 ? "problem" : "problems"} in ${name}`}
          </h3>
          <ul className="mt-1 space-y-0.5 text-xs">
            {diagnostics.map((diagnostic, index) => (
              <li key={index}>
                <button
                  type="button"
                  onClick={() => goTo(diagnostic)}
                  className={`text-left underline-offset-2 hover:underline ${
                    diagnostic.severity === "error"
                      ? "text-red-700 dark:text-red-300"
                      : "text-amber-800 dark:text-amber-200"
                  }`}
                >
                  <span className="sr-only">
                    {diagnostic.severity === "error" ? "Error, " : "Warning, "}
                  </span>
                  {`line ${diagnostic.line}, column ${diagnostic.column}: ${diagnostic.message}`}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** The offset in `text` of a 1-based line and column, clamped to the text. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  const end = text.indexOf("\n", offset);
  const lineEnd = end < 0 ? text.length : end;
  return Math.min(offset + Math.max(column - 1, 0), lineEnd);
}
