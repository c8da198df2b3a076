import { describe, expect, it } from "vitest";

import { createLab } from "@/lib/lab";
import type { LabState } from "@/lib/lab/types";

import { lessonBlocks, runLessonBlocks, visibleResources } from "./lesson-runner";

const LESSON = "content/03-production/01-networking-for-fargate.mdx";

/**
 * Runs every lab block of the networking lesson, in order, from a fresh account, as a student
 * pressing "Run in the lab" on each would. The exercise builds a task in a private subnet and
 * adds VPC endpoints one at a time; each step must fail or succeed for the reason the lesson
 * gives, and the clean-up must leave the account as it was.
 */
describe("the networking lesson, run in the lab", () => {
  const blocks = lessonBlocks(LESSON);
  let transcript: ReturnType<typeof runLessonBlocks>["transcript"] = [];
  let state: LabState = createLab();

  it("has blocks to run", () => {
    expect(blocks.filter((b) => b.kind === "run").length).toBeGreaterThanOrEqual(10);
  });

  it("runs every block as written", () => {
    ({ transcript, state } = runLessonBlocks(LESSON, blocks));
  });

  it("starts from private subnets with no way out", () => {
    const first = transcript[0]?.output ?? "";
    expect(first).toContain("local");
    expect(first).not.toMatch(/0\.0\.0\.0\/0/);
  });

  it("fails at each missing endpoint for the reason the lesson gives", () => {
    const reasons = transcript
      .map((t) => t.output)
      .filter((o) => /ResourceInitializationError|CannotPullContainerError/.test(o));
    expect(reasons).toHaveLength(3);
    // No endpoints: the ECR API (the registry login) is out of reach.
    expect(reasons[0]).toContain("https://api.ecr.us-east-1.amazonaws.com/");
    // ECR endpoints only: the layers, in S3, are out of reach.
    expect(reasons[1]).toContain("CannotPullContainerError");
    expect(reasons[1]).toContain(".s3.us-east-1.amazonaws.com");
    // ECR and S3: CloudWatch Logs is out of reach for awslogs.
    expect(reasons[2]).toContain("https://logs.us-east-1.amazonaws.com/");
  });

  it("runs the task with no public IP and no NAT gateway", () => {
    expect(state.account.natGateways.filter((n) => n.State !== "deleted")).toHaveLength(0);
    const ran = state.account.tasks.filter((t) => t.startedAt !== undefined);
    expect(ran).toHaveLength(1);
    expect(ran[0]!.publicIp).toBeFalsy();
  });

  it("leaves the account as it found it", () => {
    expect(visibleResources(state)).toEqual(visibleResources(createLab()));
    expect(state.account.endpoints).toHaveLength(0);
  });
});
