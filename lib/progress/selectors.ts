import { entryOf } from "./entries";
import type { ActiveAttempt, Attempt, ReadMark } from "./schema";

/** Quiz id of a lesson's quiz in progress records. If you change it, add a migration. */
export const lessonQuizId = (slug: string) => `lesson:${slug}`;
/** Quiz id of the whole-course self-assessment (`/quiz`). */
export const COURSE_QUIZ_ID = "course";
/** Quiz id of the "review these" quiz of most-missed questions (`/progress`). */
export const REVIEW_QUIZ_ID = "review";

/** Quiz id of a spaced-review session of the questions due (`/review`). */
export const DUE_QUIZ_ID = "due";

/** The lesson a quiz id belongs to, if it is a lesson's quiz. */
export function lessonOfQuiz(quizId: string): string | undefined {
  return quizId.startsWith("lesson:") ? quizId.slice("lesson:".length) : undefined;
}

/** Whether `quizId` names a quiz the course has now: a lesson of `lessonSlugs`, or course or review. */
export function isKnownQuiz(quizId: string, lessonSlugs: ReadonlySet<string>): boolean {
  if (quizId === COURSE_QUIZ_ID || quizId === REVIEW_QUIZ_ID || quizId === DUE_QUIZ_ID) return true;
  const slug = lessonOfQuiz(quizId);
  return slug !== undefined && lessonSlugs.has(slug);
}

/** What of the learner's progress the course can show, and how much it cannot. */
export interface ShownProgress {
  /** Attempts of quizzes the course has. */
  attempts: Attempt[];
  /** Attempts of quizzes it no longer has (a lesson removed or renamed): kept, not shown. */
  unknownAttempts: number;
  /** Read marks of lessons it no longer has: kept, not shown. */
  unknownReadMarks: number;
}

/**
 * Splits progress into what belongs to the course as it is now and a count of the rest. The
 * rest stays in the data (a lesson may come back, an export carries it on); pages show the count.
 */
export function shownProgress(
  attempts: readonly Attempt[],
  read: Readonly<Record<string, ReadMark>>,
  lessonSlugs: ReadonlySet<string>,
): ShownProgress {
  const shown = attempts.filter((attempt) => isKnownQuiz(attempt.quizId, lessonSlugs));
  return {
    attempts: shown,
    unknownAttempts: attempts.length - shown.length,
    unknownReadMarks: Object.keys(read).filter((slug) => !lessonSlugs.has(slug)).length,
  };
}

/** The attempt of `quizId` to resume: the open one changed last. */
export function openAttemptOf(
  active: readonly ActiveAttempt[],
  quizId: string,
): ActiveAttempt | undefined {
  let found: ActiveAttempt | undefined;
  for (const attempt of active) {
    if (attempt.quizId !== quizId || !attempt.open) continue;
    if (!found || attempt.updatedAt > found.updatedAt) found = attempt;
  }
  return found;
}

/** Attempts of `quizId` that covered the whole quiz, oldest first. */
export function fullAttemptsOf(attempts: readonly Attempt[], quizId: string): Attempt[] {
  return attempts.filter((attempt) => attempt.quizId === quizId && attempt.scope === "all");
}

export interface QuizSummary {
  /** The highest score; the earliest of equal ones. */
  best?: Attempt;
  latest?: Attempt;
  /** Whole-quiz attempts (retries of missed questions not counted). */
  count: number;
}

/** Best and latest score of a quiz, from whole-quiz attempts only. */
export function summarizeQuiz(attempts: readonly Attempt[], quizId: string): QuizSummary {
  const full = fullAttemptsOf(attempts, quizId);
  let best: Attempt | undefined;
  for (const attempt of full) if (!best || attempt.score > best.score) best = attempt;
  return { best, latest: full[full.length - 1], count: full.length };
}

/** Ids of the questions of an attempt that did not earn full credit, in the order asked. */
export function missedIn(attempt: Pick<Attempt, "questionIds" | "credit">): string[] {
  return attempt.questionIds.filter((id) => (entryOf(attempt.credit, id) ?? 0) < 1);
}

export interface MissedQuestion {
  questionId: string;
  /** Attempts in which it earned less than full credit. */
  misses: number;
  /** Attempts in which it was asked. */
  asked: number;
  lastMissedAt: string;
}

/**
 * The questions missed most often across every attempt: by number of misses, then by share of
 * misses, then most recently missed. Only questions `exists` still knows are listed.
 */
export function mostMissed(
  attempts: readonly Attempt[],
  options: { limit: number; exists?: (questionId: string) => boolean },
): MissedQuestion[] {
  const stats = new Map<string, MissedQuestion>();
  for (const attempt of attempts) {
    for (const id of attempt.questionIds) {
      if (options.exists && !options.exists(id)) continue;
      const entry = stats.get(id) ?? { questionId: id, misses: 0, asked: 0, lastMissedAt: "" };
      entry.asked++;
      if ((entryOf(attempt.credit, id) ?? 0) < 1) {
        entry.misses++;
        if (attempt.finishedAt > entry.lastMissedAt) entry.lastMissedAt = attempt.finishedAt;
      }
      stats.set(id, entry);
    }
  }
  return [...stats.values()]
    .filter((entry) => entry.misses > 0)
    .sort(
      (a, b) =>
        b.misses - a.misses ||
        b.misses / b.asked - a.misses / a.asked ||
        (a.lastMissedAt < b.lastMissedAt ? 1 : a.lastMissedAt > b.lastMissedAt ? -1 : 0) ||
        (a.questionId < b.questionId ? -1 : 1),
    )
    .slice(0, options.limit);
}
