"use client";

import { IntentLink } from "@/components/ui/intent-link";
import type { ReviewItem } from "@/lib/review/schedule";

import { useDue } from "./use-due";

/** "3 questions due for review today", with a link to the review: on home and /progress. */
export function DueToday({ items }: { items: readonly ReviewItem[] }) {
  const { ready, due, scheduled } = useDue(items);
  return (
    <p data-testid="due-today" className="min-h-6 text-slate-700 dark:text-slate-300">
      {!ready ? (
        "\u00a0"
      ) : scheduled === 0 ? (
        "Spaced review: questions you answer come back here when they are due."
      ) : (
        <>
          <span className="font-semibold text-slate-900 dark:text-white">
            {due.length} {due.length === 1 ? "question" : "questions"} due for review today
          </span>
          {due.length > 0 ? (
            <>
              {" · "}
              <IntentLink
                href="/review"
                className="text-accent-700 dark:text-accent-300 font-medium underline underline-offset-2"
              >
                Review now
              </IntentLink>
            </>
          ) : null}
        </>
      )}
    </p>
  );
}
