"use client";

import { type ChangeEvent, useId, useRef, useState } from "react";

import { fileTooLarge, parseProgressFile, TOO_MANY_ATTEMPTS } from "@/lib/progress/file";

import { formatDate } from "./format";
import {
  deleteSetAside,
  exportProgress,
  useAttempts,
  useProgressActions,
  useProgressHydrated,
  useReadMarks,
  useSetAsideValues,
} from "./use-progress";

const BUTTON =
  "rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800";

/** Saves text as a file through the browser's download. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

type Message = { kind: "ok" | "error"; text: string };

/** Export to a file, import from one (merging), and reset with confirmation. */
export function DataControls() {
  const id = useId();
  const hydrated = useProgressHydrated();
  const attempts = useAttempts();
  const read = useReadMarks();
  const actions = useProgressActions();
  const [message, setMessage] = useState<Message>();
  const dialog = useRef<HTMLDialogElement>(null);
  const readCount = Object.values(read).filter((mark) => mark.read).length;

  const onExport = () => {
    const file = exportProgress(new Date());
    download(file.name, file.text);
    setMessage({ kind: "ok", text: `Exported ${attempts.length} attempts to ${file.name}.` });
  };

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // Before reading: a file of hundreds of megabytes would take seconds to read and parse.
    const tooLarge = fileTooLarge(file.size);
    if (tooLarge) {
      input.value = "";
      setMessage({
        kind: "error",
        text: `${file.name} was not imported. ${tooLarge} Your progress has not changed.`,
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({
        kind: "error",
        text: "The file could not be read. Your progress has not changed.",
      });
      return;
    } finally {
      // Let the same file be chosen again.
      input.value = "";
    }
    const parsed = parseProgressFile(text);
    if (!parsed.ok) {
      setMessage({
        kind: "error",
        text: `${file.name} was not imported. ${parsed.reason} Your progress has not changed.`,
      });
      return;
    }
    const { added, tooMany } = actions.importData(parsed.data);
    if (tooMany) {
      setMessage({
        kind: "error",
        text: `${file.name} was not imported. ${TOO_MANY_ATTEMPTS} Your progress has not changed.`,
      });
      return;
    }
    setMessage({
      kind: "ok",
      text: `Imported ${file.name}: ${added} new ${added === 1 ? "attempt" : "attempts"} of ${parsed.data.attempts.length} in the file, merged with your progress.`,
    });
  };

  const onReset = () => {
    actions.reset();
    dialog.current?.close();
    setMessage({ kind: "ok", text: "Your progress has been reset." });
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={onExport} disabled={!hydrated} className={BUTTON}>
          Export progress
        </button>
        <label className={`${BUTTON} relative cursor-pointer focus-within:outline-2`}>
          Import progress…
          <input
            id={`${id}-import`}
            type="file"
            accept="application/json,.json"
            disabled={!hydrated}
            onChange={(event) => void onImport(event)}
            className="absolute inset-0 cursor-pointer opacity-0"
          />
        </label>
        <button
          type="button"
          onClick={() => dialog.current?.showModal()}
          disabled={!hydrated}
          className="rounded-lg border border-rose-300 px-4 py-2 text-sm font-medium text-rose-800 hover:bg-rose-50 disabled:opacity-60 dark:border-rose-800 dark:text-rose-300 dark:hover:bg-rose-950/40"
        >
          Reset progress…
        </button>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        An export is a JSON file of every attempt and read mark. Importing one adds what is new to
        what you have here; nothing is overwritten.
      </p>
      <div aria-live="polite" className="min-h-6">
        {message ? (
          <p
            role={message.kind === "error" ? "alert" : undefined}
            className={`text-sm ${
              message.kind === "error"
                ? "font-medium text-rose-800 dark:text-rose-300"
                : "text-emerald-800 dark:text-emerald-300"
            }`}
          >
            {message.text}
          </p>
        ) : null}
      </div>

      <dialog
        ref={dialog}
        aria-labelledby={`${id}-reset-title`}
        className="m-auto max-w-md rounded-xl border border-slate-200 bg-white p-6 text-slate-800 shadow-xl backdrop:bg-slate-950/60 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200"
      >
        <h2
          id={`${id}-reset-title`}
          className="text-lg font-semibold text-slate-900 dark:text-white"
        >
          Delete all your progress?
        </h2>
        <p className="mt-2 text-sm">
          This deletes {attempts.length} {attempts.length === 1 ? "attempt" : "attempts"} and{" "}
          {readCount} read {readCount === 1 ? "mark" : "marks"} from this browser, in every open
          tab. It cannot be undone, unless you export your progress first.
        </p>
        <div className="mt-5 flex flex-wrap justify-end gap-3">
          <button type="button" onClick={onExport} className={BUTTON}>
            Export first
          </button>
          {/* The safe choice has the focus when the dialog opens. */}
          <button
            type="button"
            autoFocus
            onClick={() => dialog.current?.close()}
            className={BUTTON}
          >
            Cancel
          </button>
          <button
            type="button"
            onClick={onReset}
            className="rounded-lg bg-rose-700 px-4 py-2 text-sm font-medium text-white hover:bg-rose-800"
          >
            Delete my progress
          </button>
        </div>
      </dialog>
    </div>
  );
}

/**
 * Saved values that could not be read and were set aside: download them (to recover by hand,
 * or to send with a bug report) or delete them.
 */
export function SetAsideList() {
  const entries = useSetAsideValues();
  const [confirming, setConfirming] = useState<string>();
  if (entries.length === 0) return null;

  return (
    <section aria-labelledby="set-aside-heading" className="space-y-2">
      <h3 id="set-aside-heading" className="font-semibold text-slate-900 dark:text-white">
        Progress that could not be read
      </h3>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        These were found in this browser&apos;s storage but were damaged, from another program, or
        from a newer version of Dockside. They were kept aside instead of being overwritten.
      </p>
      <ul className="space-y-2">
        {entries.map((entry) => {
          const date = entry.key.split(".set-aside.")[1] ?? "";
          const when = Number.isNaN(Date.parse(date.slice(0, 24)))
            ? date
            : formatDate(date.slice(0, 24));
          return (
            <li
              key={entry.key}
              className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700"
            >
              <span className="mr-auto">
                Set aside {when} · {entry.value.length.toLocaleString()} characters
              </span>
              <button
                type="button"
                className={BUTTON}
                onClick={() => download(`dockside-set-aside-${date.slice(0, 10)}.txt`, entry.value)}
              >
                Download
              </button>
              <button
                type="button"
                className={BUTTON}
                onClick={() => {
                  if (confirming !== entry.key) return setConfirming(entry.key);
                  deleteSetAside(entry.key);
                  setConfirming(undefined);
                }}
              >
                {confirming === entry.key ? "Really delete?" : "Delete"}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
