// After `next build`: every prerendered page loads Next's scripts after its first paint
// (lib/build/paint-first.ts says why). Reads NEXT_DIST_DIR like next.config.mjs.
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { paintFirst } from "../lib/build/paint-first";

const server = path.resolve(process.env.NEXT_DIST_DIR ?? ".next", "server");

let rewritten = 0;
for (const entry of await readdir(server, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
  const file = path.join(entry.parentPath, entry.name);
  const html = await readFile(file, "utf8");
  const changed = paintFirst(html);
  if (changed === html) continue;
  await writeFile(file, changed);
  rewritten++;
}
if (rewritten === 0) {
  // Next changed how it writes its scripts: say so rather than quietly shipping the old order.
  console.error(`✖ paint-first: no page in ${server} had Next's async scripts to defer`);
  process.exit(1);
}
console.log(`✓ paint-first: ${rewritten} pages load their scripts after the first paint`);
