import { describe, expect, it } from "vitest";

import { importProgress, mergeProgress, sameProgress } from "@/lib/progress/merge";

import { active, at, attempt, progress } from "./helpers";

describe("mergeProgress", () => {
  it("keeps the attempts made in both tabs", () => {
    const tabA = progress({ attempts: [attempt({ id: "from-a", finishedAt: at(5) })] });
    const tabB = progress({ attempts: [attempt({ id: "from-b", finishedAt: at(6) })] });
    expect(mergeProgress(tabA, tabB).attempts.map((a) => a.id)).toEqual(["from-a", "from-b"]);
  });

  it("does not depend on the order of its arguments, and changes nothing merged with itself", () => {
    const a = progress({
      attempts: [attempt({ id: "1" }), attempt({ id: "2", finishedAt: at(9) })],
      active: [active({ id: "o1" })],
      read: { one: { read: true, at: at(3) } },
    });
    const b = progress({
      attempts: [attempt({ id: "3", finishedAt: at(7) }), attempt({ id: "1" })],
      active: [active({ id: "o1", updatedAt: at(4), position: 1 }), active({ id: "o2" })],
      read: { one: { read: false, at: at(8) }, two: { read: true, at: at(2) } },
    });
    const c = progress({ attempts: [attempt({ id: "4", finishedAt: at(1) })], clearedAt: at(0) });
    expect(sameProgress(mergeProgress(a, b), mergeProgress(b, a))).toBe(true);
    expect(sameProgress(mergeProgress(a, a), a)).toBe(true);
    expect(
      sameProgress(mergeProgress(mergeProgress(a, b), c), mergeProgress(a, mergeProgress(b, c))),
    ).toBe(true);
  });

  it("keeps the copy of an attempt in progress that changed last, until it is finished", () => {
    const older = active({ updatedAt: at(1), answers: { q1: ["x"] } });
    const newer = active({ updatedAt: at(2), answers: { q1: ["y"] }, position: 1 });
    expect(
      mergeProgress(progress({ active: [older] }), progress({ active: [newer] })).active,
    ).toEqual([newer]);
    const finished = attempt({ id: older.id });
    expect(
      mergeProgress(progress({ active: [newer] }), progress({ attempts: [finished] })).active,
    ).toEqual([]);
  });

  it("lets an abandoned attempt win over the same attempt still open elsewhere", () => {
    const open = active({ updatedAt: at(2) });
    const abandoned = { ...open, open: false, answers: {} };
    expect(
      mergeProgress(progress({ active: [open] }), progress({ active: [abandoned] })).active,
    ).toEqual([abandoned]);
  });

  it("keeps the latest read mark, so unmarking a lesson survives", () => {
    const merged = mergeProgress(
      progress({ read: { one: { read: true, at: at(1) } } }),
      progress({ read: { one: { read: false, at: at(2) }, two: { read: true, at: at(1) } } }),
    );
    expect(merged.read).toEqual({
      one: { read: false, at: at(2) },
      two: { read: true, at: at(1) },
    });
  });

  it("drops everything saved before a reset, on either side, and keeps what came after", () => {
    const beforeReset = progress({
      attempts: [attempt({ id: "old", savedAt: at(1) }), attempt({ id: "new", savedAt: at(9) })],
      active: [active({ updatedAt: at(2) })],
      read: { one: { read: true, at: at(1) } },
    });
    const afterReset = progress({ clearedAt: at(5) });
    const merged = mergeProgress(beforeReset, afterReset);
    expect(merged.attempts.map((a) => a.id)).toEqual(["new"]);
    expect(merged.active).toEqual([]);
    expect(merged.read).toEqual({});
    expect(merged.clearedAt).toBe(at(5));
  });
});

describe("importProgress", () => {
  it("adds the attempts and read marks the learner does not have, and counts them", () => {
    const current = progress({ attempts: [attempt({ id: "mine" })] });
    const file = progress({
      attempts: [attempt({ id: "mine" }), attempt({ id: "theirs", finishedAt: at(8) })],
      read: { one: { read: true, at: at(1) } },
    });
    const { data, added } = importProgress(current, file, at(30));
    expect(added).toBe(1);
    expect(data.attempts.map((a) => a.id)).toEqual(["mine", "theirs"]);
    expect(data.read.one?.read).toBe(true);
  });

  it("restores an export made before a reset", () => {
    const exported = progress({ attempts: [attempt({ id: "old", savedAt: at(1) })] });
    const afterReset = progress({ clearedAt: at(10) });
    const { data } = importProgress(afterReset, exported, at(20));
    expect(data.attempts.map((a) => a.id)).toEqual(["old"]);
    // Its dates stay what they were; only the time it arrived here is new.
    expect(data.attempts[0]).toMatchObject({ finishedAt: at(5), savedAt: at(20) });
  });
});
