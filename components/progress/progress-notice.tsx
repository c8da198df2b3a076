"use client";

import { useState } from "react";

import { IntentLink } from "@/components/ui/intent-link";

import { useSetAsideNotices, useStorageStatus } from "./use-progress";

interface Notice {
  key: string;
  title: string;
  text: string;
}

/**
 * Tells the learner, in a corner of every page, when their progress is at risk: storage refused
 * or full (progress kept in memory only), or saved progress that could not be read and was set
 * aside. Fixed in place, so it never pushes the page around.
 */
export function ProgressNotice() {
  const status = useStorageStatus();
  const setAside = useSetAsideNotices();
  const [dismissed, setDismissed] = useState<string[]>([]);

  const notices: Notice[] = [];
  if (status === "unavailable") {
    notices.push({
      key: "storage-unavailable",
      title: "Your progress is not being saved",
      text: "This browser does not let Dockside store anything, so your scores last only until you close this tab. You can export them from the Progress page to keep them.",
    });
  } else if (status === "full") {
    notices.push({
      key: "storage-full",
      title: "Your progress is not being saved right now",
      text: "The browser's storage for this site is full. Your progress is kept in this tab; export it from the Progress page so it is not lost when you close the tab.",
    });
  }
  for (const entry of setAside) {
    notices.push({
      key: entry.key,
      title: "Saved progress could not be read",
      text: `${entry.reason.charAt(0).toUpperCase()}${entry.reason.slice(1)}. It has been kept aside, not deleted, and Dockside started fresh. You can download it from the Progress page.`,
    });
  }
  const visible = notices.filter((notice) => !dismissed.includes(notice.key));
  const dismiss = (key: string) => setDismissed((keys) => [...keys, key]);

  return (
    <>
      <div
        aria-live="polite"
        className="no-print pointer-events-none fixed inset-x-0 bottom-0 z-40 flex flex-col items-center gap-2 p-3 sm:items-end"
      >
        {visible.map((notice) => (
          <NoticeCard key={notice.key} notice={notice} onDismiss={() => dismiss(notice.key)} />
        ))}
      </div>
      {/* The same cards, invisible, at the end of the page: room to scroll content out from
          under the fixed ones. Added at the very end, it moves nothing above it. */}
      <div aria-hidden="true" className="no-print invisible flex flex-col gap-2 p-3">
        {visible.map((notice) => (
          <NoticeCard key={notice.key} notice={notice} />
        ))}
      </div>
    </>
  );
}

function NoticeCard({ notice, onDismiss }: { notice: Notice; onDismiss?: () => void }) {
  return (
    <div
      data-testid={onDismiss ? "progress-notice" : undefined}
      className="pointer-events-auto w-full max-w-md rounded-xl border border-amber-400 bg-white p-4 text-sm shadow-lg dark:border-amber-500 dark:bg-slate-900"
    >
      <p className="font-semibold text-slate-900 dark:text-white">{notice.title}</p>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{notice.text}</p>
      <div className="mt-3 flex gap-4">
        <IntentLink
          href="/progress"
          tabIndex={onDismiss ? undefined : -1}
          className="text-accent-700 dark:text-accent-300 font-medium underline-offset-2 hover:underline"
        >
          Open Progress
        </IntentLink>
        <button
          type="button"
          onClick={onDismiss}
          tabIndex={onDismiss ? undefined : -1}
          className="font-medium text-slate-600 underline-offset-2 hover:underline dark:text-slate-300"
        >
          Dismiss
        </button>
      </div>
    </div>
  );
}
