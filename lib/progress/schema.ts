import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";

/**
 * The learner's progress as it is stored in the browser and in export files. Versioned: when
 * the shape changes, bump `PROGRESS_VERSION`, keep the old schema below, and teach
 * `migrateProgress` (migrate.ts) to turn the old shape into the new one. Never change a shape in
 * place: stored data of the old shape would be refused, and persist drops data it cannot migrate.
 */

// This schema runs in the browser on every page that shows progress, so it uses zod's mini
// build: the same schemas and errors, written as functions, which a bundler can trim to what
// is used (the classic `z` put about 30 KB gzip of JavaScript on every page; issue 6).
// It runs under a Content-Security-Policy without 'unsafe-eval' (next.config.mjs). Zod
// compiles object parsers with `new Function` unless told not to, and even its check for
// whether that is allowed reports a CSP violation. English messages, as the classic build has.
z.config({ jitless: true, ...en() });

/** The current version of the stored shape. If you bump it, add a step to migrate.ts. */
export const PROGRESS_VERSION = 2;

// Stored as UTC with milliseconds (what `Date.toISOString` writes), so dates compare as text.
const isoDate = z.pipe(
  z.iso.datetime({ offset: true }),
  z.transform((value: string) => new Date(value).toISOString()),
);

export const answerSchema = z.union([z.array(z.string()), z.record(z.string(), z.string())]);

export const quizModeSchema = z.enum(["practice", "test"]);
export type QuizMode = z.infer<typeof quizModeSchema>;

/**
 * Which questions an attempt covers: the whole quiz (`all`: every question of a lesson's quiz,
 * or the draw of a course quiz), or a retry of the ones missed in an earlier attempt. Best and
 * latest scores count `all` attempts only, so retrying three missed questions cannot turn into
 * a "best score" of 100%.
 */
export const attemptScopeSchema = z.enum(["all", "missed"]);
export type AttemptScope = z.infer<typeof attemptScopeSchema>;

/** A finished attempt. Never changed once recorded. */
export const attemptSchema = z.object({
  /** Random, unique: two tabs merge their attempts by id. */
  id: z.string().check(z.minLength(1)),
  /** `lesson:<slug>`, `course` or `review`. */
  quizId: z.string().check(z.minLength(1)),
  scope: attemptScopeSchema,
  mode: quizModeSchema,
  seed: z.string(),
  /** Course quizzes: the lessons questions were drawn from. */
  lessons: z.optional(z.array(z.string())),
  startedAt: isoDate,
  finishedAt: isoDate,
  /** When this browser's progress received it (finishing, or importing). See `clearedAt`. */
  savedAt: isoDate,
  /** In the order they were asked. */
  questionIds: z.array(z.string()),
  answers: z.record(z.string(), answerSchema),
  /** Credit per question, 0–1 (see lib/quiz/score.ts). */
  credit: z.record(z.string(), z.number().check(z.gte(0), z.lte(1))),
  /** Mean credit, 0–1. */
  score: z.number().check(z.gte(0), z.lte(1)),
});
export type Attempt = z.infer<typeof attemptSchema>;

/** An attempt being taken. Kept so a reload (or another visit) resumes it where it was. */
export const activeAttemptSchema = z.object({
  id: z.string().check(z.minLength(1)),
  quizId: z.string().check(z.minLength(1)),
  scope: attemptScopeSchema,
  mode: quizModeSchema,
  seed: z.string(),
  lessons: z.optional(z.array(z.string())),
  startedAt: isoDate,
  /** Last change; when two copies of one attempt meet, the later one wins. */
  updatedAt: isoDate,
  questionIds: z.array(z.string()),
  answers: z.record(z.string(), answerSchema),
  /** Practice mode: questions whose answer has been checked (and is now locked). */
  checked: z.array(z.string()),
  /** Index into `questionIds` of the question on screen. */
  position: z.int().check(z.gte(0)),
  /**
   * False once abandoned ("start over"). The record is kept, emptied, so that another tab
   * holding the open copy cannot bring it back when the two merge.
   */
  open: z.boolean(),
});
export type ActiveAttempt = z.infer<typeof activeAttemptSchema>;

/** Whether a lesson is marked read; the latest mark wins, so unmarking survives a merge. */
export const readMarkSchema = z.object({ read: z.boolean(), at: isoDate });
export type ReadMark = z.infer<typeof readMarkSchema>;

/** Version 2: the current shape. */
export const progressDataSchema = z.object({
  attempts: z.array(attemptSchema),
  active: z.array(activeAttemptSchema),
  read: z.record(z.string(), readMarkSchema),
  /**
   * When the learner last reset their progress. Records saved before it are gone for good:
   * another tab, or the value in storage, cannot bring them back in a merge.
   */
  clearedAt: z.nullable(isoDate),
});
export type ProgressData = z.infer<typeof progressDataSchema>;

/**
 * Version 1, the first shape: a percentage and the list of missed question ids per attempt,
 * quizzes named by bare lesson slug, lessons read as a list. It had no attempt ids, so two tabs
 * could not tell their attempts apart; version 2 added them. Kept so stored version-1 progress
 * can be read and migrated.
 */
export const progressDataV1Schema = z.object({
  attempts: z.array(
    z.object({
      /** A lesson slug, or "course". */
      quiz: z.string().check(z.minLength(1)),
      date: isoDate,
      mode: quizModeSchema,
      /** 0–100. */
      score: z.number().check(z.gte(0), z.lte(100)),
      missed: z.array(z.string()),
      answers: z.record(z.string(), answerSchema),
    }),
  ),
  read: z.array(z.string()),
});
export type ProgressDataV1 = z.infer<typeof progressDataV1Schema>;

/** What `persist` keeps under the storage key: the data and the version of its shape. */
export const storedValueSchema = z.object({ state: z.unknown(), version: z.int() });

/** Name of the export file format; an import that lacks it is not Dockside progress. */
export const EXPORT_FORMAT = "dockside-progress";

/** An export file. `progress` has the shape of `version`. */
export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.int(),
  exportedAt: isoDate,
  progress: z.unknown(),
});

/** Progress with nothing in it. */
export function emptyProgress(): ProgressData {
  return { attempts: [], active: [], read: {}, clearedAt: null };
}
