/**
 * The lab: a simulated AWS account in the page, and the shell a student types into.
 * Everything here is pure: a function of the lab state and what was typed, returning the new
 * state and what to print. The console, the editor and the resources panel are thin views of it.
 */
import { createAccountState } from "./account";
import { completeAws } from "./cli";
import { LAB_COMMANDS, runText } from "./engine";
import { advanceState } from "./sim";
import type { Completion, LabState, RunResult } from "./types";

export type * from "./types";
export { summarize } from "./summary";

/** A new lab: the account as a student finds it on the first visit (see account.ts). */
export function createLab(): LabState {
  return createAccountState();
}

/**
 * Runs what the student typed: one or more lines, with `\` continuations, pipes, `&&`, `;`,
 * variables and `$(…)`. Never throws: a command that fails prints its error and leaves the
 * account as it was. `clear` is set when the student ran `clear`.
 */
export function runLine(state: LabState, line: string): RunResult {
  return runText(state, line);
}

/** Moves the simulated clock on by `ms`: tasks start and stop, targets pass or fail checks. */
export function advance(state: LabState, ms: number): LabState {
  if (!(ms > 0)) return state;
  const next = structuredClone(state);
  advanceState(next, Math.min(ms, 3_600_000));
  return next;
}

/** Tab completion at `cursor` in `line`: commands, subcommands, flags, variables, file names. */
export function complete(state: LabState, line: string, cursor: number): Completion {
  const before = line.slice(0, cursor);
  // Complete within the current simple command: after the last `|`, `;`, `&&`, `(` or newline.
  const start = Math.max(...["|", ";", "&", "(", "\n"].map((c) => before.lastIndexOf(c))) + 1;
  const command = before.slice(start);
  const match = /(\S*)$/.exec(command)!;
  const partial = match[1] ?? "";
  const from = cursor - partial.length;
  const words = command
    .slice(0, command.length - partial.length)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const unique = (items: string[]) => [...new Set(items)].sort();
  if (partial.startsWith("$")) {
    const name = partial.replace(/^\$\{?/, "");
    return {
      from,
      candidates: unique(
        Object.keys(state.env)
          .filter((k) => k.startsWith(name))
          .map((k) => `$${k}`),
      ),
    };
  }
  if (partial.startsWith("file://")) {
    const name = partial.slice("file://".length);
    return {
      from,
      candidates: unique(
        Object.keys(state.files)
          .filter((f) => f.startsWith(name))
          .map((f) => `file://${f}`),
      ),
    };
  }
  if (words.length === 0) {
    return { from, candidates: LAB_COMMANDS.filter((c) => c.startsWith(partial)) };
  }
  if (words[0] === "aws") {
    return { from, candidates: completeAws(words.slice(1), partial) };
  }
  if (words[0] === "docker" && words.length === 1) {
    return {
      from,
      candidates: ["build", "images", "login", "push", "tag"].filter((c) => c.startsWith(partial)),
    };
  }
  if (words[0] === "cat") {
    return {
      from,
      candidates: unique(Object.keys(state.files).filter((f) => f.startsWith(partial))),
    };
  }
  return { from, candidates: [] };
}
