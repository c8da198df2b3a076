import { type Question, QUESTION_TYPES } from "./model";

/**
 * A lesson's questions travel apart from its pages: `/quiz/<lesson>/questions.json` is written
 * at build (app/(site)/quiz/[id]/questions.json/route.ts) and fetched when a quiz starts.
 */
export function questionsPath(lessonSlug: string): string {
  return `/quiz/${encodeURIComponent(lessonSlug)}/questions.json`;
}

/** Why fetched questions could not be used. */
export class QuestionsUnavailable extends Error {
  constructor(
    /** `network`: no answer or a bad one; `changed`: the quiz was edited since the page loaded. */
    readonly reason: "network" | "changed",
    message: string,
  ) {
    super(message);
    this.name = "QuestionsUnavailable";
  }
}

const TYPES = new Set<string>(QUESTION_TYPES);

function isQuestion(value: unknown): value is Question {
  if (typeof value !== "object" || value === null) return false;
  const q = value as Record<string, unknown>;
  if (typeof q.id !== "string" || typeof q.prompt !== "string" || !TYPES.has(String(q.type))) {
    return false;
  }
  if (q.type === "ordering") return Array.isArray(q.steps);
  if (q.type === "matching") return Array.isArray(q.pairs);
  return Array.isArray(q.options);
}

/**
 * Checks what `/quiz/<lesson>/questions.json` sent against the question ids the page was built
 * with: every one must be there (a newer build may have changed the quiz under an open page).
 * The file comes from our own build, so this is a guard against truncated or stale responses,
 * not a full validation (that happens when the bank is built).
 */
export function readFetchedQuestions(data: unknown, expectedIds: readonly string[]): Question[] {
  if (!Array.isArray(data) || !data.every(isQuestion)) {
    throw new QuestionsUnavailable("network", "the questions file is not a list of questions");
  }
  const ids = new Set(data.map((question) => question.id));
  const missing = expectedIds.filter((id) => !ids.has(id));
  if (missing.length > 0) {
    throw new QuestionsUnavailable(
      "changed",
      `questions no longer in the quiz: ${missing.join(", ")}`,
    );
  }
  return data;
}

/** Fetches and checks one lesson's questions. Rejects with `QuestionsUnavailable`. */
export async function fetchQuestions(
  lessonSlug: string,
  expectedIds: readonly string[],
  fetcher: typeof fetch = fetch,
): Promise<Question[]> {
  let data: unknown;
  try {
    const response = await fetcher(questionsPath(lessonSlug));
    if (response.status === 404) {
      throw new QuestionsUnavailable("changed", "this quiz is no longer in the course");
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    data = await response.json();
  } catch (error) {
    if (error instanceof QuestionsUnavailable) throw error;
    throw new QuestionsUnavailable(
      "network",
      error instanceof Error ? error.message : String(error),
    );
  }
  return readFetchedQuestions(data, expectedIds);
}

/**
 * Wraps a load (a chunk, a file) so that every call shares one promise, and a failure is
 * forgotten: the next call tries again, for when the network comes back.
 */
export function shareUntilFailure<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
