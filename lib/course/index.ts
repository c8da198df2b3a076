// The course's entry point: lessons compiled for the page and the deck, checked with their
// quizzes. It brings lib/content, lib/quiz and lib/slides together, so none of those needs to
// import another's loader back (eslint.config.mjs keeps the direction).
import {
  type ContentPaths,
  type Course,
  getContentPaths,
  getCourse,
  type LessonMeta,
  type TocEntry,
} from "../content";
import { loadCourse } from "../content/course";
import { ContentError, type ContentProblem } from "../content/errors";
import { checkDiagramLinks, readDiagramFile } from "../diagram/load";
import { loadFargatePrices } from "../pricing/load";
import { loadQuizBank } from "../quiz/load";
import { checkTeaches } from "../quiz/teaches";
import type { SlideOutline } from "../slides/navigation";
import { type CompileOptions, compileMdx } from "./compile";

/** A lesson ready to render: its metadata, compiled MDX and table of contents. */
export interface Lesson extends LessonMeta {
  /** The page's `<h1>`: a leading `# Heading` in the body, else the title. */
  heading: string;
  code: string;
  toc: TocEntry[];
  /** The id of every heading, at any depth (the table of contents may show fewer). */
  headingIds: string[];
}

/** A lesson compiled as a deck of slides (lib/slides/remark.ts), with one outline entry per slide. */
export interface LessonDeck extends LessonMeta {
  code: string;
  outline: SlideOutline[];
}

// Compiled once per process at build time, like the course; every time in development.
const cache = process.env.NODE_ENV !== "development";
const lessonPromises = new Map<string, Promise<Lesson | undefined>>();
const deckPromises = new Map<string, Promise<LessonDeck | undefined>>();

/** One lesson, compiled; undefined when no lesson has that slug. Throws `ContentError`. */
export function getLesson(slug: string, paths: ContentPaths = getContentPaths()) {
  return cached(lessonPromises, slug, () => loadLesson(slug, paths));
}

/** The promise for `slug` from `promises`, made by `load` the first time (every time in development). */
function cached<T>(promises: Map<string, Promise<T>>, slug: string, load: () => Promise<T>) {
  if (!cache) return load();
  let promise = promises.get(slug);
  if (!promise) {
    promise = load();
    promises.set(slug, promise);
  }
  return promise;
}

/** One lesson compiled as slides; undefined when no lesson has that slug. Throws `ContentError`. */
export function getLessonDeck(slug: string, paths: ContentPaths = getContentPaths()) {
  return cached(deckPromises, slug, () => loadDeck(slug, paths));
}

async function loadDeck(slug: string, paths: ContentPaths): Promise<LessonDeck | undefined> {
  const course = await getCourse(paths);
  const meta = course.lessons.find((lesson) => lesson.slug === slug);
  if (!meta) return undefined;
  const outline: SlideOutline[] = [];
  const slides = { title: meta.title, description: meta.description, outline };
  const { result, problems } = await compileLessonMeta(meta, course, paths, slides);
  if (!result) throw new ContentError(problems);
  return { ...meta, code: result.code, outline };
}

async function loadLesson(slug: string, paths: ContentPaths): Promise<Lesson | undefined> {
  const course = await getCourse(paths);
  const meta = course.lessons.find((lesson) => lesson.slug === slug);
  if (!meta) return undefined;
  const { result, problems } = await compileLessonMeta(meta, course, paths);
  if (!result) throw new ContentError(problems);
  return result;
}

/** Compiles one lesson of a loaded course. */
export async function compileLessonMeta(
  meta: LessonMeta,
  course: Course,
  paths: ContentPaths,
  slides?: CompileOptions["slides"],
): Promise<{ result?: Lesson; problems: ContentProblem[]; warnings: ContentProblem[] }> {
  const { readFile } = await import("node:fs/promises");
  const source = await readFile(meta.file, "utf8");
  const { result, problems, warnings } = await compileMdx(source, {
    file: meta.file,
    displayPath: meta.displayPath,
    publicDir: paths.publicDir,
    slugByFile: new Map(course.lessons.map((lesson) => [lesson.file, lesson.slug])),
    tocMinDepth: meta.tocMinDepth,
    tocMaxDepth: meta.tocMaxDepth,
    lessonTitle: meta.title,
    slides,
  });
  if (!result) return { problems, warnings };
  return {
    result: {
      ...meta,
      heading: result.leadingTitle ?? meta.title,
      code: result.code,
      toc: meta.hideTableOfContents ? [] : result.toc,
      headingIds: result.headingIds,
    },
    problems,
    warnings,
  };
}

/**
 * Loads and compiles every lesson and validates every quiz file, including that each question
 * names a section of its own or an earlier lesson that exists (`teaches:`), returning every
 * problem in the content (empty when it is all fine). Used by the content test.
 */
export async function checkContent(
  paths: ContentPaths = getContentPaths(),
): Promise<ContentProblem[]> {
  return (await checkContentReport(paths)).problems;
}

/**
 * `checkContent`, plus the warnings: what an author should look at but that does not stop the
 * build, such as a slide with more body text than reads well on a projector. Used by
 * `npm run check:content` before the build.
 */
export async function checkContentReport(
  paths: ContentPaths = getContentPaths(),
): Promise<{ problems: ContentProblem[]; warnings: ContentProblem[] }> {
  let course: Course;
  try {
    course = await loadCourse({ ...paths, skipDrafts: false });
  } catch (error) {
    if (error instanceof ContentError) return { problems: [...error.problems], warnings: [] };
    throw error;
  }
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const headingIds = new Map<string, Set<string>>();
  for (const meta of course.lessons) {
    const compiled = await compileLessonMeta(meta, course, paths);
    problems.push(...compiled.problems);
    warnings.push(...compiled.warnings);
    if (compiled.result) headingIds.set(meta.slug, new Set(compiled.result.headingIds));
  }
  const quizzes = await loadQuizBank({ course, ...paths });
  problems.push(...quizzes.problems);
  problems.push(...(await checkPrices(course, paths)));
  problems.push(...(await checkDiagram(course, paths, headingIds)));
  problems.push(
    ...checkTeaches(quizzes.references, {
      lessonOrder: course.lessons.map((lesson) => lesson.slug),
      headingIds,
    }),
  );
  return { problems, warnings };
}

/**
 * The diagram file's problems, and its links to headings that do not exist; when there is no
 * file, one problem for each lesson that shows the diagram, at its line.
 */
async function checkDiagram(
  course: Course,
  paths: ContentPaths,
  headingIds: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<ContentProblem[]> {
  const { text, displayPath, content, problems, missing } = readDiagramFile(paths);
  if (missing) return findUses(course, "<ArchitectureDiagram", displayPath);
  if (!content) return problems;
  return checkDiagramLinks(text, displayPath, headingIds);
}

/** A problem at each lesson line that uses `tag`, whose data file `file` is missing. */
async function findUses(course: Course, tag: string, file: string): Promise<ContentProblem[]> {
  const { readFile } = await import("node:fs/promises");
  const found: ContentProblem[] = [];
  for (const lesson of course.lessons) {
    const lines = (await readFile(lesson.file, "utf8")).split("\n");
    const index = lines.findIndex((line) => line.includes(tag));
    if (index === -1) continue;
    found.push({
      file: lesson.displayPath,
      line: index + 1,
      message: `${tag} /> needs ${file}, which does not exist`,
      hint: "the diagram reads what each box says, its steps and flows from that file",
    });
  }
  return found;
}

/**
 * The price file's problems; and, when there is no file, one problem for each lesson that shows
 * prices, at the line of its `<FargateCostExplorer`.
 */
async function checkPrices(course: Course, paths: ContentPaths): Promise<ContentProblem[]> {
  const { problems, missing, displayPath } = await loadFargatePrices(paths);
  if (!missing) return problems;
  const { readFile } = await import("node:fs/promises");
  const found: ContentProblem[] = [];
  for (const lesson of course.lessons) {
    const lines = (await readFile(lesson.file, "utf8")).split("\n");
    const index = lines.findIndex((line) => line.includes("<FargateCostExplorer"));
    if (index === -1) continue;
    found.push({
      file: lesson.displayPath,
      line: index + 1,
      message: `<FargateCostExplorer /> needs ${displayPath}, which does not exist`,
      hint: "the explorer reads the Region, the date and the rates from that file; see the README's Prices section",
    });
  }
  return found;
}
