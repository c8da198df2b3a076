import { entryOf, hasEntry } from "./entries";
import {
  type ActiveAttempt,
  type Attempt,
  MAX_ACTIVE,
  type ProgressData,
  type ReadMark,
} from "./schema";

/**
 * Combines two copies of the learner's progress (this tab's and another tab's, or what is in
 * storage, or an imported file) so that nothing either side recorded is lost:
 * - finished attempts: the union, by id;
 * - attempts in progress: by id, the copy changed last; one that has since finished is dropped;
 * - read marks: per lesson, the mark made last;
 * - a reset (`clearedAt`) wins over everything saved before it, on either side;
 * - at most `MAX_ACTIVE` attempts in progress: the ones abandoned longest ago go first.
 * The result does not depend on the order of the arguments, and merging a copy into itself
 * changes nothing, so tabs that keep merging each other's writes settle on one value.
 */
export function mergeProgress(a: ProgressData, b: ProgressData): ProgressData {
  const clearedAt = later(a.clearedAt, b.clearedAt);
  const kept = (date: string) => clearedAt === null || date > clearedAt;

  const attempts = new Map<string, Attempt>();
  for (const attempt of [...a.attempts, ...b.attempts]) {
    const other = attempts.get(attempt.id);
    if (!other || pick(attempt, other, attempt.savedAt, other.savedAt) === attempt) {
      attempts.set(attempt.id, attempt);
    }
  }
  const finished = [...attempts.values()]
    .filter((attempt) => kept(attempt.savedAt))
    .sort((x, y) => compare(x.finishedAt, y.finishedAt) || compare(x.id, y.id));
  // Only the finished attempts that are kept: one a reset erased must not go on removing an
  // open copy changed since, or merging the result with either side again would differ.
  const finishedIds = new Set(finished.map((attempt) => attempt.id));

  const active = new Map<string, ActiveAttempt>();
  for (const attempt of [...a.active, ...b.active]) {
    const other = active.get(attempt.id);
    if (!other || pickActive(attempt, other) === attempt) active.set(attempt.id, attempt);
  }
  const inProgress = limitActive(
    [...active.values()].filter(
      (attempt) => !finishedIds.has(attempt.id) && kept(attempt.updatedAt),
    ),
  ).sort((x, y) => compare(x.startedAt, y.startedAt) || compare(x.id, y.id));

  const read: Record<string, ReadMark> = {};
  for (const slug of [...new Set([...Object.keys(a.read), ...Object.keys(b.read)])].sort()) {
    const x = entryOf(a.read, slug);
    const y = entryOf(b.read, slug);
    const mark = x && y ? pick(x, y, x.at, y.at) : (x ?? y)!;
    if (kept(mark.at)) read[slug] = mark;
  }

  return { attempts: finished, active: inProgress, read, clearedAt };
}

/**
 * Whether two copies hold the same progress (compared by content, not key order). Records
 * that are the same object are not compared further, so two copies sharing most of their
 * attempts (as they do after a merge) compare in little more than a pass over them.
 */
export function sameProgress(a: ProgressData, b: ProgressData): boolean {
  const sameList = <T>(x: readonly T[], y: readonly T[]) =>
    x === y || (x.length === y.length && x.every((item, i) => sameRecord(item, y[i])));
  const readKeys = Object.keys(a.read);
  return (
    a.clearedAt === b.clearedAt &&
    sameList(a.attempts, b.attempts) &&
    sameList(a.active, b.active) &&
    (a.read === b.read ||
      (readKeys.length === Object.keys(b.read).length &&
        readKeys.every((slug) => hasEntry(b.read, slug) && sameRecord(a.read[slug], b.read[slug]))))
  );
}

function sameRecord(x: unknown, y: unknown): boolean {
  return x === y || stableJson(x) === stableJson(y);
}

/**
 * At most `MAX_ACTIVE` attempts in progress. Abandoned ones are kept so that another tab's
 * open copy cannot bring them back; past the limit, those abandoned longest ago go, then the
 * open ones changed longest ago. Decided on the whole set, so both sides of a merge agree.
 */
function limitActive(attempts: ActiveAttempt[]): ActiveAttempt[] {
  if (attempts.length <= MAX_ACTIVE) return attempts;
  const byAge = [...attempts].sort(
    (x, y) =>
      Number(x.open) - Number(y.open) || compare(x.updatedAt, y.updatedAt) || compare(x.id, y.id),
  );
  const dropped = new Set(byAge.slice(0, attempts.length - MAX_ACTIVE));
  return attempts.filter((attempt) => !dropped.has(attempt));
}

/**
 * Merges an imported export into the current progress. Imported records the learner does not
 * have are dated now (`savedAt`), so an export made before a reset can still restore what the
 * reset removed. Attempts in progress are not part of exports.
 */
export function importProgress(current: ProgressData, imported: ProgressData, now: string) {
  const known = new Set(current.attempts.map((attempt) => attempt.id));
  const added = imported.attempts.filter((attempt) => !known.has(attempt.id));
  const incoming: ProgressData = {
    attempts: added.map((attempt) => ({ ...attempt, savedAt: now })),
    active: [],
    read: Object.fromEntries(
      Object.entries(imported.read)
        .filter(([slug]) => !hasEntry(current.read, slug))
        .map(([slug, mark]) => [slug, { ...mark, at: now }]),
    ),
    clearedAt: null,
  };
  return { data: mergeProgress(current, incoming), added: added.length };
}

function later(x: string | null, y: string | null): string | null {
  if (x === null) return y;
  if (y === null) return x;
  return x > y ? x : y;
}

/** The later of two records; on a tie, the one with the greater content, so both sides agree. */
function pick<T>(x: T, y: T, xDate: string, yDate: string): T {
  if (x === y) return x;
  if (xDate !== yDate) return xDate > yDate ? x : y;
  return stableJson(x) >= stableJson(y) ? x : y;
}

function pickActive(x: ActiveAttempt, y: ActiveAttempt): ActiveAttempt {
  // An abandoned copy wins a tie: "start over" must not be undone by a stale open copy.
  if (x.updatedAt === y.updatedAt && x.open !== y.open) return x.open ? y : x;
  return pick(x, y, x.updatedAt, y.updatedAt);
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** JSON with object keys sorted, so equal content gives equal text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([k1], [k2]) => compare(k1, k2)),
        )
      : inner,
  );
}
