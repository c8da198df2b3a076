import { describe, expect, it } from "vitest";

import type { Answer, Question } from "@/lib/quiz/model";
import { checkedMessage, verdictLabel, verdictOf } from "@/lib/quiz/verdict";

import { multiple, ordering, single } from "./questions";

describe("verdictOf and verdictLabel", () => {
  it.each([
    [1, "right", "✓ Right", "✓ Right"],
    [2 / 3, "partly", "◐ Partly right (67%)", "◐ Partly right (67%)"],
    [0.005, "partly", "◐ Partly right (1%)", "◐ Partly right (1%)"],
    [0, "wrong", "✗ Not quite", "✗ Wrong"],
  ] as const)("credit %s is %s", (credit, verdict, check, review) => {
    expect(verdictOf(credit)).toBe(verdict);
    expect(verdictLabel(credit, "check")).toBe(check);
    expect(verdictLabel(credit, "review")).toBe(review);
  });
});

describe("checkedMessage", () => {
  const cases: [string, Question, Answer, string][] = [
    ["a right answer: the verdict and why", single, ["ecr"], "Right. ECR."],
    [
      "a wrong answer: the right one too",
      single,
      ["ecs"],
      "Not quite. The right answer: ECR. ECR.",
    ],
    [
      "partial credit: how much, and the right answer",
      multiple,
      ["a", "b"],
      "Partly right: 67% credit. The right answer: A; B; C. a, b and c.",
    ],
    [
      "an ordering: the right order",
      ordering,
      ["push", "build", "deploy", "run"],
      "Partly right: 33% credit. The right answer: Build; Push; Deploy; Run. In order.",
    ],
  ];
  it.each(cases)("%s", (_, question, answer, message) => {
    expect(checkedMessage(question, answer)).toBe(message);
  });

  it("says the explanation and answers as plain text, without Markdown", () => {
    const code: Question = {
      ...single,
      explanation: "Use `docker push`.",
      options: single.options.map((o) => (o.correct ? { ...o, text: "`ECR`" } : o)),
    };
    expect(checkedMessage(code, ["elb"])).toBe(
      "Not quite. The right answer: ECR. Use docker push.",
    );
  });
});
