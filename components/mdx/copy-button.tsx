"use client";

import { useRef, useState } from "react";

import { useHydrated } from "@/components/ui/use-hydrated";

/** Copies the code of the block it sits in. Rendered only where JavaScript runs. */
export function CopyButton() {
  const ref = useRef<HTMLButtonElement>(null);
  const [copied, setCopied] = useState(false);
  const hydrated = useHydrated();
  if (!hydrated) return null;

  const copy = async () => {
    const code = ref.current?.closest(".code-block")?.querySelector("pre code");
    if (!code) return;
    // Each line is its own element; innerText keeps the line breaks.
    const text = (code as HTMLElement).innerText.replace(/\n$/, "");
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };

  return (
    <button
      ref={ref}
      type="button"
      onClick={copy}
      className="no-print rounded-md border border-slate-300 bg-white/90 px-2 py-1 font-sans text-xs font-medium text-slate-700 shadow-sm hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800/90 dark:text-slate-200 dark:hover:bg-slate-700"
    >
      <span aria-live="polite">{copied ? "Copied" : "Copy"}</span>
      <span className="sr-only"> code</span>
    </button>
  );
}
