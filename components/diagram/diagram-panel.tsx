"use client";

import { describeTaskStatus, type GraphNode } from "@/lib/diagram/graph";

/** A node's details: what it is, what to remember, where the lesson explains it. */
export function DiagramPanel({
  details,
  onClose,
  closeButton,
}: {
  details: GraphNode;
  onClose: () => void;
  closeButton: React.RefObject<HTMLButtonElement | null>;
}) {
  return (
    <section
      role="dialog"
      aria-modal="false"
      aria-labelledby="diagram-details-title"
      className="absolute inset-y-2 right-2 z-10 w-80 max-w-[calc(100%-1rem)] overflow-y-auto rounded-lg border border-slate-200 bg-white p-4 text-base shadow-lg dark:border-slate-700 dark:bg-slate-900 print:hidden"
    >
      <div className="flex items-start justify-between gap-2">
        <h3 id="diagram-details-title" className="font-semibold text-slate-900 dark:text-white">
          {details.label}
        </h3>
        <button
          ref={closeButton}
          type="button"
          onClick={onClose}
          aria-label="Close details"
          className="rounded px-1.5 text-lg leading-none text-slate-500 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800"
        >
          ×
        </button>
      </div>
      {describeTaskStatus(details) ? (
        <p className="mt-2 font-medium text-slate-900 dark:text-white">
          Status: {describeTaskStatus(details)}
        </p>
      ) : null}
      <p className="mt-2 text-slate-700 dark:text-slate-300">{details.explanation}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
        {details.facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      <a
        href={details.link}
        className="text-accent-700 dark:text-accent-300 mt-3 inline-block font-medium underline"
      >
        Read more in the lesson
      </a>
    </section>
  );
}
