import type { ContentProblem } from "../content/errors";
import { TEACHES_PATTERN } from "./schema";

/** A question's `teaches:` as written, with where it was written. */
export interface TeachesReference {
  /** The quiz file, relative to the project root. */
  file: string;
  /** Line of the `teaches:` key, or of the question's `id:` when it has none. */
  line: number;
  questionId: string;
  /** Slug of the lesson whose quiz holds the question. */
  lessonSlug: string;
  /** `<lesson-slug>#<heading-id>`, or undefined when the question names no section. */
  teaches?: string;
}

export interface TeachesContext {
  /** Every lesson's slug, in course order. */
  lessonOrder: readonly string[];
  /**
   * The heading ids of each lesson that compiled. A lesson missing here failed to compile and
   * has its own problems; references to it are not checked further.
   */
  headingIds: ReadonlyMap<string, ReadonlySet<string>>;
}

const EXAMPLE = "teaches: containers-on-aws#amazon-ecr-the-image-registry";

/**
 * Checks that every question names the section that teaches it, that the section exists, and
 * that it is in the question's own lesson or an earlier one: a quiz may not ask what the
 * course has not taught yet. Returns one problem per broken reference, at its `file:line`.
 */
export function checkTeaches(
  references: readonly TeachesReference[],
  context: TeachesContext,
): ContentProblem[] {
  const position = new Map(context.lessonOrder.map((slug, index) => [slug, index]));
  const problems: ContentProblem[] = [];
  for (const reference of references) {
    const where = { file: reference.file, line: reference.line };
    const question = `question "${reference.questionId}"`;
    if (!reference.teaches) {
      problems.push({
        ...where,
        message: `${question} does not say which section teaches it`,
        hint: `add the lesson and heading that teach the answer, e.g. ${EXAMPLE}`,
      });
      continue;
    }
    const match = TEACHES_PATTERN.exec(reference.teaches);
    if (!match) continue; // The schema has already reported its form.
    const [, slug = "", headingId = ""] = match;
    const target = position.get(slug);
    if (target === undefined) {
      problems.push({
        ...where,
        message: `${question} teaches: "${reference.teaches}": there is no lesson "${slug}"`,
        hint: `lessons: ${context.lessonOrder.join(", ")}`,
      });
      continue;
    }
    const ids = context.headingIds.get(slug);
    if (ids && !ids.has(headingId)) {
      problems.push({
        ...where,
        message: `${question} teaches: "${reference.teaches}": lesson "${slug}" has no heading "${headingId}"`,
        hint: `its headings: ${[...ids].join(", ") || "none"}`,
      });
      continue;
    }
    const own = position.get(reference.lessonSlug);
    if (own !== undefined && target > own) {
      problems.push({
        ...where,
        message: `${question} teaches: "${reference.teaches}": lesson "${slug}" comes after "${reference.lessonSlug}", so its quiz would ask what the course has not taught yet`,
        hint: `teach it in "${reference.lessonSlug}" or an earlier lesson, or move the question to the quiz of "${slug}"`,
      });
    }
  }
  return problems;
}
