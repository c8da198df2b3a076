import path from "node:path";
import { fileURLToPath } from "node:url";

import { loadCourse } from "../../lib/content/course";

const rootDir = fileURLToPath(new URL("../..", import.meta.url));

/** The real course, read by the same loader as the site, so tests follow the content. */
export function readCourse() {
  return loadCourse({ rootDir, contentDir: path.join(rootDir, "content"), skipDrafts: true });
}
