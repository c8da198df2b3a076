import type { ActiveAttempt, Attempt, ProgressData, ReadMark } from "./schema";

/**
 * How far past this device's clock a date read from storage or a file may be and still be
 * believed: another tab's clock, or another device's for an import, can be a little ahead.
 */
export const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Makes dates read from storage or a file harmless. The merge lets the later record win and
 * a reset erase everything saved before it, so a date in the future would win against
 * everything the learner does from now on, and a reset dated in the future would erase it all,
 * new marks included, and keep doing so:
 * - a record dated after `now` plus the skew is dated `now` instead: it stays, and what the
 *   learner does next is later, so it wins;
 * - a reset (`clearedAt`) dated after `now` plus the skew is dropped: a reset cannot come from
 *   the future, and dropping it keeps the records, where clamping it to now would erase them.
 *   (Its own reset emptied the store when it happened; only another tab's stale copy could
 *   bring something back, and bringing back beats erasing.) One within the skew is dated now,
 *   so that what the learner does from now on is after it, and kept.
 * Records already within range are returned as they are (the same objects), so the merge can
 * recognise them at no cost.
 */
export function clampDates(data: ProgressData, now: Date): ProgressData {
  const limit = new Date(now.getTime() + CLOCK_SKEW_MS).toISOString();
  const stamp = now.toISOString();
  const fix = (date: string) => (date > limit ? stamp : date);
  const future = (date: string) => date > limit;

  const attempts = mapChanged(data.attempts, (attempt): Attempt | undefined =>
    future(attempt.startedAt) || future(attempt.finishedAt) || future(attempt.savedAt)
      ? {
          ...attempt,
          startedAt: fix(attempt.startedAt),
          finishedAt: fix(attempt.finishedAt),
          savedAt: fix(attempt.savedAt),
        }
      : undefined,
  );
  const active = mapChanged(data.active, (attempt): ActiveAttempt | undefined =>
    future(attempt.startedAt) || future(attempt.updatedAt)
      ? { ...attempt, startedAt: fix(attempt.startedAt), updatedAt: fix(attempt.updatedAt) }
      : undefined,
  );
  let read = data.read;
  for (const [slug, mark] of Object.entries(data.read)) {
    if (!future(mark.at)) continue;
    if (read === data.read) read = { ...data.read };
    read[slug] = { ...mark, at: stamp } satisfies ReadMark;
  }
  const clearedAt =
    data.clearedAt === null || data.clearedAt <= stamp
      ? data.clearedAt
      : future(data.clearedAt)
        ? null
        : stamp;

  if (
    attempts === data.attempts &&
    active === data.active &&
    read === data.read &&
    clearedAt === data.clearedAt
  ) {
    return data;
  }
  return { attempts, active, read, clearedAt };
}

/** `items` with each item `change` returns a replacement for replaced; the same array if none. */
function mapChanged<T>(items: T[], change: (item: T) => T | undefined): T[] {
  let out: T[] | undefined;
  items.forEach((item, index) => {
    const next = change(item);
    if (next === undefined) return;
    out ??= [...items];
    out[index] = next;
  });
  return out ?? items;
}
