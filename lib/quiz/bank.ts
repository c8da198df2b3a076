import { ContentError, type ContentPaths, getContentPaths, getCourse } from "../content";
import { loadQuizBank } from "./load";
import type { Quiz, QuizBank } from "./model";

// Read once per process at build time, like the course; re-read per request in development so
// edits to a quiz file show up on reload.
const cache = process.env.NODE_ENV !== "development";
let bankPromise: Promise<QuizBank> | undefined;

/** Every lesson's quiz, in course order, validated. Server only. Throws `ContentError`. */
export function getQuizBank(paths: ContentPaths = getContentPaths()): Promise<QuizBank> {
  if (!cache) return readBank(paths);
  bankPromise ??= readBank(paths);
  return bankPromise;
}

/** The quiz of one lesson, or undefined when the lesson has none. Server only. */
export async function getQuiz(
  lessonSlug: string,
  paths: ContentPaths = getContentPaths(),
): Promise<Quiz | undefined> {
  const bank = await getQuizBank(paths);
  return bank.quizzes.find((quiz) => quiz.lessonSlug === lessonSlug);
}

async function readBank(paths: ContentPaths): Promise<QuizBank> {
  const course = await getCourse(paths);
  const { bank, problems } = await loadQuizBank({ course, ...paths });
  if (problems.length > 0) throw new ContentError(problems);
  return bank;
}
