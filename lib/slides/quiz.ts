import type { Quiz } from "../quiz/model";
import type { SlideOutline } from "./navigation";

/**
 * The slides a lesson's quiz adds to its deck: one per question, with one step, the answer and
 * its explanation. The presenter's notes hold the answer from the start, so the instructor can
 * run the question with the class before revealing it.
 */
export function quizSlideOutline(quiz: Quiz | undefined): SlideOutline[] {
  const questions = quiz?.questions ?? [];
  return questions.map((_, index) => ({
    title: `Quiz: question ${index + 1} of ${questions.length}`,
    reveals: 1,
    steps: 1,
    hasNotes: true,
  }));
}
