import { hashString } from "../quiz/shuffle";
import {
  type Attempt,
  PROGRESS_VERSION,
  type ProgressData,
  progressDataSchema,
  type ProgressDataV1,
  progressDataV1Schema,
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
const SCHEMAS = { 1: progressDataV1Schema, 2: progressDataSchema } as const;

/**
 * Validates `state` as the shape of `version` and brings it up to the current version.
 * Migrations are pure and deterministic (ids derived from content, no clock), so two tabs
 * migrating the same stored value get the same result and merge cleanly.
 */
export function migrateProgress(state: unknown, version: number): ProgressData {
  const result = checkVersion(state, version);
  if (result.kind !== "ok") throw new Error(result.reason);
  return result.data;
}

/**
 * Reads the raw string `persist` keeps in storage (`{"state": …, "version": n}`): parses it,
 * validates it against the shape of its version and migrates it. Anything else is classified,
 * with a reason a learner can read: `corrupt` (not JSON, or a damaged shape), `foreign` (some
 * other program's value), `newer` (written by a later version of Dockside).
 */
export function readStoredValue(raw: string | null): ReadResult {
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
  return checkVersion(stored.data.state, stored.data.version);
}

/** Validates `state` as the shape of `version`, then migrates it to the current version. */
export function checkVersion(state: unknown, version: number): CheckResult {
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
  if (version === 2) {
    const parsed = SCHEMAS[2].safeParse(state);
    if (!parsed.success) return damaged(parsed.error.issues);
    return { kind: "ok", data: parsed.data, fromVersion: 2 };
  }
  return { kind: "foreign", reason: `format version ${version} is not one Dockside has used` };
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
