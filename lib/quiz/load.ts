import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { LineCounter, parseDocument } from "yaml";

import type { Course } from "../content/course";
import type { ContentProblem } from "../content/errors";
import { parseYamlWith } from "../content/frontmatter";
import { type Quiz, type QuizBank, toQuiz } from "./model";
import { quizFileSchema } from "./schema";
import type { TeachesReference } from "./teaches";

/** `01-intro.quiz.yaml` (or `.yml`) belongs to `01-intro.mdx` (or `.md`) in the same folder. */
export const QUIZ_FILE = /\.quiz\.ya?ml$/;

export interface QuizLoadOptions {
  course: Course;
  contentDir: string;
  /** Paths in messages are relative to this folder. */
  rootDir: string;
}

/**
 * Reads the quiz file next to each lesson of `course`, validates it, and checks the bank as a
 * whole: question ids unique across the course, no quiz file without its lesson. Returns the
 * bank, every problem found (each as `file:line: what is wrong`), and each question's
 * `teaches:` reference for `checkTeaches`, which needs the compiled lessons' headings.
 */
export async function loadQuizBank(
  options: QuizLoadOptions,
): Promise<{ bank: QuizBank; problems: ContentProblem[]; references: TeachesReference[] }> {
  const display = (file: string) => path.relative(options.rootDir, file).split(path.sep).join("/");
  const problems: ContentProblem[] = [];
  const quizzes: Quiz[] = [];
  const references: TeachesReference[] = [];
  const firstById = new Map<string, { file: string; line: number }>();

  for (const lesson of options.course.lessons) {
    const file = quizFileOf(lesson.file);
    if (!file) continue;
    const displayPath = display(file);
    const source = await readFile(file, "utf8");
    const { data, problems: found } = parseYamlWith(quizFileSchema, source, displayPath, 1, "quiz");
    problems.push(...found);
    if (!data) continue;

    const lines = idLines(source);
    const teachesLines = keyLines(source, "teaches");
    data.questions.forEach((question, index) => {
      const line = lines[index] ?? 1;
      references.push({
        file: displayPath,
        line: question.teaches ? (teachesLines[index] ?? line) : line,
        questionId: question.id,
        lessonSlug: lesson.slug,
        ...(question.teaches ? { teaches: question.teaches } : {}),
      });
      const first = firstById.get(question.id);
      if (first && first.file !== displayPath) {
        problems.push({
          file: displayPath,
          line,
          message: `question id "${question.id}" is already used in ${first.file}:${first.line}`,
          hint: "ids are unique across the course, because learners' history is stored by id",
        });
      } else if (!first) {
        firstById.set(question.id, { file: displayPath, line });
      }
    });
    quizzes.push(toQuiz(data, lesson, displayPath));
  }

  for (const file of await listQuizFiles(options.contentDir)) {
    const base = file.replace(QUIZ_FILE, "");
    if (existsSync(`${base}.mdx`) || existsSync(`${base}.md`)) continue;
    problems.push({
      file: display(file),
      message: `there is no lesson ${path.basename(base)}.mdx next to this quiz`,
      hint: "name a quiz after its lesson: 01-intro.mdx → 01-intro.quiz.yaml, in the same folder",
    });
  }

  return { bank: { quizzes }, problems, references };
}

/** The quiz file that belongs to a lesson file, if there is one. */
export function quizFileOf(lessonFile: string): string | undefined {
  const base = lessonFile.replace(/\.mdx?$/, "");
  return [`${base}.quiz.yaml`, `${base}.quiz.yml`].find((file) => existsSync(file));
}

/** The line of each question's `id:` key, by question index (files that parsed cleanly). */
function idLines(source: string): number[] {
  return keyLines(source, "id");
}

/** The line of each question's `key:` (else of the question), by question index. */
function keyLines(source: string, key: string): number[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const questions = doc.get("questions", true) as { items?: unknown[] } | undefined;
  return (questions?.items ?? []).map((_, index) => {
    const node = (doc.getIn(["questions", index, key], true) ??
      doc.getIn(["questions", index], true)) as { range?: [number, number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  });
}

async function listQuizFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && /^[^_.]/.test(entry.name))
      found.push(...(await listQuizFiles(full)));
    else if (QUIZ_FILE.test(entry.name)) found.push(full);
  }
  return found;
}
