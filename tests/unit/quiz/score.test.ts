import { describe, expect, it } from "vitest";

import { isAnswered, repeatedMatches, scoreQuestion, scoreQuiz } from "@/lib/quiz/score";

import { matching, multiple, ordering, single, trueFalse } from "./questions";

describe("scoreQuestion: single choice and true/false", () => {
  it("gives full credit for the right option and none for a wrong one or none", () => {
    expect(scoreQuestion(single, ["ecr"])).toBe(1);
    expect(scoreQuestion(single, ["ecs"])).toBe(0);
    expect(scoreQuestion(single, [])).toBe(0);
    expect(scoreQuestion(single, undefined)).toBe(0);
    expect(scoreQuestion(trueFalse, ["false"])).toBe(1);
    expect(scoreQuestion(trueFalse, ["true"])).toBe(0);
  });

  it("gives nothing for two options at once, even if one is right", () => {
    expect(scoreQuestion(single, ["ecr", "ecs"])).toBe(0);
  });
});

describe("scoreQuestion: multiple select (right picks − wrong picks) ÷ right options", () => {
  it("gives full credit for exactly the right options", () => {
    expect(scoreQuestion(multiple, ["a", "b", "c"])).toBe(1);
    expect(scoreQuestion(multiple, ["c", "a", "b"])).toBe(1);
  });

  it("gives a share for some of the right options", () => {
    expect(scoreQuestion(multiple, ["a"])).toBeCloseTo(1 / 3);
    expect(scoreQuestion(multiple, ["a", "b"])).toBeCloseTo(2 / 3);
  });

  it("takes a right pick back for each wrong pick", () => {
    expect(scoreQuestion(multiple, ["a", "b", "x"])).toBeCloseTo(1 / 3);
    expect(scoreQuestion(multiple, ["a", "b", "c", "x"])).toBeCloseTo(2 / 3);
  });

  it("never goes below zero, so picking everything earns little", () => {
    expect(scoreQuestion(multiple, ["a", "x", "y"])).toBe(0);
    expect(scoreQuestion(multiple, ["x"])).toBe(0);
    expect(scoreQuestion(multiple, ["a", "b", "c", "x", "y"])).toBeCloseTo(1 / 3);
  });
});

describe("scoreQuestion: ordering, a share per right 'comes directly before' link", () => {
  it("gives full credit for the exact order only", () => {
    expect(scoreQuestion(ordering, ["build", "push", "deploy", "run"])).toBe(1);
  });

  it("credits each step directly followed by the step that should follow it", () => {
    // build→push and deploy→run are right; push→deploy is broken.
    expect(scoreQuestion(ordering, ["build", "push", "run", "deploy"])).toBeCloseTo(1 / 3);
    // One step moved from the end to the front keeps two of three links.
    expect(scoreQuestion(ordering, ["run", "build", "push", "deploy"])).toBeCloseTo(2 / 3);
    expect(scoreQuestion(ordering, ["run", "deploy", "push", "build"])).toBe(0);
  });

  it("gives nothing for an answer that is not an arrangement of the steps", () => {
    expect(scoreQuestion(ordering, ["build", "push", "deploy"])).toBe(0);
    expect(scoreQuestion(ordering, ["build", "build", "deploy", "run"])).toBe(0);
    expect(scoreQuestion(ordering, ["build", "push", "deploy", "walk"])).toBe(0);
    expect(scoreQuestion(ordering, undefined)).toBe(0);
  });
});

describe("scoreQuestion: matching, right pairs ÷ all pairs", () => {
  it("gives full credit when every pair is right", () => {
    const all = { ecr: "ecr", ecs: "ecs", fargate: "fargate", elb: "elb" };
    expect(scoreQuestion(matching, all)).toBe(1);
  });

  it("gives a share for each right pair; unmatched ones count as wrong", () => {
    expect(scoreQuestion(matching, { ecr: "ecr", ecs: "fargate", fargate: "ecs" })).toBe(1 / 4);
    expect(scoreQuestion(matching, { ecr: "ecr", ecs: "ecs" })).toBe(2 / 4);
    expect(scoreQuestion(matching, {})).toBe(0);
    expect(scoreQuestion(matching, ["ecr"])).toBe(0);
  });
});

describe("scoreQuiz", () => {
  it("averages the credit, counts unanswered questions as 0 and full credit as right", () => {
    const result = scoreQuiz([single, multiple, ordering, matching], {
      single: ["ecr"],
      multiple: ["a", "b"],
      matching: { ecr: "ecr", ecs: "ecs" },
    });
    expect(result.credit).toEqual({
      single: 1,
      multiple: 2 / 3,
      ordering: 0,
      matching: 0.5,
    });
    expect(result.score).toBeCloseTo((1 + 2 / 3 + 0 + 0.5) / 4);
    expect(result.right).toBe(1);
    expect(result.total).toBe(4);
  });

  it("scores an empty quiz as 0, not NaN", () => {
    expect(scoreQuiz([], {}).score).toBe(0);
  });
});

describe("isAnswered", () => {
  it("knows an empty choice or an empty matching is no answer", () => {
    expect(isAnswered(single, undefined)).toBe(false);
    expect(isAnswered(multiple, [])).toBe(false);
    expect(isAnswered(multiple, ["a"])).toBe(true);
    expect(isAnswered(matching, {})).toBe(false);
    expect(isAnswered(matching, { ecr: "ecs" })).toBe(true);
  });
});

describe("repeatedMatches", () => {
  it("finds a right side chosen for every row", () => {
    const answer = { ecr: "ecs", ecs: "ecs", fargate: "ecs", elb: "ecs" };
    expect(repeatedMatches(answer)).toEqual(new Map([["ecs", 4]]));
    expect(scoreQuestion(matching, answer)).toBe(0.25);
  });
  it("finds each right side chosen twice, not those chosen once", () => {
    expect(repeatedMatches({ ecr: "ecr", ecs: "ecr", fargate: "elb", elb: "elb" })).toEqual(
      new Map([
        ["ecr", 2],
        ["elb", 2],
      ]),
    );
  });
  it.each([
    ["a one-to-one answer", { ecr: "ecs", ecs: "ecr" }],
    ["no answer", undefined],
    ["a list answer", ["a", "a"]],
  ])("finds nothing in %s", (_, answer) => {
    expect(repeatedMatches(answer).size).toBe(0);
  });
});
