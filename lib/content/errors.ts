/** One problem found in a content file, pointing at the line an author should look at. */
export interface ContentProblem {
  /** Path relative to the project root, e.g. `content/01-foundations/01-intro.mdx`. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** Formats one problem as `path:line: message` with the hint on the next line. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const hint = problem.hint ? `\n  hint: ${problem.hint}` : "";
  return `${where}: ${problem.message}${hint}`;
}

/**
 * Thrown when the content cannot be built. Its message lists every problem found, one per
 * line in `path:line: message` form, so editors and terminals can jump to the spot.
 */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`Content has ${count}:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "ContentError";
    this.problems = problems;
  }
}
