import type { Quiz } from "./model";
import { shuffled } from "./shuffle";

export interface DrawOptions {
  /** Lessons to draw from, by slug. */
  lessons: readonly string[];
  /** How many questions; fewer when the chosen lessons hold fewer. */
  count: number;
  seed: string;
}

/**
 * Draws questions for a course quiz: shuffles each chosen lesson's questions, then takes them
 * in turn from each lesson so every lesson is represented evenly (a lesson that runs out leaves
 * its turn to the others). The same seed gives the same draw. The attempt then asks them in
 * the order `orderQuestions` gives.
 */
export function drawQuestions(quizzes: readonly Quiz[], options: DrawOptions): string[] {
  const chosen = quizzes.filter((quiz) => options.lessons.includes(quiz.lessonSlug));
  const pools = chosen.map((quiz) =>
    shuffled(
      quiz.questions.map((question) => question.id),
      `${options.seed}:${quiz.lessonSlug}`,
    ),
  );
  const drawn: string[] = [];
  const count = Math.max(0, Math.floor(options.count));
  for (let round = 0; drawn.length < count && pools.some((pool) => round < pool.length); round++) {
    for (const pool of pools) {
      const id = pool[round];
      if (id !== undefined && drawn.length < count) drawn.push(id);
    }
  }
  return drawn;
}

/** The order questions are asked in during the attempt with `seed`. */
export function orderQuestions(ids: readonly string[], seed: string): string[] {
  return shuffled(ids, `${seed}:questions`);
}
