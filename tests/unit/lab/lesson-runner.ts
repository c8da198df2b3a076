import { readFileSync } from "node:fs";
import path from "node:path";

import { expect } from "vitest";

import { extractLabBlocks, type LabBlock } from "@/lib/lab/blocks";
import { createLab, runLine, summarize } from "@/lib/lab";
import type { LabState } from "@/lib/lab/types";

/** The blocks of a lesson file, read as the lesson test and the bench read them. */
export function lessonBlocks(file: string): LabBlock[] {
  return extractLabBlocks(readFileSync(path.join(process.cwd(), file), "utf8"));
}

/** What a student would see left in the resources panel: stopped tasks and INACTIVE revisions aside. */
export const visibleResources = (state: LabState) =>
  summarize(state)
    .filter((r) => !(r.kind === "Task" && r.status === "STOPPED"))
    .filter((r) => !(r.kind === "Task definition" && r.status === "INACTIVE"))
    .map((r) => `${r.kind} ${r.name}`);

/**
 * Runs every lab block of `file` in order from a fresh account, as a student pressing each
 * block's button would, and expects each to do what it says (succeed, `fails="…"` or
 * `prints="…"`), naming the block's file:line when it does not.
 */
export function runLessonBlocks(file: string, blocks = lessonBlocks(file)) {
  const transcript: { where: string; title: string; output: string; exitCode: number }[] = [];
  let state: LabState = createLab();
  for (const block of blocks) {
    const where = `${file}:${block.line}${block.title ? ` (${block.title})` : ""}`;
    if (block.kind === "file") {
      expect(block.title, `${where}: a file block needs a title naming the file`).toBeTruthy();
      state = { ...state, files: { ...state.files, [block.title!]: `${block.code}\n` } };
      continue;
    }
    const result = runLine(state, block.code);
    const output = result.output.map((c) => c.text).join("");
    transcript.push({ where, title: block.title ?? "", output, exitCode: result.exitCode });
    if (block.fails) {
      expect(result.exitCode, `${where} should fail, but it succeeded:\n${output}`).not.toBe(0);
      expect(output, `${where} should print "${block.fails}"`).toContain(block.fails);
    } else {
      expect(result.exitCode, `${where} failed:\n${output}`).toBe(0);
      if (block.prints) {
        expect(output, `${where} should print "${block.prints}"`).toContain(block.prints);
      }
    }
    state = result.state;
  }
  return { transcript, state };
}
