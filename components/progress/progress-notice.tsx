"use client";

import { lazy, Suspense, useState } from "react";

import { useSetAsideNotices, useStorageStatus } from "./use-progress";

// Most visits have nothing to report: the cards' words and layout load only when there is.
const NoticeCards = lazy(() => import("./notice-cards").then((m) => ({ default: m.NoticeCards })));

/**
 * Tells the learner, in a corner of every page, when their progress is at risk: storage refused
 * or full (progress kept in memory only), or saved progress that could not be read and was set
 * aside. Fixed in place, so it never pushes the page around.
 */
export function ProgressNotice() {
  const status = useStorageStatus();
  const setAside = useSetAsideNotices();
  const [dismissed, setDismissed] = useState<string[]>([]);
  // Any status but "ok" has a card, as has each value set aside (noticesFor in notice-cards.tsx).
  const atRisk = status !== "ok" || setAside.length > 0;
  const cards = { status, setAside, dismissed };

  return (
    <>
      {/* Always in the page, so that screen readers announce the cards when they appear. */}
      <div
        aria-live="polite"
        className="no-print pointer-events-none fixed inset-x-0 bottom-0 z-40 flex flex-col items-center gap-2 p-3 sm:items-end"
      >
        {atRisk && (
          <Suspense fallback={null}>
            <NoticeCards {...cards} onDismiss={(key) => setDismissed((keys) => [...keys, key])} />
          </Suspense>
        )}
      </div>
      {/* The same cards, invisible, at the end of the page: room to scroll content out from
          under the fixed ones. Added at the very end, it moves nothing above it. */}
      <div aria-hidden="true" className="no-print invisible flex flex-col gap-2 p-3">
        {atRisk && (
          <Suspense fallback={null}>
            <NoticeCards {...cards} />
          </Suspense>
        )}
      </div>
    </>
  );
}
