"use client";

import { IntentLink } from "@/components/ui/intent-link";
import type { SetAside, StorageStatus } from "@/lib/progress/storage";

interface Notice {
  key: string;
  title: string;
  text: string;
}

function noticesFor(status: StorageStatus, setAside: readonly SetAside[]): Notice[] {
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
  return notices;
}

/**
 * The notices' cards (see ProgressNotice). Without `onDismiss`, the invisible copies that make
 * room at the end of the page.
 */
export function NoticeCards({
  status,
  setAside,
  dismissed,
  onDismiss,
}: {
  status: StorageStatus;
  setAside: readonly SetAside[];
  dismissed: readonly string[];
  onDismiss?: (key: string) => void;
}) {
  return noticesFor(status, setAside)
    .filter((notice) => !dismissed.includes(notice.key))
    .map((notice) => (
      <NoticeCard
        key={notice.key}
        notice={notice}
        onDismiss={onDismiss ? () => onDismiss(notice.key) : undefined}
      />
    ));
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
