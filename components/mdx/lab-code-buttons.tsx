"use client";

import { useRef } from "react";

import { sendToLab, useHasLab } from "@/components/lab/lab-bridge";
import { useHydrated } from "@/components/ui/use-hydrated";

const BUTTON =
  "rounded-md border border-accent-300 bg-white/90 px-2 py-1 font-sans text-xs font-medium text-accent-800 shadow-sm hover:bg-accent-50 dark:border-accent-700 dark:bg-slate-800/90 dark:text-accent-200 dark:hover:bg-slate-700";

/**
 * "Run in the lab" (pastes the block into the lab's console, for the student to run with Enter)
 * and "Open in the editor" (writes the block to a lab file), on blocks the lesson marked with
 * `run` or `file` (lib/content/lab-code.ts). Shown only where JavaScript runs and the page has
 * a `<Lab />`. Talks to the lab through the small bridge module, so a page does not load the
 * lab to show these.
 */
export function LabCodeButtons({ run, file }: { run: boolean; file?: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  const hydrated = useHydrated();
  const hasLab = useHasLab();
  if (!hydrated || !hasLab) return null;

  const code = () => {
    const element = ref.current?.closest(".code-block")?.querySelector("pre code");
    // Each line is its own element; innerText keeps the line breaks.
    return element ? (element as HTMLElement).innerText.replace(/\n$/, "") : "";
  };

  return (
    <span ref={ref} className="no-print contents">
      {run ? (
        <button
          type="button"
          className={BUTTON}
          onClick={() => sendToLab({ kind: "paste", text: code() })}
        >
          Run in the lab
        </button>
      ) : null}
      {file ? (
        <button
          type="button"
          className={BUTTON}
          onClick={() => sendToLab({ kind: "file", name: file, text: `${code()}\n` })}
        >
          Open in the editor<span className="sr-only">{` (${file})`}</span>
        </button>
      ) : null}
    </span>
  );
}
