import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { extractLabBlocks } from "@/lib/lab/blocks";
import { createLab, runLine, summarize } from "@/lib/lab";
import type { LabState } from "@/lib/lab/types";

const LESSON = "content/02-hands-on/01-ship-to-fargate.mdx";

/**
 * Runs every lab block of the hands-on lesson, in order, as a student pressing "Run in the lab"
 * on each would. A lesson edit that breaks the lab fails here, naming the block's file:line.
 */
describe("the hands-on lesson, run in the lab", () => {
  const source = readFileSync(path.join(process.cwd(), LESSON), "utf8");
  const blocks = extractLabBlocks(source);
  const transcript: { where: string; output: string; exitCode: number }[] = [];
  let state: LabState = createLab();

  it("has blocks to run", () => {
    expect(blocks.filter((b) => b.kind === "run").length).toBeGreaterThan(15);
  });

  it("runs every block as written", () => {
    for (const block of blocks) {
      const where = `${LESSON}:${block.line}${block.title ? ` (${block.title})` : ""}`;
      if (block.kind === "file") {
        expect(block.title, `${where}: a file block needs a title naming the file`).toBeTruthy();
        state = { ...state, files: { ...state.files, [block.title!]: `${block.code}\n` } };
        continue;
      }
      const result = runLine(state, block.code);
      const output = result.output.map((c) => c.text).join("");
      transcript.push({ where, output, exitCode: result.exitCode });
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
  });

  it("serves the app through the load balancer, then the new version", () => {
    const pages = transcript.filter((t) => t.output.includes("<h1>Hello from Fargate</h1>"));
    expect(pages.map((p) => /Version (\S+)</.exec(p.output)?.[1])).toEqual(["1.0", "1.1", "1.1"]);
  });

  it("leaves the account as it found it", () => {
    const fresh = summarize(createLab()).map((r) => `${r.kind} ${r.name}`);
    const left = summarize(state)
      .filter((r) => !(r.kind === "Task" && r.status === "STOPPED"))
      .filter((r) => !(r.kind === "Task definition" && r.status === "INACTIVE"))
      .map((r) => `${r.kind} ${r.name}`);
    expect(left).toEqual(fresh);
  });
});
