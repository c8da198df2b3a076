import type { Question } from "./model";
import { hashString } from "./shuffle";

/**
 * A question's version: a hash of everything that decides its right answer (the prompt, the
 * options and which are correct, the steps in order, the pairs), not of its explanation or
 * feedback. Stored with each answer, so that spaced review starts a question afresh when its
 * content changes under the same id, and keeps its schedule through a reworded explanation.
 */
export function questionVersion(question: Question): string {
  const body =
    question.type === "ordering"
      ? question.steps.map((step) => step.text)
      : question.type === "matching"
        ? question.pairs.map((pair) => [pair.left, pair.right])
        : question.options.map((option) => [option.text, option.correct]);
  return hashString(JSON.stringify([question.type, question.prompt, body])).toString(36);
}
