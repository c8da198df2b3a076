import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { ContentError, type ContentProblem } from "./errors";
import { parseYamlWith, splitFrontmatter } from "./frontmatter";
import { baseSlug, humanize, isValidSlug, normalizeSlug, splitNumberPrefix } from "./names";
import { estimateReadingMinutes } from "./reading-time";
import { categorySchema, lessonFrontmatterSchema } from "./schema";

/** What the course knows about a lesson without compiling it. */
export interface LessonMeta {
  slug: string;
  /** Absolute path of the source file. */
  file: string;
  /** Path relative to the project root, for messages. */
  displayPath: string;
  /** Title for the browser tab, metadata and lists. */
  title: string;
  sidebarLabel: string;
  description?: string;
  outcomes: string[];
  /** Where the lesson's facts come from (empty when it names none). */
  sources: { title: string; url: string }[];
  /** When the facts were last checked against the sources, YYYY-MM-DD. */
  checked?: string;
  readingMinutes: number;
  moduleId: string;
  hideTableOfContents: boolean;
  tocMinDepth: number;
  tocMaxDepth: number;
}

export interface CourseModule {
  /** Folder name without its number prefix; "" for lessons at the top of `content/`. */
  id: string;
  title?: string;
  description?: string;
  lessons: LessonMeta[];
}

export interface Course {
  modules: CourseModule[];
  /** Every lesson, in course order. */
  lessons: LessonMeta[];
}

export interface LoadOptions {
  contentDir: string;
  /** Paths in messages are relative to this folder. */
  rootDir: string;
  /** Whether `draft: true` lessons are left out (as Docusaurus does in production). */
  skipDrafts?: boolean;
}

interface Ordered {
  position?: number;
  name: string;
}

/** Docusaurus order: explicit or prefixed positions first, ascending; then by name. */
function byPosition(a: Ordered, b: Ordered): number {
  const pa = a.position ?? Number.POSITIVE_INFINITY;
  const pb = b.position ?? Number.POSITIVE_INFINITY;
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.name.localeCompare(b.name);
}

const LESSON_FILE = /^[^_.].*\.mdx?$/;

/**
 * Reads `content/`: every `.md`/`.mdx` file is a lesson, every top-level folder a module
 * (named and ordered by its `_category_` file or number prefix). Validates all frontmatter and
 * slugs, and throws one `ContentError` listing every problem found.
 */
export async function loadCourse(options: LoadOptions): Promise<Course> {
  const problems: ContentProblem[] = [];
  const display = (file: string) => path.relative(options.rootDir, file).split(path.sep).join("/");

  const entries = await readdir(options.contentDir, { withFileTypes: true }).catch(() => {
    throw new ContentError([
      {
        file: display(options.contentDir),
        message: "content folder not found",
        hint: "lessons live in content/ at the project root",
      },
    ]);
  });

  const modules: (CourseModule & Ordered)[] = [];
  const rootFiles = entries.filter((e) => e.isFile() && LESSON_FILE.test(e.name));
  if (rootFiles.length > 0) {
    const lessons = await readLessons(
      rootFiles.map((e) => path.join(options.contentDir, e.name)),
      "",
    );
    modules.push({ id: "", name: "", position: Number.NEGATIVE_INFINITY, lessons });
  }
  for (const folder of entries.filter((e) => e.isDirectory() && /^[^_.]/.test(e.name))) {
    const dir = path.join(options.contentDir, folder.name);
    const prefix = splitNumberPrefix(folder.name);
    const category = await readCategory(dir);
    const files = await listLessonFiles(dir);
    if (files.length === 0) continue;
    const lessons = await readLessons(files, prefix.name);
    modules.push({
      id: prefix.name,
      name: folder.name,
      title: category?.label ?? humanize(prefix.name),
      description: category?.description ?? category?.link?.description,
      position: category?.position ?? prefix.position,
      lessons,
    });
  }
  modules.sort(byPosition);

  const firstBySlug = new Map<string, LessonMeta>();
  for (const lesson of modules.flatMap((m) => m.lessons)) {
    const other = firstBySlug.get(lesson.slug);
    if (other) {
      problems.push({
        file: lesson.displayPath,
        message: `slug "${lesson.slug}" is already used by ${other.displayPath}`,
        hint: "two lessons cannot share a URL: rename one file or give it another `slug:` in its frontmatter",
      });
    } else {
      firstBySlug.set(lesson.slug, lesson);
    }
  }

  if (problems.length > 0) throw new ContentError(problems);
  const courseModules = modules.map(({ id, title, description, lessons }) => ({
    id,
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    lessons,
  }));
  return { modules: courseModules, lessons: courseModules.flatMap((m) => m.lessons) };

  async function readCategory(dir: string) {
    for (const name of ["_category_.json", "_category_.yml", "_category_.yaml"]) {
      const file = path.join(dir, name);
      if (!existsSync(file)) continue;
      const text = await readFile(file, "utf8");
      // JSON is YAML, so one parser gives line numbers for both.
      const { data, problems: found } = parseYamlWith(categorySchema, text, display(file), 1, "category");
      problems.push(...found);
      return data;
    }
    return undefined;
  }

  async function listLessonFiles(dir: string): Promise<string[]> {
    const found: string[] = [];
    const children = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      byPosition(splitNumberPrefix(a.name), splitNumberPrefix(b.name)),
    );
    for (const child of children) {
      const full = path.join(dir, child.name);
      if (child.isDirectory() && /^[^_.]/.test(child.name)) found.push(...(await listLessonFiles(full)));
      else if (child.isFile() && LESSON_FILE.test(child.name)) found.push(full);
    }
    return found;
  }

  async function readLessons(files: string[], moduleId: string): Promise<LessonMeta[]> {
    const lessons: (LessonMeta & Ordered)[] = [];
    for (const [index, file] of files.entries()) {
      const lesson = await readLesson(file, moduleId);
      // Files come sorted by folder then prefix; keep that order among equal positions.
      if (lesson) lessons.push({ ...lesson, name: String(index).padStart(6, "0") });
    }
    return lessons.sort(byPosition).map(({ position: _position, name: _name, ...lesson }) => lesson);
  }

  async function readLesson(
    file: string,
    moduleId: string,
  ): Promise<(LessonMeta & { position?: number }) | undefined> {
    const displayPath = display(file);
    const source = await readFile(file, "utf8");
    const block = splitFrontmatter(source);
    const { data, problems: found } = parseYamlWith(
      lessonFrontmatterSchema,
      block.yaml,
      displayPath,
      block.yamlStartLine,
      "frontmatter",
    );
    problems.push(...found);
    if (!data) return undefined;
    if (data.draft && options.skipDrafts) return undefined;

    const fileName = path.basename(file);
    const slug = normalizeSlug(data.slug ?? "") ?? normalizeSlug(data.id ?? "") ?? baseSlug(fileName);
    if (!isValidSlug(slug)) {
      problems.push({
        file: displayPath,
        line: lineOfKey(block.yaml, data.slug ? "slug" : "id", block.yamlStartLine),
        message: `slug "${slug}" cannot be used in a URL`,
        hint: "use letters, digits, - and _ only",
      });
      return undefined;
    }
    const title = data.title ?? leadingHeading(block.body) ?? humanize(baseSlug(fileName));
    return {
      slug,
      file,
      displayPath,
      title,
      sidebarLabel: data.sidebar_label ?? title,
      ...(data.description ? { description: data.description } : {}),
      outcomes: data.outcomes ?? [],
      sources: data.sources ?? [],
      ...(data.checked ? { checked: data.checked } : {}),
      readingMinutes: estimateReadingMinutes(block.body),
      moduleId,
      hideTableOfContents: data.hide_table_of_contents ?? false,
      tocMinDepth: data.toc_min_heading_level ?? 2,
      tocMaxDepth: data.toc_max_heading_level ?? 3,
      position: data.sidebar_position ?? splitNumberPrefix(fileName).position,
    };
  }
}

function lineOfKey(yaml: string, key: string, firstLine: number): number {
  const index = yaml.split("\n").findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : firstLine + index;
}

/** The text of a `# Heading` that opens the body, if any (Docusaurus uses it as the title). */
function leadingHeading(body: string): string | undefined {
  for (const line of body.split("\n")) {
    if (!line.trim() || /^(import|export)\s/.test(line)) continue;
    const match = /^#\s+(.+?)\s*(\{#[\w.:-]+\})?\s*$/.exec(line);
    return match?.[1];
  }
  return undefined;
}

/** The lessons before and after `slug` in course order. */
export function getNeighbours(
  course: Course,
  slug: string,
): { previous?: LessonMeta; next?: LessonMeta } {
  const index = course.lessons.findIndex((lesson) => lesson.slug === slug);
  if (index === -1) return {};
  return { previous: course.lessons[index - 1], next: course.lessons[index + 1] };
}
