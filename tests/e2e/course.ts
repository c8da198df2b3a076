import path from "node:path";

import { loadCourse } from "../../lib/content/course";

/** The real course, read by the same loader as the site, so tests follow the content. */
export function readCourse() {
  const rootDir = path.resolve(__dirname, "../..");
  return loadCourse({ rootDir, contentDir: path.join(rootDir, "content"), skipDrafts: true });
}
