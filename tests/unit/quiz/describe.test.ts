import { describe, expect, it } from "vitest";

import { describeAnswer, describeCorrect, feedbackFor, instructionFor } from "@/lib/quiz/describe";
import { plainText, splitInlineCode } from "@/lib/quiz/text";

import { matching, multiple, ordering, single, trueFalse } from "./questions";

describe("describeAnswer and describeCorrect", () => {
  it("name the chosen and the right options", () => {
    expect(describeAnswer(single, ["ecs"])).toEqual(["ECS"]);
    expect(describeCorrect(single)).toEqual(["ECR"]);
    expect(describeAnswer(multiple, ["c", "a"])).toEqual(["A", "C"]);
    expect(describeCorrect(multiple)).toEqual(["A", "B", "C"]);
    expect(describeAnswer(trueFalse, ["true"])).toEqual(["True"]);
    expect(describeAnswer(single, undefined)).toEqual([]);
  });

  it("list steps in the learner's order and in the right one", () => {
    expect(describeAnswer(ordering, ["push", "build", "deploy", "run"])).toEqual([
      "Push",
      "Build",
      "Deploy",
      "Run",
    ]);
    expect(describeCorrect(ordering)).toEqual(["Build", "Push", "Deploy", "Run"]);
  });

  it("show each pair as chosen, saying when none was", () => {
    expect(describeAnswer(matching, { ecr: "ecs", ecs: "ecr" })).toEqual([
      "ECR → Runs containers",
      "ECS → Stores images",
      "Fargate → (no match chosen)",
      "ELB → (no match chosen)",
    ]);
    expect(describeCorrect(matching)[0]).toBe("ECR → Stores images");
  });
});

describe("feedbackFor", () => {
  it("gives the feedback of a wrong option picked", () => {
    expect(feedbackFor(single, ["ecs"])).toEqual(["ECS runs containers."]);
    expect(feedbackFor(single, ["ecr"])).toEqual([]);
    expect(feedbackFor(trueFalse, ["true"])).toEqual(["A registry stores them."]);
  });

  it("in multiple select, also for a right option left out", () => {
    expect(feedbackFor(multiple, ["a", "x"])).toEqual(["Not X.", "B is right too."]);
    expect(feedbackFor(multiple, ["a", "b", "c"])).toEqual([]);
  });

  it("for a step out of place and a pair matched wrongly", () => {
    expect(feedbackFor(ordering, ["build", "deploy", "push", "run"])).toEqual([
      "Deploy comes after the push.",
    ]);
    expect(feedbackFor(ordering, ["build", "push", "deploy", "run"])).toEqual([]);
    expect(feedbackFor(matching, { ecr: "ecr", ecs: "elb" })).toEqual(["ECS runs them."]);
  });
});

describe("instructionFor", () => {
  it("tells the learner what to do for each type", () => {
    expect(instructionFor(multiple)).toMatch(/every answer/);
    expect(instructionFor(ordering)).toMatch(/order/);
  });
});

describe("splitInlineCode", () => {
  it("splits text into plain runs and `code` runs", () => {
    expect(splitInlineCode("Use `awsvpc` mode with `ip` targets.")).toEqual([
      { code: false, text: "Use " },
      { code: true, text: "awsvpc" },
      { code: false, text: " mode with " },
      { code: true, text: "ip" },
      { code: false, text: " targets." },
    ]);
    expect(splitInlineCode("`256` / `512`")).toEqual([
      { code: true, text: "256" },
      { code: false, text: " / " },
      { code: true, text: "512" },
    ]);
  });

  it("keeps an unmatched backtick as text", () => {
    expect(splitInlineCode("a ` b")).toEqual([{ code: false, text: "a ` b" }]);
    expect(plainText("Set `hostPort`")).toBe("Set hostPort");
  });
});
