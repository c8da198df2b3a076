import type { Question } from "../quiz/model";
import { questionVersion } from "../quiz/version";

// Apart from schedule.ts so pages can make and pass the list without loading the scheduler.

/**
 * What the schedule needs to know of a question: small, so a page can carry the whole course's
 * list (the home page shows how many are due) without the questions themselves.
 */
export interface ReviewItem {
  id: string;
  lessonSlug: string;
  /** `questionVersion` of the question as the course has it now. */
  version: string;
}

/** The review items of `questions`. */
export function reviewItems(questions: readonly Question[]): ReviewItem[] {
  return questions.map((question) => ({
    id: question.id,
    lessonSlug: question.lessonSlug,
    version: questionVersion(question),
  }));
}
