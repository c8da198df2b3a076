import { hashString } from "../quiz/shuffle";
import { clampDates } from "./dates";
import {
  type Attempt,
  attemptSchema,
  MAX_ATTEMPTS,
  PROGRESS_VERSION,
  type ProgressData,
  progressDataSchema,
  type ProgressDataV1,
  progressDataV1Schema,
  progressDataV2Schema,
  progressShellSchema,
  type ReadMark,
  storedValueSchema,
} from "./schema";

/** The result of checking a value against the shape of its version. */
export type CheckResult =
  | { kind: "ok"; data: ProgressData; fromVersion: number }
  | { kind: "corrupt" | "foreign" | "newer"; reason: string };

/** The result of reading a stored value: as above, or nothing stored. */
export type ReadResult = CheckResult | { kind: "empty" };

/** Schemas of every shape ever stored, by version. Add the new one when you bump the version. */
const SCHEMAS = {
  1: progressDataV1Schema,
  2: progressDataV2Schema,
  3: progressDataSchema,
} as const;

/**
 * Validates `state` as the shape of `version` and brings it up to the current version, with
 * its dates clamped to `now` (dates.ts). Migrations are pure and deterministic (ids derived
 * from content, no clock), so two tabs migrating the same stored value get the same result and
 * merge cleanly.
 */
export function migrateProgress(
  state: unknown,
  version: number,
  now: Date = new Date(),
): ProgressData {
  const result = checkVersion(state, version, now);
  if (result.kind !== "ok") throw new Error(result.reason);
  return result.data;
}

/**
 * Reads the raw string `persist` keeps in storage (`{"state": …, "version": n}`): parses it,
 * validates it against the shape of its version and migrates it. Anything else is classified,
 * with a reason a learner can read: `corrupt` (not JSON, or a damaged shape), `foreign` (some
 * other program's value), `newer` (written by a later version of Dockside).
 */
export function readStoredValue(raw: string | null, now: Date = new Date()): ReadResult {
  if (raw === null) return { kind: "empty" };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: "corrupt", reason: "the saved progress is not valid JSON" };
  }
  const stored = storedValueSchema.safeParse(value);
  if (!stored.success) {
    return { kind: "foreign", reason: "the saved value does not look like Dockside progress" };
  }
  return checkVersion(stored.data.state, stored.data.version, now);
}

/**
 * Validates `state` as the shape of `version`, migrates it to the current version, and clamps
 * its dates to `now` (see dates.ts).
 */
export function checkVersion(state: unknown, version: number, now: Date = new Date()): CheckResult {
  const result = checkShape(state, version);
  return result.kind === "ok" ? { ...result, data: clampDates(result.data, now) } : result;
}

function checkShape(state: unknown, version: number): CheckResult {
  if (version > PROGRESS_VERSION) {
    return {
      kind: "newer",
      reason: `it was saved by a newer version of Dockside (format ${version}; this page reads up to ${PROGRESS_VERSION})`,
    };
  }
  if (version === 1) {
    const parsed = SCHEMAS[1].safeParse(state);
    if (!parsed.success) return damaged(parsed.error.issues);
    return { kind: "ok", data: fromV1(parsed.data), fromVersion: 1 };
  }
  // Version 2 → 3 adds only optional fields and a quiz id, so a version-2 value is read as it
  // is: its attempts keep their ids, and spaced review schedules from them (lib/review).
  if (version === 2 || version === 3) {
    const parsed = progressShellSchema.safeParse(state);
    if (!parsed.success) return damaged(parsed.error.issues);
    const attempts: Attempt[] = [];
    for (const [index, value] of parsed.data.attempts.entries()) {
      const attempt = checkAttempt(value);
      if (!attempt.success) {
        return damaged(
          attempt.error.issues.map((issue) => ({
            ...issue,
            path: ["attempts", index, ...issue.path],
          })),
        );
      }
      attempts.push(attempt.data);
    }
    return { kind: "ok", data: { ...parsed.data, attempts }, fromVersion: version };
  }
  return { kind: "foreign", reason: `format version ${version} is not one Dockside has used` };
}

/**
 * Attempts already checked, by their JSON text. An attempt never changes once recorded, so a
 * store read again (each time another tab saves, each time this one does) has only its new
 * attempts checked, and the rest come back as the same objects, which the merge then skips.
 */
const checkedAttempts = new Map<string, Attempt>();

function checkAttempt(value: unknown) {
  const text = JSON.stringify(value);
  const known = checkedAttempts.get(text);
  if (known) return { success: true as const, data: known };
  const parsed = attemptSchema.safeParse(value);
  if (parsed.success) {
    // Bounded: a store holds at most MAX_ATTEMPTS; an import brings as many again.
    if (checkedAttempts.size >= 3 * MAX_ATTEMPTS) checkedAttempts.clear();
    checkedAttempts.set(text, parsed.data);
  }
  return parsed;
}

function damaged(issues: readonly { path: PropertyKey[]; message: string }[]): CheckResult {
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.map(String).join(".")}` : "";
  return {
    kind: "corrupt",
    reason: `the data is damaged${where}: ${first?.message ?? "unexpected shape"}`,
  };
}

/** Version 1 → 2: attempts get ids and per-question credit, quiz ids get their kind. */
function fromV1(v1: ProgressDataV1): ProgressData {
  const attempts: Attempt[] = v1.attempts.map((old) => {
    const questionIds = [...new Set([...Object.keys(old.answers), ...old.missed])];
    const missed = new Set(old.missed);
    return {
      // Derived from the content, so the same old attempt gets the same id in every tab.
      id: `v1-${hashString(JSON.stringify(old)).toString(36)}`,
      quizId: old.quiz === "course" ? "course" : `lesson:${old.quiz}`,
      scope: "all",
      mode: old.mode,
      seed: "",
      startedAt: old.date,
      finishedAt: old.date,
      savedAt: old.date,
      questionIds,
      answers: old.answers,
      credit: Object.fromEntries(questionIds.map((id) => [id, missed.has(id) ? 0 : 1])),
      score: old.score / 100,
    };
  });
  // Version 1 kept no dates for read marks: date them at the epoch, earlier than any change.
  const read: Record<string, ReadMark> = Object.fromEntries(
    v1.read.map((slug) => [slug, { read: true, at: new Date(0).toISOString() }]),
  );
  return { attempts, active: [], read, clearedAt: null };
}
