import { describe, expect, it } from "vitest";

import { migrateProgress, readStoredValue } from "@/lib/progress/migrate";
import { PROGRESS_VERSION, progressDataSchema } from "@/lib/progress/schema";

import { progress, progressFile } from "./helpers";

describe("migrateProgress from version 1", () => {
  const stored = JSON.parse(progressFile("saved by version 1.json")) as {
    state: unknown;
    version: number;
  };

  it("turns the version-1 fixture into valid current progress, keeping every attempt", () => {
    expect(stored.version).toBe(1);
    const data = migrateProgress(stored.state, stored.version);
    expect(progressDataSchema.safeParse(data).success).toBe(true);
    expect(data.attempts).toHaveLength(2);
    expect(data.attempts[0]).toMatchObject({
      quizId: "lesson:containers-on-aws",
      scope: "all",
      mode: "test",
      finishedAt: "2026-03-02T09:15:00.000Z",
      score: 0.75,
      questionIds: [
        "fargate-avoids",
        "ecs-stores-images",
        "registry-stores-images",
        "fargate-separate-service",
      ],
      credit: {
        "fargate-avoids": 1,
        "ecs-stores-images": 0,
        "registry-stores-images": 1,
        "fargate-separate-service": 1,
      },
      answers: { "fargate-avoids": ["managing-servers-and-ec2-instances"] },
    });
    expect(data.attempts[1]).toMatchObject({ quizId: "course", mode: "practice", score: 0.5 });
    expect(Object.keys(data.read)).toEqual(["containers-on-aws", "ecs-fargate-ecr-in-depth"]);
    expect(data.read["containers-on-aws"]?.read).toBe(true);
  });

  it("gives old attempts ids derived from their content, the same in every tab", () => {
    const first = migrateProgress(stored.state, 1);
    const second = migrateProgress(structuredClone(stored.state), 1);
    expect(first.attempts.map((a) => a.id)).toEqual(second.attempts.map((a) => a.id));
    expect(new Set(first.attempts.map((a) => a.id)).size).toBe(2);
  });

  it("refuses a version-1 value of the wrong shape", () => {
    expect(() => migrateProgress({ attempts: "none" }, 1)).toThrow(/damaged/);
  });
});

describe("readStoredValue", () => {
  const current = (state: unknown, version = PROGRESS_VERSION) =>
    JSON.stringify({ state, version });

  it("reads current progress as it is", () => {
    const result = readStoredValue(current(progress()));
    expect(result).toEqual({ kind: "ok", data: progress(), fromVersion: PROGRESS_VERSION });
  });

  it("migrates older progress", () => {
    const result = readStoredValue(progressFile("saved by version 1.json"));
    expect(result.kind).toBe("ok");
    expect(result.kind === "ok" && result.fromVersion).toBe(1);
  });

  it("says there is nothing when nothing is stored", () => {
    expect(readStoredValue(null)).toEqual({ kind: "empty" });
  });

  it("classifies what it cannot use, with a reason", () => {
    expect(readStoredValue("{not json")).toMatchObject({
      kind: "corrupt",
      reason: expect.stringMatching(/JSON/),
    });
    expect(readStoredValue('"just a string"')).toMatchObject({ kind: "foreign" });
    expect(readStoredValue('{"theme":"dark"}')).toMatchObject({ kind: "foreign" });
    expect(readStoredValue(current({}, 0))).toMatchObject({ kind: "foreign" });
    expect(readStoredValue(current({ anything: true }, PROGRESS_VERSION + 1))).toMatchObject({
      kind: "newer",
      reason: expect.stringMatching(/newer version/),
    });
    expect(readStoredValue(current({ ...progress(), attempts: [{ id: 1 }] }))).toMatchObject({
      kind: "corrupt",
      reason: expect.stringMatching(/damaged at attempts\.0/),
    });
  });
});
