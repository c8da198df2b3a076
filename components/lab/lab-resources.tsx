"use client";

import { useMemo } from "react";

import { summarize } from "@/lib/lab";
import type { ResourceSummary } from "@/lib/lab/types";

import { useLab } from "./use-lab";

const TONE: Record<ResourceSummary["tone"], { dot: string; text: string }> = {
  ok: { dot: "bg-emerald-500", text: "text-emerald-800 dark:text-emerald-300" },
  busy: { dot: "bg-amber-500", text: "text-amber-800 dark:text-amber-300" },
  bad: { dot: "bg-red-500", text: "text-red-700 dark:text-red-300" },
  idle: { dot: "bg-slate-400", text: "text-slate-600 dark:text-slate-400" },
};

/** What the account holds, live: the engine's summary as a table. */
export function LabResources() {
  const lab = useLab((state) => state.lab);
  const rows = useMemo(() => summarize(lab), [lab]);

  if (rows.length === 0) {
    return (
      <p className="p-4 text-sm text-slate-600 dark:text-slate-400">
        Nothing of yours in the account yet. What you create in the console (repositories, clusters,
        services, tasks, load balancers) appears here, with its status.
      </p>
    );
  }
  return (
    <div className="min-h-0 flex-1 overflow-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Resources in the lab account</caption>
        <thead className="sticky top-0 bg-slate-50 text-xs text-slate-600 dark:bg-slate-900 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-3 py-1.5 font-medium sm:px-4">
              Kind
            </th>
            <th scope="col" className="px-3 py-1.5 font-medium">
              Name or ID
            </th>
            <th scope="col" className="px-3 py-1.5 font-medium">
              Status
            </th>
            <th scope="col" className="px-3 py-1.5 font-medium">
              Detail
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={`${row.kind}:${row.id}`} className="align-top">
              <td className="px-3 py-1.5 whitespace-nowrap text-slate-700 sm:px-4 dark:text-slate-300">
                {row.kind}
              </td>
              <td className="px-3 py-1.5 font-mono text-xs break-all text-slate-900 dark:text-slate-100">
                {row.name || row.id}
              </td>
              <td className={`px-3 py-1.5 whitespace-nowrap ${TONE[row.tone].text}`}>
                <span
                  aria-hidden="true"
                  className={`mr-1.5 inline-block size-2 rounded-full ${TONE[row.tone].dot}`}
                />
                {row.status}
              </td>
              <td className="px-3 py-1.5 text-xs break-words text-slate-600 dark:text-slate-400">
                {row.detail ?? ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
