/**
 * What a quiz announces to a screen reader when an attempt starts and ends. Pure, and apart from
 * verdict.ts so that the start screen carries none of the answer-checking code.
 */
import { percent } from "./percent";

/** What is announced when an attempt starts, e.g. "Practice started: 5 questions." */
export function startedMessage(mode: "practice" | "test", questions: number): string {
  const noun = questions === 1 ? "question" : "questions";
  return `${mode === "practice" ? "Practice" : "Test"} started: ${questions} ${noun}.`;
}

/** What is announced when an attempt ends: its score and how many questions were fully right. */
export function finishedMessage(
  score: number,
  credit: Readonly<Record<string, number>>,
  questionIds: readonly string[],
): string {
  const right = questionIds.filter((id) => credit[id] === 1).length;
  return `Quiz finished. Your score: ${percent(score)}%, ${right} of ${questionIds.length} questions fully right.`;
}
