import { describe, expect, it } from "vitest";

import {
  lessonOfQuiz,
  lessonQuizId,
  missedIn,
  mostMissed,
  openAttemptOf,
  summarizeQuiz,
} from "@/lib/progress/selectors";

import { active, at, attempt } from "./helpers";

describe("summarizeQuiz", () => {
  it("finds the best and the latest whole-quiz attempt, ignoring retries of missed ones", () => {
    const attempts = [
      attempt({ id: "1", score: 0.5, finishedAt: at(1) }),
      attempt({ id: "2", score: 0.9, finishedAt: at(2) }),
      attempt({ id: "3", score: 0.6, finishedAt: at(3) }),
      attempt({ id: "4", score: 1, scope: "missed", finishedAt: at(4) }),
      attempt({ id: "5", score: 1, quizId: "course", finishedAt: at(5) }),
    ];
    const summary = summarizeQuiz(attempts, "lesson:containers-on-aws");
    expect(summary.best?.id).toBe("2");
    expect(summary.latest?.id).toBe("3");
    expect(summary.count).toBe(3);
    expect(summarizeQuiz([], "x")).toEqual({ best: undefined, latest: undefined, count: 0 });
  });
});

describe("quiz ids", () => {
  it("name a lesson's quiz and find the lesson back", () => {
    expect(lessonQuizId("ship-to-fargate")).toBe("lesson:ship-to-fargate");
    expect(lessonOfQuiz("lesson:ship-to-fargate")).toBe("ship-to-fargate");
    expect(lessonOfQuiz("course")).toBeUndefined();
  });
});

describe("openAttemptOf", () => {
  it("resumes the open attempt of that quiz changed last", () => {
    const list = [
      active({ id: "a", updatedAt: at(1) }),
      active({ id: "b", updatedAt: at(3) }),
      active({ id: "c", updatedAt: at(5), open: false }),
      active({ id: "d", updatedAt: at(9), quizId: "course" }),
    ];
    expect(openAttemptOf(list, "lesson:containers-on-aws")?.id).toBe("b");
    expect(openAttemptOf(list, "review")).toBeUndefined();
  });
});

describe("missedIn and mostMissed", () => {
  const attempts = [
    attempt({
      id: "1",
      questionIds: ["a", "b", "c"],
      credit: { a: 0, b: 1, c: 0.5 },
      finishedAt: at(1),
    }),
    attempt({
      id: "2",
      questionIds: ["a", "b", "d"],
      credit: { a: 0, b: 0, d: 0 },
      finishedAt: at(2),
    }),
    attempt({ id: "3", questionIds: ["c", "b"], credit: { c: 1, b: 1 }, finishedAt: at(3) }),
  ];

  it("lists what did not earn full credit, partial credit included", () => {
    expect(missedIn(attempts[0]!)).toEqual(["a", "c"]);
  });

  it("ranks by misses, then share of misses, then the latest miss", () => {
    const ranked = mostMissed(attempts, { limit: 10 });
    expect(ranked.map((m) => [m.questionId, m.misses, m.asked])).toEqual([
      ["a", 2, 2],
      ["d", 1, 1],
      ["c", 1, 2],
      ["b", 1, 3],
    ]);
    expect(ranked[0]?.lastMissedAt).toBe(at(2));
  });

  it("keeps to the limit and to questions that still exist", () => {
    expect(mostMissed(attempts, { limit: 2 }).map((m) => m.questionId)).toEqual(["a", "d"]);
    expect(
      mostMissed(attempts, { limit: 10, exists: (id) => id !== "a" }).map((m) => m.questionId),
    ).toEqual(["d", "c", "b"]);
  });
});
