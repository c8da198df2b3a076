import { entryOf } from "../progress/entries";
import type { Attempt, Confidence } from "../progress/schema";

/** How well the learner's confidence matched their answers. */
export interface Calibration {
  /** Answers given as "sure", and how many of them earned full credit. */
  sure: { right: number; total: number };
  unsure: { right: number; total: number };
  guess: { right: number; total: number };
  /** Right, but not sure: worth a review to make it stick. Question ids, latest first. */
  rightButUnsure: string[];
  /** Wrong (or partly), yet sure: a misconception to revisit. Question ids, latest first. */
  wrongButSure: string[];
}

/**
 * Calibration over `attempts`: every answer that carries a confidence counts toward the rates;
 * the two lists hold each question once, judged by its latest answer with a confidence, and
 * only questions `exists` still knows.
 */
export function calibrate(
  attempts: readonly Attempt[],
  exists: (questionId: string) => boolean = () => true,
): Calibration {
  const rates = {
    sure: { right: 0, total: 0 },
    unsure: { right: 0, total: 0 },
    guess: { right: 0, total: 0 },
  };
  const latest = new Map<string, { at: string; right: boolean; confidence: Confidence }>();
  for (const attempt of attempts) {
    if (!attempt.confidence) continue;
    for (const id of attempt.questionIds) {
      const confidence = entryOf(attempt.confidence, id);
      if (!confidence) continue;
      const right = (entryOf(attempt.credit, id) ?? 0) === 1;
      rates[confidence].total++;
      if (right) rates[confidence].right++;
      const seen = latest.get(id);
      if (exists(id) && (!seen || attempt.finishedAt >= seen.at)) {
        latest.set(id, { at: attempt.finishedAt, right, confidence });
      }
    }
  }
  const newestFirst = [...latest.entries()].sort(([, x], [, y]) =>
    x.at < y.at ? 1 : x.at > y.at ? -1 : 0,
  );
  return {
    ...rates,
    rightButUnsure: newestFirst
      .filter(([, entry]) => entry.right && entry.confidence !== "sure")
      .map(([id]) => id),
    wrongButSure: newestFirst
      .filter(([, entry]) => !entry.right && entry.confidence === "sure")
      .map(([id]) => id),
  };
}
