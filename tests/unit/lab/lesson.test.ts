import { describe, expect, it } from "vitest";

import { createLab } from "@/lib/lab";
import type { LabState } from "@/lib/lab/types";

import { lessonBlocks, runLessonBlocks, visibleResources } from "./lesson-runner";

const LESSON = "content/02-hands-on/01-ship-to-fargate.mdx";

/**
 * Runs every lab block of the hands-on lesson, in order, as a student pressing "Run in the lab"
 * on each would. A lesson edit that breaks the lab fails here, naming the block's file:line.
 */
describe("the hands-on lesson, run in the lab", () => {
  const blocks = lessonBlocks(LESSON);
  let transcript: ReturnType<typeof runLessonBlocks>["transcript"] = [];
  let state: LabState = createLab();

  it("has blocks to run", () => {
    expect(blocks.filter((b) => b.kind === "run").length).toBeGreaterThan(15);
  });

  it("runs every block as written", () => {
    ({ transcript, state } = runLessonBlocks(LESSON, blocks));
  });

  it("serves the app through the load balancer, then the new version", () => {
    const pages = transcript.filter((t) => t.output.includes("<h1>Hello from Fargate</h1>"));
    expect(pages.map((p) => /Version (\S+)</.exec(p.output)?.[1])).toEqual(["1.0", "1.1", "1.1"]);
  });

  it("leaves the account as it found it", () => {
    expect(visibleResources(state)).toEqual(visibleResources(createLab()));
  });
});
