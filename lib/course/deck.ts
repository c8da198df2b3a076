import { type ContentPaths, getContentPaths, getCourse } from "../content";
import { getQuiz } from "../quiz/bank";
import type { Quiz } from "../quiz/model";
import type { SlideOutline } from "../slides/navigation";
import { quizSlideOutline } from "../slides/quiz";
import { getLessonDeck, type LessonDeck } from ".";

/** A lesson ready to present: its slides, its quiz questions as slides after them, and the outline of both. */
export interface Presentation {
  lesson: LessonDeck;
  quiz?: Quiz;
  /** Every slide in order: the lesson's, then one per quiz question. */
  outline: SlideOutline[];
  /** What the deck's views render (components/slides/deck-slides.tsx), given their `view`. */
  slides: { code: string; lessonSlides: number; quiz?: Quiz };
}

/** The deck of one lesson; undefined when no lesson has that slug. Server only. */
export async function getPresentation(
  slug: string,
  paths: ContentPaths = getContentPaths(),
): Promise<Presentation | undefined> {
  const [lesson, quiz] = await Promise.all([getLessonDeck(slug, paths), getQuiz(slug, paths)]);
  if (!lesson) return undefined;
  return {
    lesson,
    quiz,
    outline: [...lesson.outline, ...quizSlideOutline(quiz)],
    slides: { code: lesson.code, lessonSlides: lesson.outline.length, quiz },
  };
}

/** The views of a deck that have their own page. */
export type DeckPage = "slides" | "presenter" | "handout";

const deckPageWords: Record<DeckPage, (title: string) => { suffix: string; description: string }> =
  {
    slides: (title) => ({ suffix: "slides", description: `The lesson “${title}” as slides.` }),
    presenter: (title) => ({
      suffix: "presenter",
      description: `Presenter view of “${title}”: slides, speaker notes and a timer.`,
    }),
    handout: (title) => ({
      suffix: "handout",
      description: `Every slide of “${title}” with its speaker notes, ready to print.`,
    }),
  };

/** Route params for every lesson's deck pages (each lesson can be presented). */
export async function listDeckParams(paths: ContentPaths = getContentPaths()) {
  return (await getCourse(paths)).lessons.map((lesson) => ({ slug: lesson.slug }));
}

/** Title, description and canonical address of a deck page; empty for an unknown lesson. */
export async function getDeckPageMetadata(
  slug: string,
  page: DeckPage,
  paths: ContentPaths = getContentPaths(),
) {
  const lesson = (await getCourse(paths)).lessons.find((l) => l.slug === slug);
  if (!lesson) return {};
  const { suffix, description } = deckPageWords[page](lesson.title);
  return {
    title: `${lesson.title} (${suffix})`,
    description: page === "slides" && lesson.description ? lesson.description : description,
    alternates: { canonical: `/lessons/${slug}/${page}` },
  };
}
