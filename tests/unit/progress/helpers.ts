import { readFileSync } from "node:fs";
import path from "node:path";

import type { ActiveAttempt, Attempt, ProgressData } from "@/lib/progress/schema";
import { emptyProgress } from "@/lib/progress/schema";
import { createProgressStore } from "@/lib/progress/store";
import { MemoryStorage } from "@/lib/progress/storage";

/** A fixture under tests/fixtures/progress files/, as text. */
export function progressFile(name: string): string {
  return readFileSync(path.resolve(__dirname, "../../fixtures/progress files", name), "utf8");
}

/** `2026-05-01T10:00:<n>.000Z`-style dates: minute n of a fixed day. */
export function at(minute: number): string {
  return new Date(Date.UTC(2026, 4, 1, 10, minute)).toISOString();
}

export function attempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: "a1",
    quizId: "lesson:containers-on-aws",
    scope: "all",
    mode: "test",
    seed: "seed",
    startedAt: at(0),
    finishedAt: at(5),
    savedAt: at(5),
    questionIds: ["q1", "q2"],
    answers: { q1: ["x"] },
    credit: { q1: 1, q2: 0 },
    score: 0.5,
    ...overrides,
  };
}

export function active(overrides: Partial<ActiveAttempt> = {}): ActiveAttempt {
  return {
    id: "open-1",
    quizId: "lesson:containers-on-aws",
    scope: "all",
    mode: "practice",
    seed: "seed",
    startedAt: at(0),
    updatedAt: at(1),
    questionIds: ["q1", "q2"],
    answers: {},
    checked: [],
    position: 0,
    open: true,
    ...overrides,
  };
}

export function progress(overrides: Partial<ProgressData> = {}): ProgressData {
  return { ...emptyProgress(), ...overrides };
}

/** A clock that moves one second forward each time it is read. */
export function tickingClock(start = Date.UTC(2026, 4, 1, 12, 0)) {
  let now = start;
  return () => new Date((now += 1000));
}

/** A progress store on `storage`, with a ticking clock and predictable ids. */
export function makeStore(
  storage: MemoryStorage | (() => never) = new MemoryStorage(),
  name = "s",
) {
  let n = 0;
  return createProgressStore({
    backend: typeof storage === "function" ? storage : () => storage,
    now: tickingClock(),
    newId: () => `${name}-${++n}`,
    newSeed: () => `${name}-seed-${n}`,
  });
}
