import { Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";

import { getContentPaths } from "@/lib/content";
import { loadCourse } from "@/lib/content/course";
import { mergeProgress } from "@/lib/progress/merge";
import { migrateProgress } from "@/lib/progress/migrate";
import { progressDataSchema } from "@/lib/progress/schema";
import { loadQuizBank } from "@/lib/quiz/load";
import type { Attempt } from "@/lib/progress/schema";
import type { Question } from "@/lib/quiz/model";
import { questionVersion } from "@/lib/quiz/version";
import { calibrate } from "@/lib/review/calibration";
import { buildSchedule as build, dueQuestions, nextDue, ratingOf } from "@/lib/review/schedule";
import { reviewItems } from "@/lib/review/items";

import { attempt, progress, progressFile } from "../progress/helpers";
import { matching, single, trueFalse } from "../quiz/questions";

const buildSchedule = (attempts: Attempt[], questions: Question[]) =>
  build(attempts, reviewItems(questions));

const day = (n: number, hour = 10) => new Date(Date.UTC(2026, 4, n, hour)).toISOString();

describe("ratingOf", () => {
  it("rates an answer from its credit and the learner's confidence", () => {
    expect(ratingOf(0, "sure")).toBe(Rating.Again);
    expect(ratingOf(0.5, undefined)).toBe(Rating.Hard);
    expect(ratingOf(1, "guess")).toBe(Rating.Hard);
    expect(ratingOf(1, "unsure")).toBe(Rating.Good);
    expect(ratingOf(1, undefined)).toBe(Rating.Good);
    expect(ratingOf(1, "sure")).toBe(Rating.Easy);
  });
});

describe("buildSchedule", () => {
  const questions: Question[] = [single, trueFalse, matching];

  it("schedules every answered question: a wrong one sooner than a sure right one", () => {
    const schedule = buildSchedule(
      [
        attempt({
          id: "a",
          finishedAt: day(1),
          questionIds: ["single", "tf"],
          credit: { single: 0, tf: 1 },
          confidence: { tf: "sure" },
        }),
      ],
      questions,
    );
    expect([...schedule.keys()].sort()).toEqual(["single", "tf"]);
    expect(schedule.get("single")!.due < schedule.get("tf")!.due).toBe(true);
    expect(schedule.get("single")!.due).toBe(day(2));
    expect(schedule.get("matching")).toBeUndefined();
  });

  it("replays answers in order, so a question answered right again waits longer", () => {
    const once = buildSchedule(
      [attempt({ id: "a", finishedAt: day(1), questionIds: ["single"], credit: { single: 1 } })],
      questions,
    );
    const twice = buildSchedule(
      [
        attempt({ id: "b", finishedAt: day(4), questionIds: ["single"], credit: { single: 1 } }),
        attempt({ id: "a", finishedAt: day(1), questionIds: ["single"], credit: { single: 1 } }),
      ],
      questions,
    );
    expect(twice.get("single")!.reviews).toBe(2);
    const gap = (iso: string, from: string) => Date.parse(iso) - Date.parse(from);
    expect(gap(twice.get("single")!.due, day(4))).toBeGreaterThan(
      gap(once.get("single")!.due, day(1)),
    );
  });

  it("drops a question the course no longer has, and keeps the rest", () => {
    const schedule = buildSchedule(
      [
        attempt({
          questionIds: ["single", "gone"],
          credit: { single: 1, gone: 0 },
          finishedAt: day(1),
        }),
      ],
      questions,
    );
    expect([...schedule.keys()]).toEqual(["single"]);
  });

  it("starts a changed question afresh: answers to its old wording no longer count", () => {
    const old = attempt({
      id: "a",
      finishedAt: day(1),
      questionIds: ["single"],
      credit: { single: 1 },
      versions: { single: questionVersion(single) },
    });
    expect(buildSchedule([old], [single]).get("single")!.reviews).toBe(1);
    const changed: Question = { ...single, prompt: "Which service stores container images?" };
    expect(questionVersion(changed)).not.toBe(questionVersion(single));
    expect(buildSchedule([old], [changed]).get("single")).toBeUndefined();
    // A new explanation is not a new question.
    const explained: Question = { ...single, explanation: "Amazon ECR is the registry." };
    expect(buildSchedule([old], [explained]).get("single")!.reviews).toBe(1);
    // Answers given since the change count again.
    const since = attempt({
      id: "b",
      finishedAt: day(3),
      questionIds: ["single"],
      credit: { single: 0 },
      versions: { single: questionVersion(changed) },
    });
    expect(buildSchedule([old, since], [changed]).get("single")).toMatchObject({
      reviews: 1,
      due: day(4),
    });
  });

  it("is the same whichever tab's copy it is built from, after a merge", () => {
    const a = progress({
      attempts: [attempt({ id: "a", finishedAt: day(1), savedAt: day(1) })],
    });
    const b = progress({
      attempts: [
        attempt({
          id: "b",
          finishedAt: day(2),
          savedAt: day(2),
          questionIds: ["single"],
          credit: { single: 1 },
        }),
      ],
    });
    const q = [{ ...single, id: "q1" }, { ...trueFalse, id: "q2" }, single];
    const one = buildSchedule(mergeProgress(a, b).attempts, q);
    const other = buildSchedule(mergeProgress(b, a).attempts, q);
    expect([...one.entries()]).toEqual([...other.entries()]);
    expect([...one.keys()].sort()).toEqual(["q1", "q2", "single"]);
  });
});

describe("dueQuestions", () => {
  const schedule = buildSchedule(
    [
      attempt({ id: "a", finishedAt: day(1), questionIds: ["single"], credit: { single: 0 } }),
      attempt({ id: "b", finishedAt: day(2), questionIds: ["tf"], credit: { tf: 0 } }),
      attempt({
        id: "c",
        finishedAt: day(2),
        questionIds: ["matching"],
        credit: { matching: 1 },
        confidence: { matching: "sure" },
      }),
    ],
    [single, trueFalse, matching],
  );

  it("lists what is due by the end of today, most overdue first", () => {
    expect(dueQuestions(schedule, new Date(day(1, 12)))).toEqual([]);
    expect(dueQuestions(schedule, new Date(day(2, 0))).map((e) => e.questionId)).toEqual([
      "single",
    ]);
    expect(dueQuestions(schedule, new Date(day(5, 9))).map((e) => e.questionId)).toEqual([
      "single",
      "tf",
    ]);
    expect(nextDue(schedule, new Date(day(5, 9)))! > day(5, 23)).toBe(true);
  });
});

describe("calibrate", () => {
  it("counts how often sure answers were right, and lists the two kinds to revisit", () => {
    const result = calibrate([
      attempt({
        id: "a",
        finishedAt: day(1),
        questionIds: ["q1", "q2", "q3", "q4"],
        credit: { q1: 1, q2: 0, q3: 1, q4: 1 },
        confidence: { q1: "sure", q2: "sure", q3: "unsure", q4: "guess" },
      }),
      attempt({
        id: "b",
        finishedAt: day(2),
        questionIds: ["q3", "q5"],
        credit: { q3: 1, q5: 0 },
        confidence: { q3: "sure" },
      }),
    ]);
    expect(result.sure).toEqual({ right: 2, total: 3 });
    expect(result.unsure).toEqual({ right: 1, total: 1 });
    expect(result.guess).toEqual({ right: 1, total: 1 });
    // q3 was unsure, then sure: its latest answer decides.
    expect(result.rightButUnsure).toEqual(["q4"]);
    expect(result.wrongButSure).toEqual(["q2"]);
  });
});

describe("progress saved by version 2", () => {
  const stored = JSON.parse(progressFile("saved by version 2.json")) as {
    state: unknown;
    version: number;
  };

  it("migrates with every attempt kept as it was, and schedules from them", async () => {
    expect(stored.version).toBe(2);
    const data = migrateProgress(stored.state, stored.version, new Date("2026-12-02T12:00:00Z"));
    expect(progressDataSchema.safeParse(data).success).toBe(true);
    const before = stored.state as { attempts: unknown[]; active: unknown[] };
    expect(data.attempts).toEqual(before.attempts);
    expect(data.active).toEqual(before.active);
    expect(data.read["containers-on-aws"]?.read).toBe(true);

    const paths = getContentPaths();
    const { bank } = await loadQuizBank({ course: await loadCourse(paths), ...paths });
    const questions = bank.quizzes.flatMap((quiz) => quiz.questions);
    const schedule = buildSchedule(data.attempts, questions);
    // The removed question drops out; the rest are scheduled, the re-answered one twice.
    expect([...schedule.keys()].sort()).toEqual([
      "ecs-stores-images",
      "fargate-avoids",
      "registry-stores-images",
    ]);
    expect(schedule.get("registry-stores-images")!.reviews).toBe(2);
    // Answered right on 30 November: due again three days later; nothing is due before.
    expect(dueQuestions(schedule, new Date("2026-12-02T12:00:00Z"))).toEqual([]);
    expect(
      dueQuestions(schedule, new Date("2026-12-03T12:00:00Z")).map((e) => e.questionId),
    ).toEqual(["ecs-stores-images", "fargate-avoids"]);
  });
});
