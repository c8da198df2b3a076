import { describe, expect, it } from "vitest";

import { CLOCK_SKEW_MS, clampDates } from "@/lib/progress/dates";
import { entryOf } from "@/lib/progress/entries";
import { parseProgressFile, toExportFile } from "@/lib/progress/file";
import { mergeProgress } from "@/lib/progress/merge";
import { readStoredValue } from "@/lib/progress/migrate";
import { MAX_ACTIVE, MAX_ATTEMPTS, PROGRESS_VERSION } from "@/lib/progress/schema";
import { missedIn, mostMissed, shownProgress } from "@/lib/progress/selectors";
import { PROGRESS_KEY } from "@/lib/progress/store";
import { listSetAside, MemoryStorage, serialize } from "@/lib/progress/storage";

import { single } from "../quiz/questions";
import { active, at, attempt, makeStore, progress } from "./helpers";

const exportOf = (data: Parameters<typeof toExportFile>[0]) =>
  toExportFile(data, new Date("2026-05-02T00:00:00Z"));
const stored = (state: unknown) => JSON.stringify({ state, version: PROGRESS_VERSION });

describe("ids from a file or storage", () => {
  it("refuses an import with a quiz id of a built-in key, saying where", () => {
    for (const quizId of [
      "lesson:__proto__",
      "lesson:",
      "__proto__",
      "constructor",
      "lesson:a/b",
    ]) {
      const result = parseProgressFile(exportOf(progress({ attempts: [attempt({ quizId })] })));
      expect(result.ok ? "accepted" : result.reason).toMatch(/damaged at attempts\.0\.quizId/);
    }
  });

  it("refuses keys that are not question ids or slugs", () => {
    // As JSON text, as storage or a file holds them: there `__proto__` is an ordinary key.
    const good = JSON.stringify(attempt());
    const withAttempt = (json: string) =>
      `{"state":{"attempts":[${json}],"active":[],"read":{},"clearedAt":null},"version":${PROGRESS_VERSION}}`;
    expect(readStoredValue(withAttempt(good)).kind).toBe("ok");
    for (const [from, to] of [
      ['"credit":{"q1":1', '"credit":{"constructor ":1,"q1":1'],
      ['"answers":{"q1":["x"]}', '"answers":{"q 1":["x"]}'],
      ['"answers":{"q1":["x"]}', '"answers":{"q1":["<script>"]}'],
      ['"questionIds":["q1"', '"questionIds":["__proto__"'],
      ['"seed":"seed"', '"seed":"x\\u0000"'],
    ]) {
      const json = good.replace(from!, to!);
      expect(json).not.toBe(good);
      expect(readStoredValue(withAttempt(json)).kind).toBe("corrupt");
    }
    // zod leaves a `__proto__` key out of the records it builds: it never reaches the data,
    // and no prototype changes.
    for (const [from, to] of [
      ['"credit":{"q1":1', '"credit":{"__proto__":{"polluted":1},"q1":1'],
      ['"answers":{"q1":["x"]}', '"answers":{"q1":{"__proto__":"x"},"__proto__":["y"]}'],
    ]) {
      const result = readStoredValue(withAttempt(good.replace(from!, to!)));
      const read = result.kind === "ok" ? result.data.attempts[0]! : undefined;
      for (const record of [read?.credit, read?.answers, read?.answers.q1]) {
        if (!record) continue;
        expect(Object.getPrototypeOf(record)).toBe(
          Array.isArray(record) ? Array.prototype : Object.prototype,
        );
        expect(Object.hasOwn(record, "__proto__")).toBe(false);
      }
      expect(({} as { polluted?: number }).polluted).toBeUndefined();
    }
    const withRead = (slug: string) =>
      `{"state":{"attempts":[],"active":[],"read":{${JSON.stringify(slug)}:{"read":true,"at":"${at(1)}"}},"clearedAt":null},"version":${PROGRESS_VERSION}}`;
    for (const slug of ["../x", "", "-x", "a b", "x".repeat(201)]) {
      expect(readStoredValue(withRead(slug)).kind).toBe("corrupt");
    }
    const proto = readStoredValue(withRead("__proto__"));
    expect(proto.kind === "ok" && Object.keys(proto.data.read)).toEqual([]);
  });

  it("refuses lists over their limits", () => {
    const many = Array.from({ length: MAX_ATTEMPTS + 1 }, (_, i) => attempt({ id: `a${i}` }));
    expect(readStoredValue(serialize(progress({ attempts: many }))).kind).toBe("corrupt");
    const questions = Array.from({ length: 501 }, (_, i) => `q${i}`);
    expect(
      readStoredValue(serialize(progress({ attempts: [attempt({ questionIds: questions })] })))
        .kind,
    ).toBe("corrupt");
  });

  it("keeps attempts of lessons the course no longer has, and counts them apart", () => {
    const data = progress({
      attempts: [
        attempt({ id: "kept", quizId: "lesson:containers-on-aws" }),
        attempt({ id: "gone", quizId: "lesson:constructor" }),
        attempt({ id: "course", quizId: "course" }),
      ],
      read: {
        constructor: { read: true, at: at(1) },
        "containers-on-aws": { read: true, at: at(1) },
      },
    });
    const result = parseProgressFile(exportOf(data));
    expect(result.ok && result.data.attempts).toHaveLength(3);
    const shown = shownProgress(data.attempts, data.read, new Set(["containers-on-aws"]));
    expect(shown.attempts.map((a) => a.id)).toEqual(["kept", "course"]);
    expect(shown).toMatchObject({ unknownAttempts: 1, unknownReadMarks: 1 });
  });

  it("never finds a built-in key in a lookup", () => {
    expect(entryOf({}, "constructor")).toBeUndefined();
    expect(entryOf({}, "__proto__")).toBeUndefined();
    expect(entryOf({ toString: 1 }, "toString")).toBe(1);
    const odd = attempt({ questionIds: ["constructor", "to-string"], credit: {} });
    expect(missedIn(odd)).toEqual(["constructor", "to-string"]);
    expect(mostMissed([odd], { limit: 5 }).map((m) => m.questionId)).toEqual([
      "constructor",
      "to-string",
    ]);
  });
});

describe("dates from the future", () => {
  const now = new Date(at(30));
  const future = "9999-12-31T23:59:59.000Z";

  it("are dated now for records, and dropped for a reset", () => {
    const data = progress({
      attempts: [attempt({ id: "x", savedAt: future, finishedAt: future }), attempt({ id: "y" })],
      active: [active({ updatedAt: future })],
      read: { one: { read: true, at: future } },
      clearedAt: future,
    });
    const clamped = clampDates(data, now);
    expect(clamped.clearedAt).toBeNull();
    expect(clamped.attempts[0]).toMatchObject({ savedAt: at(30), finishedAt: at(30) });
    expect(clamped.attempts[1]).toBe(data.attempts[1]);
    expect(clamped.active[0]?.updatedAt).toBe(at(30));
    expect(clamped.read.one?.at).toBe(at(30));
  });

  it("within the clock skew are believed for records; a reset within it is dated now", () => {
    const soon = new Date(now.getTime() + CLOCK_SKEW_MS).toISOString();
    const data = progress({
      attempts: [attempt({ savedAt: soon })],
      read: { one: { read: true, at: soon } },
    });
    expect(clampDates(data, now)).toBe(data);
    expect(clampDates({ ...data, clearedAt: soon }, now).clearedAt).toBe(at(30));
  });

  it("cannot erase the learner's attempts, nor stop new marks from being saved", async () => {
    const storage = new MemoryStorage();
    storage.setItem(
      PROGRESS_KEY,
      stored(progress({ attempts: [attempt({ id: "mine" })], clearedAt: future })),
    );
    const { store, hydrate } = makeStore(storage);
    await hydrate();
    expect(store.getState().attempts.map((a) => a.id)).toEqual(["mine"]);
    store.getState().setRead("one", true);
    const saved = JSON.parse(storage.getItem(PROGRESS_KEY)!) as { state: unknown };
    expect(saved.state).toMatchObject({
      attempts: [{ id: "mine" }],
      read: { one: { read: true } },
      clearedAt: null,
    });
  });

  it("written by another tab do not erase this one's progress either", async () => {
    const storage = new MemoryStorage();
    const { store, hydrate, receiveRaw } = makeStore(storage);
    await hydrate();
    store.getState().setRead("one", true);
    const planted = stored(
      progress({ read: { two: { read: true, at: future } }, clearedAt: future }),
    );
    storage.setItem(PROGRESS_KEY, planted);
    receiveRaw(planted);
    expect(Object.keys(store.getState().read)).toEqual(["one", "two"]);
    store.getState().setRead("two", false);
    expect(store.getState().read.two?.read).toBe(false);
    const saved = JSON.parse(storage.getItem(PROGRESS_KEY)!) as {
      state: { read: Record<string, { read: boolean }> };
    };
    expect(saved.state.read.two?.read).toBe(false);
  });
});

describe("Reset", () => {
  it("recovers when saving was stuck on a value that could not be set aside", async () => {
    class Stubborn extends MemoryStorage {
      refuse = true;
      override setItem(key: string, value: string) {
        if (this.refuse && key.includes(".set-aside."))
          throw Object.assign(new Error("quota"), { name: "QuotaExceededError" });
        super.setItem(key, value);
      }
    }
    const storage = new Stubborn();
    storage.setItem(PROGRESS_KEY, "{corrupt");
    const { store, runtime, hydrate } = makeStore(storage);
    await hydrate();
    store.getState().setRead("one", true);
    expect(runtime.getState().storage).toBe("full");
    expect(storage.getItem(PROGRESS_KEY)).toBe("{corrupt");

    storage.refuse = false;
    store.getState().reset();
    expect(runtime.getState().storage).toBe("ok");
    expect(listSetAside(storage, PROGRESS_KEY).map((e) => e.value)).toEqual(["{corrupt"]);
    store.getState().setRead("two", true);
    const saved = JSON.parse(storage.getItem(PROGRESS_KEY)!) as { state: { read: object } };
    expect(Object.keys(saved.state.read)).toEqual(["two"]);
  });
});

describe("limits", () => {
  it("keeps at most MAX_ACTIVE attempts in progress, dropping the oldest abandoned first", () => {
    const many = Array.from({ length: MAX_ACTIVE + 5 }, (_, i) =>
      active({
        id: `o${i}`,
        open: i >= 10,
        updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      }),
    );
    const merged = mergeProgress(progress({ active: many }), progress());
    expect(merged.active).toHaveLength(MAX_ACTIVE);
    expect(merged.active.map((a) => a.id)).not.toContain("o0");
    expect(merged.active.filter((a) => a.open)).toHaveLength(MAX_ACTIVE + 5 - 10);
  });

  it("refuses an import that would make more attempts than can be kept", async () => {
    const { store, hydrate } = makeStore();
    await hydrate();
    const many = Array.from({ length: MAX_ATTEMPTS }, (_, i) => attempt({ id: `f${i}` }));
    expect(store.getState().importData(progress({ attempts: many }))).toEqual({
      added: MAX_ATTEMPTS,
    });
    const id = store
      .getState()
      .startAttempt({ quizId: "lesson:l", mode: "test", scope: "all", questionIds: ["single"] });
    store.getState().finish(id, [single]);
    const more = progress({ attempts: [attempt({ id: "one-more" })] });
    expect(store.getState().importData(more)).toEqual({ added: 0, tooMany: true });
    expect(store.getState().attempts).toHaveLength(MAX_ATTEMPTS + 1);
  });
});
