/**
 * What a quiz says: the verdict on an answer (on screen and to a screen reader), and what it
 * announces when an attempt starts and ends. Pure; components/quiz shows these strings.
 */
import { describeCorrect } from "./describe";
import type { Answer, Question } from "./model";
import { percent } from "./percent";
import { scoreQuestion } from "./score";
import { plainText } from "./text";

/** Full credit is right; some credit, partly right; none, wrong. */
export type Verdict = "right" | "partly" | "wrong";

/** The verdict on a question's credit (0–1). Only full credit counts as right. */
export function verdictOf(credit: number): Verdict {
  return credit === 1 ? "right" : credit > 0 ? "partly" : "wrong";
}

const MARKS: Record<Verdict, string> = { right: "✓", partly: "◐", wrong: "✗" };

/**
 * The verdict as a label with its mark, as a practice check shows it ("✗ Not quite") or as the
 * review of a finished attempt does ("✗ Wrong"): a check invites another go, a review is final.
 */
export function verdictLabel(credit: number, where: "check" | "review"): string {
  const verdict = verdictOf(credit);
  const words =
    verdict === "right"
      ? "Right"
      : verdict === "partly"
        ? `Partly right (${percent(credit)}%)`
        : where === "check"
          ? "Not quite"
          : "Wrong";
  return `${MARKS[verdict]} ${words}`;
}

/** What a screen reader hears after an answer is checked: the verdict, the right answer, why. */
export function checkedMessage(question: Question, answer: Answer): string {
  const credit = scoreQuestion(question, answer);
  const verdict = verdictOf(credit);
  const said =
    verdict === "right"
      ? "Right."
      : verdict === "partly"
        ? `Partly right: ${percent(credit)}% credit.`
        : "Not quite.";
  const right =
    verdict === "right"
      ? ""
      : ` The right answer: ${describeCorrect(question).map(plainText).join("; ")}.`;
  return `${said}${right} ${plainText(question.explanation)}`;
}
