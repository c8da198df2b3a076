import type { Answer, Question } from "./model";

/**
 * Deterministic shuffling. An attempt stores one seed; every order a learner sees (questions,
 * options, the starting arrangement of an ordering question, the right-hand column of a
 * matching question) is derived from it and the question id. A reload mid-attempt therefore
 * shows the same order, and the answers saved so far still line up.
 */

/** 32-bit FNV-1a hash of a string. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A pseudo-random number generator (mulberry32) seeded from a string: the same seed, the same numbers. */
export function seededRandom(seed: string): () => number {
  let state = hashString(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in an order fixed by `seed` (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** How one question is laid out in an attempt. */
export interface Arrangement {
  /** Choice questions: option ids in display order (true/false keeps True, False). */
  options?: string[];
  /** Ordering questions: the starting order of the step ids; never already the right one. */
  steps?: string[];
  /** Matching questions: pair ids in the order their right-hand sides are offered. */
  rights?: string[];
}

/** The layout of `question` in the attempt with `seed`. */
export function arrangeQuestion(question: Question, seed: string): Arrangement {
  const salt = `${seed}:${question.id}`;
  switch (question.type) {
    case "truefalse":
      return { options: question.options.map((option) => option.id) };
    case "single":
    case "multiple":
      return { options: shuffled(question.options, salt).map((option) => option.id) };
    case "ordering": {
      const ids = question.steps.map((step) => step.id);
      let steps = shuffled(ids, salt);
      // Starting in the right order would give the answer away: rotate by one instead.
      if (steps.every((id, index) => id === ids[index])) steps = [...ids.slice(1), ids[0]!];
      return { steps };
    }
    case "matching":
      return { rights: shuffled(question.pairs, salt).map((pair) => pair.id) };
  }
}

/**
 * The answer to score: the one given, or for an ordering question the learner left as it was,
 * the arrangement they were shown (an ordering is never unanswered: its arrangement stands).
 */
export function effectiveAnswer(
  question: Question,
  answer: Answer | undefined,
  seed: string,
): Answer | undefined {
  if (answer !== undefined || question.type !== "ordering") return answer;
  return arrangeQuestion(question, seed).steps;
}

/** A fresh seed for an attempt. Uses `crypto.getRandomValues`, which works on plain http too. */
export function newSeed(): string {
  const bytes = new Uint32Array(2);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((n) => n.toString(36)).join("");
}
