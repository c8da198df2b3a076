import path from "node:path";

import type { ContentPaths } from "@/lib/content";

/** Content paths of a fixture under tests/fixtures/<name>/. */
export function fixture(name: string): ContentPaths {
  const rootDir = path.resolve(__dirname, "../../fixtures", name);
  return {
    rootDir,
    contentDir: path.join(rootDir, "content"),
    publicDir: path.join(rootDir, "public"),
  };
}
