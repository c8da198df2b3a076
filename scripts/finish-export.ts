// After `next build` has written the static export: every page loads Next's scripts after its
// first paint (lib/build/paint-first.ts), then the nginx map from each page to its script-src
// hashes is written (lib/build/csp.ts). Anything that changes the exported HTML must run before
// this step, or the hashes no longer match; files added beside the pages (a search index) may
// come before or after it. Reads NEXT_DIST_DIR like next.config.mjs; CSP_CONF moves the map
// (default deploy/nginx/csp.conf, with csp.cloudfront.json beside it); PAINT_FIRST=off leaves
// the scripts as Next wrote them (docs/performance.md, "Paint-first").
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { cloudFrontKeyValues, nginxCspMap, scriptSrc } from "../lib/build/csp";
import { hasLoader, paintFirst } from "../lib/build/paint-first";

const exportDir = path.resolve(process.env.NEXT_DIST_DIR ?? "out");
const cspConf = path.resolve(process.env.CSP_CONF ?? "deploy/nginx/csp.conf");
// The same hashes for CloudFront (docs/deploy.md), beside the nginx map.
const keyValues = cspConf.replace(/\.conf$/, "") + ".cloudfront.json";
const withPaintFirst = process.env.PAINT_FIRST !== "off";
// Next's pages as it wrote them, before paint-first: tests/e2e/paint-first.spec.ts runs
// paint-first on them again and compares with the export.
const inputDir = path.resolve(process.env.PAINT_FIRST_INPUT ?? ".next/paint-first-input");

if (withPaintFirst) await rm(inputDir, { recursive: true, force: true });
const pages = new Map<string, string>();
let rewritten = 0;
let withLoader = 0;
for (const entry of await readdir(exportDir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
  const file = path.join(entry.parentPath, entry.name);
  const uri = "/" + path.relative(exportDir, file).split(path.sep).join("/");
  let html = await readFile(file, "utf8");
  try {
    if (withPaintFirst) {
      const changed = paintFirst(html);
      if (changed !== html) {
        const kept = path.join(inputDir, path.relative(exportDir, file));
        await mkdir(path.dirname(kept), { recursive: true });
        await writeFile(kept, html);
        await writeFile(file, changed);
        html = changed;
        rewritten++;
      }
    }
    if (hasLoader(html)) withLoader++;
    pages.set(uri, scriptSrc(html));
  } catch (error) {
    console.error(`✖ ${path.relative(process.cwd(), file)}: ${(error as Error).message}`);
    process.exit(1);
  }
}
if (pages.size === 0) {
  console.error(`✖ no exported pages in ${exportDir}: run \`next build\` first`);
  process.exit(1);
}
if (withPaintFirst && withLoader === 0) {
  console.error(`✖ paint-first: no page in ${exportDir} had Next's async scripts to defer`);
  process.exit(1);
}
await mkdir(path.dirname(cspConf), { recursive: true });
await writeFile(cspConf, nginxCspMap(pages));
await writeFile(keyValues, cloudFrontKeyValues(pages));
console.log(
  `✓ ${pages.size} pages${withPaintFirst ? `, ${rewritten} rewritten to load their scripts after the first paint` : ""}; ` +
    `script hashes in ${path.relative(process.cwd(), cspConf)}`,
);
