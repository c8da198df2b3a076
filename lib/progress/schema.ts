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
export const PROGRESS_VERSION = 3;

// Every key and list below comes from storage or a file that anyone on the same origin, or any
// file a learner is handed, can write. So each is held to its real form and size: a key that
// reaches an object lookup is never a built-in one (`__proto__`, `constructor`…: the forms below
// exclude the first, and lookups use `Object.hasOwn` for the rest), and no list can make a save
// or a render take seconds. The limits are far above what a learner makes: a real export is a
// few hundred kilobytes.

/** Most finished attempts kept; localStorage (about 5 MB) fills up before a learner gets here. */
export const MAX_ATTEMPTS = 5_000;
/** Most attempts in progress or abandoned kept (the oldest abandoned go first; see merge.ts). */
export const MAX_ACTIVE = 200;
/** Most questions in one attempt (a lesson's quiz has a dozen; the course quiz draws from all). */
export const MAX_QUESTIONS = 500;
/** Most options in one answer (quizzes allow 9 per question, lib/quiz/schema.ts). */
export const MAX_OPTIONS = 50;
/** Most lessons (read marks, or lessons a course quiz drew from). */
export const MAX_LESSONS = 2_000;
/** Longest id of any kind. */
export const MAX_ID_LENGTH = 200;

/**
 * A lesson slug as lib/content makes them (`isValidSlug`): letters, digits and `._~-`, not
 * starting with a dot, dash or underscore, so never `__proto__`.
 */
export const LESSON_SLUG = /^[a-z0-9][a-z0-9._~-]*$/i;
/** A question, option or pair id as lib/quiz makes them: `fargate-billing`, `true`. */
export const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A quiz id: `lesson:<slug>`, `course`, `review` or `due` (see selectors.ts). */
export const QUIZ_ID = /^(?:lesson:[a-z0-9][a-z0-9._~-]*|course|review|due)$/i;
/** An attempt id: random base 36 (`newSeed`), or `v1-…` for attempts migrated from version 1. */
export const ATTEMPT_ID = /^[a-z0-9][a-z0-9_-]*$/i;

const bounded = (pattern: RegExp, what: string) =>
  z.string().check(z.maxLength(MAX_ID_LENGTH), z.regex(pattern, `is not ${what}`));

export const lessonSlugSchema = bounded(LESSON_SLUG, "a lesson slug");
export const itemIdSchema = bounded(ITEM_ID, "a question or option id");
export const quizIdSchema = bounded(QUIZ_ID, "a quiz id (lesson:<slug>, course, review or due)");
/** A question's version (lib/quiz/version.ts): base 36. */
const versionSchema = z
  .string()
  .check(z.maxLength(16), z.regex(/^[a-z0-9]+$/, "is not a question version"));
export const attemptIdSchema = bounded(ATTEMPT_ID, "an attempt id");
/** Random base 36 (`newSeed`), a name in tests, or empty for attempts from version 1. */
const seedSchema = z
  .string()
  .check(z.maxLength(MAX_ID_LENGTH), z.regex(/^[a-z0-9_-]*$/i, "is not a seed"));

/** A list of at most `max` items. */
const list = <T extends z.core.SomeType>(item: T, max: number) =>
  z.array(item).check(z.maxLength(max));

/** A record of at most `max` entries, keyed by `key`. */
const record = <V extends z.core.SomeType>(
  key: typeof itemIdSchema | typeof lessonSlugSchema,
  value: V,
  max: number,
) =>
  z
    .record(key, value)
    .check(
      z.refine((entries) => Object.keys(entries).length <= max, `has more than ${max} entries`),
    );

// Stored as UTC with milliseconds (what `Date.toISOString` writes), so dates compare as text.
const isoDate = z.pipe(
  z.iso.datetime({ offset: true }),
  z.transform((value: string) => new Date(value).toISOString()),
);

export const answerSchema = z.union([
  list(itemIdSchema, MAX_OPTIONS),
  record(itemIdSchema, itemIdSchema, MAX_OPTIONS),
]);

export const quizModeSchema = z.enum(["practice", "test"]);

/**
 * How sure the learner said they were of an answer: it tells knowing from guessing, and with
 * the answer's credit it rates the question for spaced review (lib/review).
 */
export const confidenceSchema = z.enum(["sure", "unsure", "guess"]);
export type Confidence = z.infer<typeof confidenceSchema>;
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
  id: attemptIdSchema,
  /** `lesson:<slug>`, `course` or `review`. */
  quizId: quizIdSchema,
  scope: attemptScopeSchema,
  mode: quizModeSchema,
  seed: seedSchema,
  /** Course quizzes: the lessons questions were drawn from. */
  lessons: z.optional(list(lessonSlugSchema, MAX_LESSONS)),
  startedAt: isoDate,
  finishedAt: isoDate,
  /** When this browser's progress received it (finishing, or importing). See `clearedAt`. */
  savedAt: isoDate,
  /** In the order they were asked. */
  questionIds: list(itemIdSchema, MAX_QUESTIONS),
  answers: record(itemIdSchema, answerSchema, MAX_QUESTIONS),
  /** Credit per question, 0–1 (see lib/quiz/score.ts). */
  credit: record(itemIdSchema, z.number().check(z.gte(0), z.lte(1)), MAX_QUESTIONS),
  /** Mean credit, 0–1. */
  score: z.number().check(z.gte(0), z.lte(1)),
  /** Version 3: the confidence given with each answer, where the learner gave one. */
  confidence: z.optional(record(itemIdSchema, confidenceSchema, MAX_QUESTIONS)),
  /**
   * Version 3: each question's version (a hash of its content) when it was asked. Spaced review
   * counts an answer only while the question still reads the same; attempts from version 2
   * have none, and count for the question as it is now.
   */
  versions: z.optional(record(itemIdSchema, versionSchema, MAX_QUESTIONS)),
});
export type Attempt = z.infer<typeof attemptSchema>;

/** An attempt being taken. Kept so a reload (or another visit) resumes it where it was. */
export const activeAttemptSchema = z.object({
  id: attemptIdSchema,
  quizId: quizIdSchema,
  scope: attemptScopeSchema,
  mode: quizModeSchema,
  seed: seedSchema,
  lessons: z.optional(list(lessonSlugSchema, MAX_LESSONS)),
  startedAt: isoDate,
  /** Last change; when two copies of one attempt meet, the later one wins. */
  updatedAt: isoDate,
  questionIds: list(itemIdSchema, MAX_QUESTIONS),
  answers: record(itemIdSchema, answerSchema, MAX_QUESTIONS),
  /** Practice mode: questions whose answer has been checked (and is now locked). */
  checked: list(itemIdSchema, MAX_QUESTIONS),
  /** Confidence given so far, per question. */
  confidence: z.optional(record(itemIdSchema, confidenceSchema, MAX_QUESTIONS)),
  /** Index into `questionIds` of the question on screen. */
  position: z.int().check(z.gte(0), z.lt(MAX_QUESTIONS)),
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

/**
 * Version 3: the current shape. Version 2 plus, on attempts, the confidence of each answer and
 * the version of each question asked (for spaced review), and the quiz id `due`.
 */
export const progressDataSchema = z.object({
  attempts: list(attemptSchema, MAX_ATTEMPTS),
  active: list(activeAttemptSchema, MAX_ACTIVE),
  read: record(lessonSlugSchema, readMarkSchema, MAX_LESSONS),
  /**
   * When the learner last reset their progress. Records saved before it are gone for good:
   * another tab, or the value in storage, cannot bring them back in a merge.
   */
  clearedAt: z.nullable(isoDate),
});
export type ProgressData = z.infer<typeof progressDataSchema>;

/**
 * Version 2, kept so stored version-2 progress can be read and migrated: every version-2 value
 * is a valid version-3 one (the new fields are optional, the new quiz id is new), so version 2
 * is read with the version-3 schemas below and brought up unchanged.
 */
export const progressDataV2Schema = progressDataSchema;

/**
 * Version 3 (or 2) with its finished attempts left unchecked: migrate.ts checks those one by one, and
 * only the ones it has not seen before, so that reading a large store again (after another
 * tab saved) costs little more than parsing it.
 */
export const progressShellSchema = z.object({
  attempts: list(z.unknown(), MAX_ATTEMPTS),
  active: list(activeAttemptSchema, MAX_ACTIVE),
  read: record(lessonSlugSchema, readMarkSchema, MAX_LESSONS),
  clearedAt: z.nullable(isoDate),
});

/**
 * Version 1, the first shape: a percentage and the list of missed question ids per attempt,
 * quizzes named by bare lesson slug, lessons read as a list. It had no attempt ids, so two tabs
 * could not tell their attempts apart; version 2 added them. Kept so stored version-1 progress
 * can be read and migrated.
 */
export const progressDataV1Schema = z.object({
  attempts: list(
    z.object({
      /** A lesson slug, or "course" (which is also a valid slug). */
      quiz: lessonSlugSchema,
      date: isoDate,
      mode: quizModeSchema,
      /** 0–100. */
      score: z.number().check(z.gte(0), z.lte(100)),
      missed: list(itemIdSchema, MAX_QUESTIONS),
      answers: record(itemIdSchema, answerSchema, MAX_QUESTIONS),
    }),
    MAX_ATTEMPTS,
  ),
  read: list(lessonSlugSchema, MAX_LESSONS),
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
