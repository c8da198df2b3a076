"use client";

import { useMemo, useState } from "react";

import { createLab, summarize } from "@/lib/lab";
import { mapAccount } from "@/lib/lab/topology";
import type { ResourceSummary } from "@/lib/lab/types";

import { AccountMapView } from "./account-map";
import { LabDiagram, type LabDiagramData } from "./lab-diagram";
import { useLab } from "./use-lab";

const TONE: Record<ResourceSummary["tone"], { dot: string; text: string }> = {
  ok: { dot: "bg-emerald-500", text: "text-emerald-800 dark:text-emerald-300" },
  busy: { dot: "bg-amber-500", text: "text-amber-800 dark:text-amber-300" },
  bad: { dot: "bg-red-500", text: "text-red-700 dark:text-red-300" },
  idle: { dot: "bg-slate-400", text: "text-slate-600 dark:text-slate-400" },
};

let provided: Set<string> | undefined;

/**
 * Rows of what the lab provides (the VPC, its subnets): those of a new account. createLab is
 * deterministic, so its ids are the same in every lab.
 */
function isProvided(row: ResourceSummary): boolean {
  provided ??= new Set(summarize(createLab()).map(key));
  return provided.has(key(row));
}

const key = (row: ResourceSummary) => `${row.kind}:${row.id}`;

type MapView = "diagram" | "list";

/**
 * What the account holds, live: the engine's summary as a table (what the student made, with
 * its status in words and colour), then the account drawn as a map of its network: the
 * architecture diagram, or the same in lists (a phone's first choice, and the text version).
 */
export function LabResources({ diagram }: { diagram: LabDiagramData }) {
  const lab = useLab((state) => state.lab);
  const [view, setView] = useState<MapView>(() =>
    window.matchMedia("(min-width: 640px)").matches ? "diagram" : "list",
  );
  const rows = useMemo(() => summarize(lab), [lab]);
  const map = useMemo(() => mapAccount(lab), [lab]);
  const yours = rows.filter((row) => !isProvided(row)).length;

  return (
    // Focusable, so a keyboard can scroll it: nothing in it takes the focus otherwise.
    <div
      role="region"
      aria-label="Account resources"
      tabIndex={0}
      className="min-h-0 flex-1 overflow-auto"
    >
      {yours === 0 ? (
        <p className="px-3 py-2 text-sm text-slate-600 sm:px-4 dark:text-slate-400">
          Nothing of yours in the account yet: only the network the lab provides. What you create in
          the console (repositories, clusters, services, tasks, load balancers) appears here, with
          its status.
        </p>
      ) : null}
      <ResourceTable rows={rows} />
      <section
        aria-labelledby="lab-map-heading"
        className="border-t border-slate-200 p-3 sm:p-4 dark:border-slate-800"
      >
        <div className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1">
          <h3 id="lab-map-heading" className="text-sm font-semibold text-slate-900 dark:text-white">
            Map of the account
          </h3>
          <div role="group" aria-label="Show the map as" className="flex">
            {(["diagram", "list"] as const).map((choice) => (
              <button
                key={choice}
                type="button"
                aria-pressed={view === choice}
                onClick={() => setView(choice)}
                className="aria-pressed:border-accent-600 aria-pressed:bg-accent-50 aria-pressed:text-accent-800 dark:aria-pressed:border-accent-400 dark:aria-pressed:bg-accent-900/40 dark:aria-pressed:text-accent-200 border border-slate-300 px-2.5 py-0.5 text-xs font-medium text-slate-700 first:rounded-l-md last:rounded-r-md hover:bg-slate-100 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800"
              >
                {choice === "diagram" ? "Diagram" : "List"}
              </button>
            ))}
          </div>
        </div>
        {view === "diagram" ? <LabDiagram data={diagram} /> : <AccountMapView map={map} />}
      </section>
    </div>
  );
}

function ResourceTable({ rows }: { rows: ResourceSummary[] }) {
  return (
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
          <th scope="col" className="hidden px-3 py-1.5 font-medium sm:table-cell">
            Detail
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
        {rows.map((row) => (
          <tr key={key(row)} className="align-top">
            <td className="px-3 py-1.5 whitespace-nowrap text-slate-700 sm:px-4 dark:text-slate-300">
              {row.kind}
            </td>
            <td className="px-3 py-1.5 font-mono text-xs break-words text-slate-900 dark:text-slate-100">
              {row.name || row.id}
              {/* On a phone the detail goes under the name, not in a column of its own. */}
              {row.detail ? (
                <span className="mt-0.5 block font-sans break-words text-slate-600 sm:hidden dark:text-slate-400">
                  {row.detail}
                </span>
              ) : null}
            </td>
            <td className={`px-3 py-1.5 ${TONE[row.tone].text}`}>
              <span
                aria-hidden="true"
                className={`mr-1.5 inline-block size-2 rounded-full ${TONE[row.tone].dot}`}
              />
              {row.status}
            </td>
            <td className="hidden px-3 py-1.5 text-xs break-words text-slate-600 sm:table-cell dark:text-slate-400">
              {row.detail ?? ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
