/**
 * The lab: a simulated AWS account in the page, and the shell a student types into.
 * Everything here is pure: a function of the lab state and what was typed, returning the new
 * state and what to print. The console, the editor and the resources panel are thin views of it.
 */
import type { Completion, LabState, ResourceSummary, RunResult } from "./types";

export type * from "./types";

/** A new lab: the account as a student finds it on the first visit (see account.ts). */
export function createLab(): LabState {
  throw new Error("not implemented yet");
}

/**
 * Runs what the student typed: one or more lines, with `\` continuations, pipes, `&&`, `;`,
 * variables and `$(…)`. Never throws: a command that fails prints its error and leaves the
 * account as it was.
 */
export function runLine(state: LabState, line: string): RunResult {
  void line;
  return { state, output: [{ stream: "stderr", text: "The lab is not ready yet.\n" }], exitCode: 1 };
}

/** Moves the simulated clock on by `ms`: tasks start and stop, targets pass or fail checks. */
export function advance(state: LabState, ms: number): LabState {
  void ms;
  return state;
}

/** Tab completion at `cursor` in `line`: commands, subcommands, flags, variables, file names. */
export function complete(state: LabState, line: string, cursor: number): Completion {
  void state;
  void line;
  return { from: cursor, candidates: [] };
}

/** What exists in the account, for the resources panel, in a stable order. */
export function summarize(state: LabState): ResourceSummary[] {
  void state;
  return [];
}
