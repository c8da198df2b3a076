import type { QuestionSource, QuizFile } from "./schema";

/**
 * The quiz model the site works with: validated questions with stable ids on every option,
 * step and pair, so a learner's answers can be stored and compared. Plain data only: it crosses
 * from server components to the client quiz as props.
 */

/**
 * The question types, as written after `type:` in a quiz file. Here rather than in schema.ts
 * so client code can use it without bringing zod along.
 */
export const QUESTION_TYPES = ["single", "multiple", "truefalse", "ordering", "matching"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** One option of a single, multiple or true/false question. */
export interface Choice {
  /** Stable within its question; derived from the text. */
  id: string;
  text: string;
  correct: boolean;
  /** Shown when the learner's answer about this option was wrong. */
  feedback?: string;
}

/** One step of an ordering question. */
export interface Step {
  id: string;
  text: string;
  feedback?: string;
}

/** One left ↔ right pair of a matching question. The right side is chosen by the pair's id. */
export interface Pair {
  id: string;
  left: string;
  right: string;
  feedback?: string;
}

interface QuestionBase {
  /** Unique across the whole course; answers and history are stored by it. */
  id: string;
  /** Slug of the lesson whose quiz file holds the question. */
  lessonSlug: string;
  prompt: string;
  explanation: string;
}

export interface ChoiceQuestion extends QuestionBase {
  type: "single" | "multiple" | "truefalse";
  /** In authored order (True, False for true/false). */
  options: Choice[];
}

export interface OrderingQuestion extends QuestionBase {
  type: "ordering";
  /** In the correct order. */
  steps: Step[];
}

export interface MatchingQuestion extends QuestionBase {
  type: "matching";
  pairs: Pair[];
}

export type Question = ChoiceQuestion | OrderingQuestion | MatchingQuestion;

/**
 * A learner's answer to one question:
 * - single / true-false: the chosen option id, in a one-item list;
 * - multiple: the chosen option ids;
 * - ordering: every step id, in the learner's order;
 * - matching: for each pair id on the left, the pair id whose right side was chosen.
 */
export type Answer = string[] | Record<string, string>;

/** A lesson's quiz. */
export interface Quiz {
  lessonSlug: string;
  title: string;
  /** Path relative to the project root, for messages. */
  file: string;
  questions: Question[];
}

/** Every quiz of the course, in course order. */
export interface QuizBank {
  quizzes: Quiz[];
}

/**
 * A readable id from a piece of text (`Managing servers` → `managing-servers`), made unique
 * among `taken`. Ids come from the text rather than the position, so reordering options in the
 * file keeps stored answers pointing at the same option, and rewording one drops only its own.
 */
export function textId(value: string, taken: Set<string>): string {
  const base =
    value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 48)
      .replace(/-+$/, "") || "item";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Turns one validated question from a file into the model. */
export function toQuestion(source: QuestionSource, lessonSlug: string): Question {
  const base = {
    id: source.id,
    lessonSlug,
    prompt: source.prompt,
    explanation: source.explanation,
  };
  switch (source.type) {
    case "single":
    case "multiple": {
      const taken = new Set<string>();
      return {
        ...base,
        type: source.type,
        options: source.options.map((option) => ({
          id: textId(option.text, taken),
          text: option.text,
          correct: option.correct ?? false,
          ...(option.feedback ? { feedback: option.feedback } : {}),
        })),
      };
    }
    case "truefalse": {
      const wrong = source.feedback ? { feedback: source.feedback } : {};
      return {
        ...base,
        type: "truefalse",
        options: [
          { id: "true", text: "True", correct: source.answer, ...(source.answer ? {} : wrong) },
          { id: "false", text: "False", correct: !source.answer, ...(source.answer ? wrong : {}) },
        ],
      };
    }
    case "ordering": {
      const taken = new Set<string>();
      return {
        ...base,
        type: "ordering",
        steps: source.items.map((item) => {
          const step = typeof item === "string" ? { text: item } : item;
          return {
            id: textId(step.text, taken),
            text: step.text,
            ...(step.feedback ? { feedback: step.feedback } : {}),
          };
        }),
      };
    }
    case "matching": {
      const taken = new Set<string>();
      return {
        ...base,
        type: "matching",
        pairs: source.pairs.map((pair) => ({
          id: textId(pair.left, taken),
          left: pair.left,
          right: pair.right,
          ...(pair.feedback ? { feedback: pair.feedback } : {}),
        })),
      };
    }
  }
}

/** Turns a validated quiz file into the model. */
export function toQuiz(
  source: QuizFile,
  lesson: { slug: string; title: string },
  file: string,
): Quiz {
  return {
    lessonSlug: lesson.slug,
    title: source.title ?? lesson.title,
    file,
    questions: source.questions.map((question) => toQuestion(question, lesson.slug)),
  };
}

/** Every question of the bank, by id. */
export function indexQuestions(questions: Iterable<Question>): Map<string, Question> {
  return new Map([...questions].map((question) => [question.id, question]));
}
