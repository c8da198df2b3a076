import type { Answer, Question } from "./model";

/**
 * Credit for one answer, from 0 (wrong or unanswered) to 1 (fully right).
 *
 * The partial-credit rule:
 * - **single choice, true/false**: 1 for the correct option, else 0.
 * - **multiple select**: (right options picked − wrong options picked) ÷ number of right
 *   options, never below 0. Picking every option therefore earns little or nothing, and a
 *   wrong pick cancels a right one. E.g. 3 right options; you pick 2 of them and 1 wrong one:
 *   (2 − 1) ÷ 3 = 1/3.
 * - **ordering**: each step that is directly followed by the step that should follow it
 *   earns 1 ÷ (steps − 1). Only the exact order earns 1. E.g. right order A B C D; you give
 *   B C D A: B→C and C→D are right links, D→A is not: 2/3.
 * - **matching**: pairs matched correctly ÷ all pairs.
 *
 * A question counts as *right* only with full credit; anything less is *missed* and is
 * offered again by "retry the ones I missed".
 */
export function scoreQuestion(question: Question, answer: Answer | undefined): number {
  switch (question.type) {
    case "single":
    case "truefalse": {
      const picked = asList(answer);
      if (picked.length !== 1) return 0;
      return question.options.some((option) => option.correct && option.id === picked[0]) ? 1 : 0;
    }
    case "multiple": {
      const picked = new Set(asList(answer));
      const right = question.options.filter((option) => option.correct);
      const rightPicked = right.filter((option) => picked.has(option.id)).length;
      const wrongPicked = question.options.filter(
        (option) => !option.correct && picked.has(option.id),
      ).length;
      return Math.max(0, (rightPicked - wrongPicked) / right.length);
    }
    case "ordering": {
      const order = asList(answer);
      const ids = question.steps.map((step) => step.id);
      // An answer must be an arrangement of exactly these steps.
      if (order.length !== ids.length || new Set(order).size !== ids.length) return 0;
      if (!order.every((id) => ids.includes(id))) return 0;
      const nextOf = new Map(ids.slice(0, -1).map((id, index) => [id, ids[index + 1]]));
      let links = 0;
      for (let index = 0; index < order.length - 1; index++) {
        if (nextOf.get(order[index]!) === order[index + 1]) links++;
      }
      return links / (ids.length - 1);
    }
    case "matching": {
      const chosen = answer && !Array.isArray(answer) ? answer : {};
      const right = question.pairs.filter((pair) => chosen[pair.id] === pair.id).length;
      return right / question.pairs.length;
    }
  }
}

/** Whether an answer earns full credit. */
export function isRight(question: Question, answer: Answer | undefined): boolean {
  return scoreQuestion(question, answer) === 1;
}

export interface QuizScore {
  /** Credit per question id, 0–1. */
  credit: Record<string, number>;
  /** Sum of credit ÷ number of questions, 0–1. */
  score: number;
  /** Questions with full credit. */
  right: number;
  total: number;
}

/** Scores a whole attempt: every question in `questions`, unanswered ones earning 0. */
export function scoreQuiz(
  questions: readonly Question[],
  answers: Readonly<Record<string, Answer>>,
): QuizScore {
  const credit: Record<string, number> = {};
  let sum = 0;
  let right = 0;
  for (const question of questions) {
    const value = scoreQuestion(question, answers[question.id]);
    credit[question.id] = value;
    sum += value;
    if (value === 1) right++;
  }
  return {
    credit,
    score: questions.length === 0 ? 0 : sum / questions.length,
    right,
    total: questions.length,
  };
}

/** Whether an answer has been given at all (an ordering always has one: its arrangement). */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  if (question.type === "matching") {
    return !Array.isArray(answer) && Object.keys(answer).length > 0;
  }
  return asList(answer).length > 0;
}

function asList(answer: Answer | undefined): string[] {
  return Array.isArray(answer) ? answer : [];
}

/**
 * Matching: each right side chosen for more than one row, with how many rows it was chosen for.
 * Every right side belongs to exactly one row, so all but one of those rows are wrong.
 */
export function repeatedMatches(answer: Answer | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  if (answer === undefined || Array.isArray(answer)) return counts;
  for (const right of Object.values(answer)) counts.set(right, (counts.get(right) ?? 0) + 1);
  for (const [right, count] of counts) if (count < 2) counts.delete(right);
  return counts;
}
