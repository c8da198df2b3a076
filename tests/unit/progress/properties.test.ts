import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { CLOCK_SKEW_MS, clampDates } from "@/lib/progress/dates";
import { parseProgressFile, toExportFile } from "@/lib/progress/file";
import { mergeProgress, sameProgress } from "@/lib/progress/merge";
import { readStoredValue } from "@/lib/progress/migrate";
import {
  type ActiveAttempt,
  type Attempt,
  PROGRESS_VERSION,
  type ProgressData,
  progressDataSchema,
  QUIZ_ID,
} from "@/lib/progress/schema";
import { PROGRESS_KEY } from "@/lib/progress/store";
import { listSetAside, MemoryStorage } from "@/lib/progress/storage";

import { makeStore } from "./helpers";

// Property tests: generated input, valid and hostile, thrown at the import, the storage reader,
// the merge and the store. The fixed clock of the stores in helpers.ts starts here.
const NOW = new Date(Date.UTC(2026, 4, 1, 12, 0));
const LIMIT = new Date(NOW.getTime() + CLOCK_SKEW_MS).toISOString();

const date = fc.oneof(
  fc
    .integer({ min: Date.UTC(2025, 0, 1), max: NOW.getTime() })
    .map((t) => new Date(t).toISOString()),
  fc.constantFrom(
    "9999-12-31T23:59:59.999Z",
    "2030-01-01T00:00:00.000Z",
    new Date(NOW.getTime() + CLOCK_SKEW_MS - 1000).toISOString(),
    "1970-01-01T00:00:00.000Z",
  ),
);
const id = fc.constantFrom("a", "b", "c", "d", "v1-x9");
const itemId = fc.constantFrom("q1", "q2", "constructor", "to-string", "has-own-property");
const quizId = fc.constantFrom(
  "lesson:containers-on-aws",
  "lesson:constructor",
  "course",
  "review",
);
const answer = fc.oneof(
  fc.array(itemId, { maxLength: 3 }),
  fc.dictionary(itemId, itemId, { maxKeys: 3 }),
);

const attemptArb: fc.Arbitrary<Attempt> = fc.record({
  id,
  quizId,
  scope: fc.constantFrom("all", "missed"),
  mode: fc.constantFrom("practice", "test"),
  seed: fc.constantFrom("", "seed"),
  startedAt: date,
  finishedAt: date,
  savedAt: date,
  questionIds: fc.uniqueArray(itemId, { maxLength: 4 }),
  answers: fc.dictionary(itemId, answer, { maxKeys: 3 }),
  credit: fc.dictionary(itemId, fc.double({ min: 0, max: 1, noNaN: true }), { maxKeys: 3 }),
  score: fc.double({ min: 0, max: 1, noNaN: true }),
});

const activeArb: fc.Arbitrary<ActiveAttempt> = fc.record({
  id,
  quizId,
  scope: fc.constantFrom("all", "missed"),
  mode: fc.constantFrom("practice", "test"),
  seed: fc.constant("seed"),
  startedAt: date,
  updatedAt: date,
  questionIds: fc.uniqueArray(itemId, { maxLength: 3 }),
  answers: fc.dictionary(itemId, answer, { maxKeys: 2 }),
  checked: fc.uniqueArray(itemId, { maxLength: 2 }),
  position: fc.nat({ max: 3 }),
  open: fc.boolean(),
});

const progressArb: fc.Arbitrary<ProgressData> = fc.record({
  attempts: fc.array(attemptArb, { maxLength: 6 }),
  active: fc.array(activeArb, { maxLength: 3 }),
  read: fc.dictionary(
    fc.constantFrom("one", "two", "constructor", "containers-on-aws"),
    fc.record({ read: fc.boolean(), at: date }),
    { maxKeys: 3 },
  ),
  clearedAt: fc.option(date, { nil: null }),
});

/** Values an attacker would put in any field. */
const hostileValue = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "lesson:__proto__",
    "constructor",
    "lesson:",
    "",
    1e300,
    -1,
    NaN,
    null,
    "9999-12-31T23:59:59.999Z",
    "x".repeat(5_000),
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A JSON value with one field somewhere in `progress` replaced by a hostile value. */
function mutated(data: ProgressData) {
  return fc
    .tuple(
      fc.constantFrom("attempts", "active", "read", "clearedAt"),
      fc.nat(),
      fc.string({ maxLength: 12 }),
      hostileValue,
    )
    .map(([part, index, key, value]) => {
      const copy = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
      const target = copy[part];
      if (Array.isArray(target) && target.length > 0) {
        const item = target[index % target.length] as Record<string, unknown>;
        const keys = Object.keys(item);
        const field = index % 3 === 0 ? key : keys[index % keys.length]!;
        // As JSON would: an own property, even for `__proto__`.
        Object.defineProperty(item, field, { value, enumerable: true, writable: true });
      } else if (part === "read" && target && typeof target === "object") {
        Object.defineProperty(target, index % 2 ? key : "__proto__", {
          value,
          enumerable: true,
          writable: true,
        });
      } else copy[part] = value;
      return copy;
    });
}

/** What every value the app accepts must satisfy, whatever it was given. */
function expectSafe(data: ProgressData) {
  expect(progressDataSchema.safeParse(data).success).toBe(true);
  for (const attempt of [...data.attempts, ...data.active]) {
    expect(attempt.quizId).toMatch(QUIZ_ID);
    expect(attempt.startedAt <= LIMIT).toBe(true);
  }
  for (const attempt of data.attempts) expect(attempt.savedAt <= LIMIT).toBe(true);
  for (const attempt of data.active) expect(attempt.updatedAt <= LIMIT).toBe(true);
  for (const [slug, mark] of Object.entries(data.read)) {
    expect(slug).not.toBe("__proto__");
    expect(mark.at <= LIMIT).toBe(true);
  }
  expect(data.clearedAt === null || data.clearedAt <= LIMIT).toBe(true);
}

describe("import, given any file", () => {
  it("accepts only safe progress, refuses the rest with a reason, and never throws", () => {
    const file = fc.oneof(
      progressArb.map((data) => toExportFile(data, NOW)),
      progressArb.chain(mutated).map((progress) =>
        JSON.stringify({
          format: "dockside-progress",
          version: PROGRESS_VERSION,
          exportedAt: NOW.toISOString(),
          progress,
        }),
      ),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.string(),
    );
    fc.assert(
      fc.property(file, (text) => {
        const result = parseProgressFile(text, NOW);
        if (result.ok) expectSafe(result.data);
        else expect(result.reason.length).toBeGreaterThan(10);
      }),
      { numRuns: 500 },
    );
  });
});

describe("the storage reader, given any stored value", () => {
  it("classifies it, and what it accepts is safe", () => {
    const raw = fc.oneof(
      progressArb.map((state) => JSON.stringify({ state, version: PROGRESS_VERSION })),
      progressArb
        .chain(mutated)
        .map((state) => JSON.stringify({ state, version: PROGRESS_VERSION })),
      fc
        .jsonValue()
        .map((state) => JSON.stringify({ state, version: fc.sample(fc.integer(), 1)[0] })),
      fc.string(),
    );
    fc.assert(
      fc.property(raw, (value) => {
        const result = readStoredValue(value, NOW);
        expect(["ok", "corrupt", "foreign", "newer"]).toContain(result.kind);
        if (result.kind === "ok") expectSafe(result.data);
      }),
      { numRuns: 500 },
    );
  });

  it("never loses it: the page loads, and the value is read or set aside as it was", async () => {
    const raw = fc.oneof(
      progressArb.map((state) => JSON.stringify({ state, version: PROGRESS_VERSION })),
      progressArb
        .chain(mutated)
        .map((state) => JSON.stringify({ state, version: PROGRESS_VERSION })),
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(raw, fc.boolean(), async (value, mark) => {
        const storage = new MemoryStorage();
        storage.setItem(PROGRESS_KEY, value);
        const { store, runtime, hydrate } = makeStore(storage);
        await hydrate();
        expectSafe(store.getState());
        // A new mark is saved, whatever was there (a future reset cannot swallow it).
        store.getState().setRead("fresh-lesson", mark);
        const saved = readStoredValue(storage.getItem(PROGRESS_KEY), NOW);
        expect(saved.kind === "ok" && saved.data.read["fresh-lesson"]?.read).toBe(mark);
        expect(runtime.getState().storage).toBe("ok");
        const aside = listSetAside(storage, PROGRESS_KEY).map((entry) => entry.value);
        if (readStoredValue(value, NOW).kind === "ok") expect(aside).toEqual([]);
        else expect(aside).toEqual([value]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the merge, given any two copies", () => {
  const clamped = progressArb.map((data) => clampDates(data, NOW));

  it("does not depend on their order, settles, and keeps every record the reset does not cover", () => {
    fc.assert(
      fc.property(clamped, clamped, (a, b) => {
        const ab = mergeProgress(a, b);
        expect(sameProgress(ab, mergeProgress(b, a))).toBe(true);
        expect(sameProgress(mergeProgress(ab, ab), ab)).toBe(true);
        expect(sameProgress(mergeProgress(ab, a), ab)).toBe(true);
        const ids = new Set(ab.attempts.map((attempt) => attempt.id));
        for (const attempt of [...a.attempts, ...b.attempts]) {
          if (ab.clearedAt === null || attempt.savedAt > ab.clearedAt) {
            expect(ids.has(attempt.id)).toBe(true);
          }
        }
        expectSafe(ab);
      }),
      { numRuns: 500 },
    );
  });

  it("lets no date from storage or a file outrank what the learner does next", () => {
    fc.assert(
      fc.property(progressArb, (hostile) => {
        const stored = clampDates(hostile, NOW);
        const next = new Date(NOW.getTime() + CLOCK_SKEW_MS + 1000).toISOString();
        const mine: ProgressData = {
          attempts: [],
          active: [],
          read: { one: { read: false, at: next } },
          clearedAt: null,
        };
        const merged = mergeProgress(stored, mine);
        expect(merged.read.one).toEqual({ read: false, at: next });
        // Nothing of the stored copy is erased by a reset it carried from the future.
        if (hostile.clearedAt !== null && hostile.clearedAt > LIMIT) {
          expect(merged.attempts.length).toBe(new Set(hostile.attempts.map((a) => a.id)).size);
        }
      }),
      { numRuns: 500 },
    );
  });
});
