// The lab's speed: how long one console command takes, for every command of the hands-on
// lesson and a few that are slow on purpose (waiters that poll over simulated minutes). Run on
// its own with `npx tsx scripts/bench-lab.ts`; `npm run bench` includes it.
import { readFileSync } from "node:fs";
import path from "node:path";

import { createLab, runLine } from "../lib/lab";
import { extractLabBlocks } from "../lib/lab/blocks";
import type { LabState } from "../lib/lab/types";

/** The budget for one command, in milliseconds, on this 2-core machine. */
export const LAB_COMMAND_BUDGET_MS = 50;

export interface LabBenchResult {
  commands: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  slowest: string;
  withinBudget: boolean;
}

/** Runs the lesson's blocks line by line (as commands) three times and times each command. */
export function benchLab(root = path.resolve(import.meta.dirname, "..")): LabBenchResult {
  const source = readFileSync(
    path.join(root, "content/02-hands-on/01-ship-to-fargate.mdx"),
    "utf8",
  );
  const blocks = extractLabBlocks(source);
  const timings: { ms: number; command: string }[] = [];
  for (let round = 0; round < 3; round++) {
    let state: LabState = createLab();
    for (const block of blocks) {
      if (block.kind === "file") {
        state = { ...state, files: { ...state.files, [block.title ?? "file"]: block.code } };
        continue;
      }
      // One command per entry, as a student would type them: join continuation lines first.
      const commands = block.code
        .replace(/\\\n/g, " ")
        .split("\n")
        .filter((l) => l.trim());
      for (const command of commands) {
        const start = performance.now();
        state = runLine(state, command).state;
        timings.push({ ms: performance.now() - start, command });
      }
    }
  }
  const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const slowest = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
  return {
    commands: timings.length / 3,
    medianMs: pick(0.5),
    p95Ms: pick(0.95),
    maxMs: slowest.ms,
    slowest: slowest.command.slice(0, 80),
    withinBudget: slowest.ms <= LAB_COMMAND_BUDGET_MS,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = benchLab();
  console.log(
    `lab: ${result.commands} commands × 3 runs: median ${result.medianMs.toFixed(2)} ms, p95 ${result.p95Ms.toFixed(2)} ms, max ${result.maxMs.toFixed(2)} ms (${result.slowest}) — budget ${LAB_COMMAND_BUDGET_MS} ms: ${result.withinBudget ? "met" : "MISSED"}`,
  );
}
