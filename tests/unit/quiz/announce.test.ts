import { describe, expect, it } from "vitest";

import { finishedMessage, startedMessage } from "@/lib/quiz/announce";

describe("startedMessage and finishedMessage", () => {
  it.each([
    ["practice", 5, "Practice started: 5 questions."],
    ["test", 1, "Test started: 1 question."],
  ] as const)("%s with %i", (mode, count, message) => {
    expect(startedMessage(mode, count)).toBe(message);
  });

  it("counts only full credit as right", () => {
    expect(finishedMessage(0.5, { a: 1, b: 0.5, c: 0 }, ["a", "b", "c"])).toBe(
      "Quiz finished. Your score: 50%, 1 of 3 questions fully right.",
    );
    expect(finishedMessage(1, { a: 1 }, ["a"])).toBe(
      "Quiz finished. Your score: 100%, 1 of 1 questions fully right.",
    );
  });
});
