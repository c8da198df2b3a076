"use client";

import { useId } from "react";

import type { Attempt } from "@/lib/progress/schema";
import { percent } from "@/lib/quiz/percent";

import { formatDate } from "./format";

const WIDTH = 320;
const HEIGHT = 120;
const LEFT = 34;
const RIGHT = 10;
const TOP = 10;
const BOTTOM = 14;

/** Below this a score is low: drawn in red, with its number beside it. */
const LOW_SCORE = 0.5;
const GOOD_STROKE = "stroke-accent-700 dark:stroke-accent-300";
const GOOD_FILL = "fill-accent-700 dark:fill-accent-300";
const LOW_STROKE = "stroke-rose-700 dark:stroke-rose-300";
const LOW_FILL = "fill-rose-700 dark:fill-rose-300";

function LegendDot({ className }: { className: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3">
      <circle cx="6" cy="6" r="4" strokeWidth="2" className={className} />
    </svg>
  );
}

/**
 * Scores over time as a small line chart (inline SVG): one point per attempt, oldest on the
 * left; filled points are test mode, hollow ones practice, and a low score is red with its
 * number beside it; a legend says so. Screen readers get the same
 * numbers as a description, and a table is one click away for everyone.
 */
export function ScoreChart({ title, attempts }: { title: string; attempts: readonly Attempt[] }) {
  const id = useId();
  const x = (index: number) =>
    attempts.length === 1
      ? LEFT + (WIDTH - LEFT - RIGHT) / 2
      : LEFT + (index * (WIDTH - LEFT - RIGHT)) / (attempts.length - 1);
  const y = (score: number) => TOP + (1 - score) * (HEIGHT - TOP - BOTTOM);
  const description =
    attempts.length === 0
      ? "No attempts yet."
      : `${attempts.length} ${attempts.length === 1 ? "attempt" : "attempts"}, oldest first: ${attempts
          .map((a) => `${percent(a.score)}% on ${formatDate(a.finishedAt)} (${a.mode})`)
          .join(", ")}.`;

  return (
    <figure className="min-w-0">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-32 w-full overflow-visible"
      >
        <title id={`${id}-title`}>{`Scores over time: ${title}`}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {[0, 0.5, 1].map((level) => (
          <g key={level}>
            <line
              x1={LEFT}
              x2={WIDTH - RIGHT}
              y1={y(level)}
              y2={y(level)}
              className="stroke-slate-200 dark:stroke-slate-700"
              strokeDasharray={level === 0 ? undefined : "3 3"}
            />
            <text
              x={LEFT - 6}
              y={y(level) + 4}
              textAnchor="end"
              className="fill-slate-500 text-[10px] dark:fill-slate-400"
            >
              {level * 100}%
            </text>
          </g>
        ))}
        {attempts.length > 1 ? (
          <polyline
            points={attempts.map((a, index) => `${x(index)},${y(a.score)}`).join(" ")}
            fill="none"
            strokeWidth="2"
            strokeLinejoin="round"
            className="stroke-accent-600 dark:stroke-accent-400"
          />
        ) : null}
        {attempts.map((a, index) => {
          const low = a.score < LOW_SCORE;
          return (
            <g key={a.id} data-low={low ? "" : undefined}>
              <circle
                cx={x(index)}
                cy={y(a.score)}
                r="4"
                strokeWidth="2"
                className={`${low ? LOW_STROKE : GOOD_STROKE} ${
                  a.mode === "test"
                    ? low
                      ? LOW_FILL
                      : GOOD_FILL
                    : "fill-white dark:fill-slate-950"
                }`}
              />
              {low ? (
                // Not colour alone: a low score carries its number beside it.
                <text
                  x={x(index) + 7}
                  y={y(a.score) - 5}
                  className="fill-rose-700 text-[10px] font-semibold dark:fill-rose-300"
                >
                  {percent(a.score)}%
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      {attempts.length > 0 ? (
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
          <li className="flex items-center gap-1.5">
            <LegendDot className={`${GOOD_STROKE} ${GOOD_FILL}`} /> Test
          </li>
          <li className="flex items-center gap-1.5">
            <LegendDot className={`${GOOD_STROKE} fill-white dark:fill-slate-950`} /> Practice
          </li>
          <li className="flex items-center gap-1.5">
            <LegendDot className={`${LOW_STROKE} ${LOW_FILL}`} /> Below {LOW_SCORE * 100}%, labelled
            with its score
          </li>
        </ul>
      ) : null}
      {attempts.length > 0 ? (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer text-slate-600 dark:text-slate-400">
            Show as a table
          </summary>
          <table className="mt-2 w-full text-left text-sm">
            <caption className="sr-only">{`Scores: ${title}`}</caption>
            <thead>
              <tr className="text-slate-600 dark:text-slate-400">
                <th scope="col" className="py-1 pr-3 font-medium">
                  Date
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Mode
                </th>
                <th scope="col" className="py-1 font-medium">
                  Score
                </th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.id} className="border-t border-slate-200 dark:border-slate-800">
                  <td className="py-1 pr-3">{formatDate(a.finishedAt)}</td>
                  <td className="py-1 pr-3 capitalize">{a.mode}</td>
                  <td className="py-1 tabular-nums">{percent(a.score)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </figure>
  );
}
