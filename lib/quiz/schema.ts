import { z } from "zod";

/**
 * The question-bank file an author writes next to a lesson: `01-intro.mdx` gets
 * `01-intro.quiz.yaml`. Every object is strict, so a misspelt key (`explaination:`) is
 * reported instead of silently ignored. The messages are written to follow the key path that
 * `parseYamlWith` puts in front of them: `quiz "questions.2.options" needs …`.
 */

import { QUESTION_TYPES } from "./model";

export { QUESTION_TYPES, type QuestionType } from "./model";

/** Most choices a question may offer: the number keys 1–9 pick them. */
export const MAX_CHOICES = 9;

/** The message for a missing key, or for a value of the wrong kind. */
const expected = (what: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? "is missing" : `must be ${what}`,
});

const text = z.string(expected("text")).trim().min(1, "must not be empty");

const questionId = z
  .string(expected("text"))
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "must be lowercase letters, digits and single dashes, e.g. fargate-billing",
  );

const optionSchema = z.strictObject({
  text,
  correct: z.boolean(expected("true or false")).optional(),
  /** Shown to a learner whose answer about this option was wrong. */
  feedback: text.optional(),
});

const choices = z
  .array(optionSchema, expected("a list of options"))
  .min(2, "needs at least 2 options")
  .max(MAX_CHOICES, `can have at most ${MAX_CHOICES} options`);

/**
 * `<lesson-slug>#<heading-id>`: the section of a lesson that teaches what the question asks.
 * Its form is checked here; that the lesson and heading exist, and that the lesson does not
 * come after the quiz's own, is checked with the compiled course (lib/quiz/teaches.ts).
 */
export const TEACHES_PATTERN = /^([A-Za-z0-9_-]+)#([\w.:-]+)$/;

const teaches = z
  .string(expected("text"))
  .regex(
    TEACHES_PATTERN,
    "must be <lesson-slug>#<heading-id>, e.g. containers-on-aws#amazon-ecr-the-image-registry",
  );

const common = {
  id: questionId,
  prompt: text,
  explanation: text,
  /** The section that teaches the answer; required by the content check. */
  teaches: teaches.optional(),
};

/** Reports two entries of a list that read the same, on the line of the second one. */
function noDuplicates<T>(
  items: readonly T[],
  key: (item: T) => string,
  ctx: z.RefinementCtx,
  path: (string | number)[],
  what: string,
) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const value = key(item).toLowerCase();
    if (!seen.has(value)) seen.add(value);
    else {
      ctx.addIssue({
        code: "custom",
        path: [...path, index],
        message: `repeats an earlier ${what}: each ${what} must be different`,
      });
    }
  });
}

const singleSchema = z
  .strictObject({ ...common, type: z.literal("single"), options: choices })
  .superRefine((question, ctx) => {
    const correct = question.options.filter((option) => option.correct).length;
    if (correct !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message:
          correct === 0
            ? "has no correct answer: mark exactly one option with `correct: true`"
            : `has ${correct} options marked correct: a single-choice question has exactly one (use type: multiple for more)`,
      });
    }
    noDuplicates(question.options, (o) => o.text, ctx, ["options"], "option");
  });

const multipleSchema = z
  .strictObject({ ...common, type: z.literal("multiple"), options: choices })
  .superRefine((question, ctx) => {
    if (!question.options.some((option) => option.correct)) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "has no correct answer: mark at least one option with `correct: true`",
      });
    }
    noDuplicates(question.options, (o) => o.text, ctx, ["options"], "option");
  });

const trueFalseSchema = z.strictObject({
  ...common,
  type: z.literal("truefalse"),
  /** Whether the statement in `prompt` is true. */
  answer: z.boolean(expected("true or false: is the statement in the prompt true?")),
  /** Shown to a learner who picks the wrong value. */
  feedback: text.optional(),
});

const orderingItemSchema = z.union([text, z.strictObject({ text, feedback: text.optional() })], {
  error: (issue) =>
    issue.input === null || issue.input === undefined || issue.input === ""
      ? "is missing: every step needs its text"
      : "must be the step's text, or `text:` with an optional `feedback:`",
});

const orderingSchema = z
  .strictObject({
    ...common,
    type: z.literal("ordering"),
    /** The steps, written in the correct order; learners see them shuffled. */
    items: z
      .array(orderingItemSchema, expected("a list of steps in the correct order"))
      .min(3, "needs at least 3 steps")
      .max(MAX_CHOICES, `can have at most ${MAX_CHOICES} steps`),
  })
  .superRefine((question, ctx) => {
    noDuplicates(
      question.items,
      (item) => (typeof item === "string" ? item : item.text),
      ctx,
      ["items"],
      "step",
    );
  });

const pairSchema = z.strictObject({
  left: text,
  right: text,
  /** Shown to a learner who matched `left` with something else. */
  feedback: text.optional(),
});

const matchingSchema = z
  .strictObject({
    ...common,
    type: z.literal("matching"),
    /** Each `left` with the `right` it belongs to; learners see the right column shuffled. */
    pairs: z
      .array(pairSchema, expected("a list of `left:`/`right:` pairs"))
      .min(2, "needs at least 2 pairs")
      .max(MAX_CHOICES, `can have at most ${MAX_CHOICES} pairs`),
  })
  .superRefine((question, ctx) => {
    noDuplicates(question.pairs, (pair) => pair.left, ctx, ["pairs"], "pair");
    noDuplicates(question.pairs, (pair) => pair.right, ctx, ["pairs"], "right-hand side of pair");
  });

export const questionSchema = z.discriminatedUnion(
  "type",
  [singleSchema, multipleSchema, trueFalseSchema, orderingSchema, matchingSchema],
  {
    error: (issue) => {
      const input = issue.input as { type?: unknown } | undefined;
      const type = input && typeof input === "object" ? input.type : undefined;
      const known = QUESTION_TYPES.join(", ");
      return type === undefined
        ? `is missing: every question needs a type (${known})`
        : `${JSON.stringify(type)} is not a question type: use one of ${known}`;
    },
  },
);
export type QuestionSource = z.infer<typeof questionSchema>;

/** One `*.quiz.yaml` file. */
export const quizFileSchema = z
  .strictObject({
    /** Heading of the quiz; defaults to the lesson's title. */
    title: text.optional(),
    questions: z
      .array(questionSchema, expected("a list of questions"))
      .min(1, "needs at least one question"),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((question, index) => {
      if (!seen.has(question.id)) seen.add(question.id);
      else {
        ctx.addIssue({
          code: "custom",
          path: ["questions", index, "id"],
          message: `repeats the id "${question.id}" of an earlier question: ids must be unique`,
        });
      }
    });
  });
export type QuizFile = z.infer<typeof quizFileSchema>;
