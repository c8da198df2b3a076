import path from "node:path";

import { type Course, loadCourse } from "./course";

export type { Course, CourseModule, LessonMeta } from "./course";
export { getNeighbours } from "./course";
export { ContentError, formatProblem, type ContentProblem } from "./errors";
export type { TocEntry } from "./remark";

export interface ContentPaths {
  rootDir: string;
  contentDir: string;
  publicDir: string;
}

/** Where the course lives. `DOCKSIDE_CONTENT_DIR` points the site at another content folder. */
export function getContentPaths(): ContentPaths {
  const rootDir = process.cwd();
  // The content is read at build time only; tell Turbopack not to trace these folders into
  // the server output.
  return {
    rootDir,
    contentDir: path.resolve(
      /*turbopackIgnore: true*/ rootDir,
      process.env.DOCKSIDE_CONTENT_DIR ?? "content",
    ),
    publicDir: path.join(/*turbopackIgnore: true*/ rootDir, "public"),
  };
}

// At build time every page asks for the course; read it once per process. In development,
// re-read on every request so edits to content/ show up on reload.
const cache = process.env.NODE_ENV !== "development";
let coursePromise: Promise<Course> | undefined;

/** The course structure (modules and lessons in order), validated. Throws `ContentError`. */
export function getCourse(paths: ContentPaths = getContentPaths()): Promise<Course> {
  if (!cache) return loadCourse({ ...paths, skipDrafts: false });
  coursePromise ??= loadCourse({ ...paths, skipDrafts: process.env.NODE_ENV === "production" });
  return coursePromise;
}
