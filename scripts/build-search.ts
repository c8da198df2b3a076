// The search index: Pagefind reads the site's HTML pages and writes its index and its browser
// script beside them, for components/search to load when a reader opens search.
//
//   tsx scripts/build-search.ts <site folder> [<index folder>]
//
// The site folder holds the built HTML pages (`.next/server/app` for `next start`, or a static
// export such as `out/`); the index goes to `<site folder>/pagefind` unless another folder is
// given (`public/pagefind`, which `next start` serves). Only the parts of a page marked
// `data-pagefind-body` are indexed, less what is marked `data-pagefind-ignore`: the lesson's
// text and headings (components/lesson/lesson-view.tsx).
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";

import * as pagefind from "pagefind";

import { routeForHtmlFile } from "../lib/search/route";

/** What the index leaves out of the lesson's body, beside `data-pagefind-ignore`. */
const EXCLUDE = [
  // The "#" link after each heading: it would end every section's title.
  ".hash-link",
  // Links to elsewhere (present this lesson) and buttons (copy, run in the lab, tabs).
  "nav",
  "button",
  // Widgets in the lesson: their labels and controls are not what the lesson explains.
  "[data-lab-card]",
  "[data-architecture-diagram]",
  "[data-fargate-cost-explorer]",
];

const [siteArg, outArg] = process.argv.slice(2);
if (!siteArg) {
  console.error("usage: tsx scripts/build-search.ts <site folder> [<index folder>]");
  process.exit(2);
}
const site = path.resolve(siteArg);
const out = path.resolve(outArg ?? path.join(site, "pagefind"));

const started = performance.now();
const { index, errors } = await pagefind.createIndex({
  excludeSelectors: EXCLUDE,
  forceLanguage: "en",
});
if (!index) fail(errors);

let pages = 0;
for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
  const file = path.join(entry.parentPath, entry.name);
  // A previous index inside the site folder is not a page.
  if (file.startsWith(out + path.sep)) continue;
  const content = await readFile(file, "utf8");
  if (!content.includes("data-pagefind-body")) continue;
  const added = await index.addHTMLFile({
    url: routeForHtmlFile(path.relative(site, file)),
    content,
  });
  if (added.errors.length > 0) fail(added.errors, file);
  pages++;
}
if (pages === 0) {
  // The lesson page lost its data-pagefind-body, or the folder is not the built site.
  fail([`no page in ${site} is marked data-pagefind-body`]);
}

await rm(out, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: out });
if (written.errors.length > 0) fail(written.errors);
await pagefind.close();
// Pagefind also writes its ready-made search interfaces; the site has its own
// (components/search), so they would only be shipped, never loaded.
for (const name of await readdir(out)) {
  if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(name)) {
    await rm(path.join(out, name));
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `✓ search: ${pages} pages indexed into ${path.relative(process.cwd(), out)} in ${seconds} s`,
);

function fail(messages: string[], file?: string): never {
  console.error(`✖ search${file ? ` (${file})` : ""}: ${messages.join("\n  ")}`);
  void pagefind.close();
  process.exit(1);
}
