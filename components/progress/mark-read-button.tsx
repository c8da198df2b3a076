"use client";

import { progressReady, useLessonRead, useProgressHydrated } from "./use-progress";

/** A toggle that marks a lesson read (shown on the home page and in the sidebar). */
export function MarkReadButton({ slug }: { slug: string }) {
  const hydrated = useProgressHydrated();
  const read = useLessonRead(slug);
  const pressed = hydrated && read;
  return (
    <button
      type="button"
      aria-pressed={hydrated ? read : undefined}
      disabled={!hydrated}
      onClick={() => void progressReady().then(({ setRead }) => setRead(slug, !read))}
      className={`inline-flex items-center gap-2 rounded-lg border px-3 py-2 text-sm font-medium disabled:opacity-60 ${
        pressed
          ? "border-emerald-600 bg-emerald-50 text-emerald-900 dark:border-emerald-500 dark:bg-emerald-950/40 dark:text-emerald-200"
          : "border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
      }`}
    >
      <span
        aria-hidden="true"
        className={`inline-flex size-4 items-center justify-center rounded border text-[0.7rem] leading-none ${
          pressed
            ? "border-emerald-600 bg-emerald-600 text-white dark:border-emerald-500 dark:bg-emerald-500"
            : "border-slate-400 dark:border-slate-500"
        }`}
      >
        {pressed ? "✓" : ""}
      </span>
      Mark lesson as read
    </button>
  );
}
