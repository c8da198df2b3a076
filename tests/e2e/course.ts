import path from "node:path";
import { fileURLToPath } from "node:url";

import { loadCourse } from "../../lib/content/course";

const rootDir = fileURLToPath(new URL("../..", import.meta.url));

/** The real course, read by the same loader as the site, so tests follow the content. */
export function readCourse() {
  return loadCourse({ rootDir, contentDir: path.join(rootDir, "content"), skipDrafts: true });
}

/** A lesson's deck as the site builds it (slides, quiz slides, outline), for slide tests. */
export async function readPresentation(slug: string) {
  const { getPresentation } = await import("../../lib/course/deck");
  const presentation = await getPresentation(slug, {
    rootDir,
    contentDir: path.join(rootDir, "content"),
    publicDir: path.join(rootDir, "public"),
  });
  if (!presentation) throw new Error(`no lesson "${slug}"`);
  return presentation;
}
