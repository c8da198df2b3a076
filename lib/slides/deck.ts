import { type ContentPaths, getContentPaths, getLessonDeck, type LessonDeck } from "../content";
import { getQuiz } from "../quiz/bank";
import type { Quiz } from "../quiz/model";
import type { SlideOutline } from "./navigation";
import { quizSlideOutline } from "./quiz";

/** A lesson ready to present: its slides, its quiz questions as slides after them, and the outline of both. */
export interface Presentation {
  lesson: LessonDeck;
  quiz?: Quiz;
  /** Every slide in order: the lesson's, then one per quiz question. */
  outline: SlideOutline[];
}

/** The deck of one lesson; undefined when no lesson has that slug. Server only. */
export async function getPresentation(
  slug: string,
  paths: ContentPaths = getContentPaths(),
): Promise<Presentation | undefined> {
  const [lesson, quiz] = await Promise.all([getLessonDeck(slug, paths), getQuiz(slug, paths)]);
  if (!lesson) return undefined;
  return { lesson, quiz, outline: [...lesson.outline, ...quizSlideOutline(quiz)] };
}
