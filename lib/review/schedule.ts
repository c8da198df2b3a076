import { type Card, createEmptyCard, fsrs, type Grade, Rating } from "ts-fsrs";

import { entryOf } from "../progress/entries";
import type { Attempt, Confidence } from "../progress/schema";
import type { ReviewItem } from "./items";

export type { ReviewItem } from "./items";

/**
 * Spaced review with FSRS (ts-fsrs). The schedule is not stored on its own: it is replayed from
 * the learner's finished attempts, which are stored, versioned, merged across tabs and exported
 * already. So two tabs can never disagree about it, an import brings it along, and a review
 * done in either tab counts. Each answer is one review, rated from its credit and confidence.
 */

// Whole days, no fuzz: the same answers give the same schedule in every tab and every test.
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false });

/** The FSRS rating of an answer: how well it was known, from its credit and the confidence. */
export function ratingOf(credit: number, confidence: Confidence | undefined): Grade {
  if (credit < 1) return credit > 0 ? Rating.Hard : Rating.Again;
  if (confidence === "guess") return Rating.Hard;
  if (confidence === "sure") return Rating.Easy;
  return Rating.Good;
}

/** One question's place in the schedule. */
export interface ScheduledQuestion {
  questionId: string;
  lessonSlug: string;
  /** When it is next due (ISO). */
  due: string;
  /** When it was last answered (ISO). */
  lastReview: string;
  /** Answers that count (those since the question last changed). */
  reviews: number;
  card: Card;
}

/**
 * Every question of `items` that has been answered, with its FSRS card. Answers to questions
 * the course no longer has are left out (they stay in the attempts), and an answer given when
 * the question read differently (its version changed) starts it afresh.
 */
export function buildSchedule(
  attempts: readonly Attempt[],
  items: readonly ReviewItem[],
): Map<string, ScheduledQuestion> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const ordered = [...attempts].sort((x, y) =>
    x.finishedAt < y.finishedAt ? -1 : x.finishedAt > y.finishedAt ? 1 : x.id < y.id ? -1 : 1,
  );
  const schedule = new Map<string, ScheduledQuestion>();
  for (const attempt of ordered) {
    const at = new Date(attempt.finishedAt);
    for (const id of attempt.questionIds) {
      const question = byId.get(id);
      if (!question) continue;
      const credit = entryOf(attempt.credit, id);
      if (credit === undefined) continue;
      const version = attempt.versions ? entryOf(attempt.versions, id) : undefined;
      if (version !== undefined && version !== question.version) {
        // Asked when it read differently: what came before no longer says anything.
        schedule.delete(id);
        continue;
      }
      const before = schedule.get(id);
      const card = before?.card ?? createEmptyCard<Card>(at);
      const confidence = attempt.confidence ? entryOf(attempt.confidence, id) : undefined;
      const next = scheduler.next(card, at, ratingOf(credit, confidence)).card;
      schedule.set(id, {
        questionId: id,
        lessonSlug: question.lessonSlug,
        due: next.due.toISOString(),
        lastReview: attempt.finishedAt,
        reviews: (before?.reviews ?? 0) + 1,
        card: next,
      });
    }
  }
  return schedule;
}

/** The end of the learner's day that `now` falls in (local time): "due today" means by then. */
export function endOfDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}

/** The questions due by the end of today, most overdue first. */
export function dueQuestions(
  schedule: ReadonlyMap<string, ScheduledQuestion>,
  now: Date,
): ScheduledQuestion[] {
  const limit = endOfDay(now).toISOString();
  return [...schedule.values()]
    .filter((entry) => entry.due <= limit)
    .sort((x, y) =>
      x.due < y.due ? -1 : x.due > y.due ? 1 : x.questionId < y.questionId ? -1 : 1,
    );
}

/** When the next question falls due after today, if any is scheduled. */
export function nextDue(
  schedule: ReadonlyMap<string, ScheduledQuestion>,
  now: Date,
): string | undefined {
  const limit = endOfDay(now).toISOString();
  let next: string | undefined;
  for (const entry of schedule.values()) {
    if (entry.due > limit && (next === undefined || entry.due < next)) next = entry.due;
  }
  return next;
}
