import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { hasLoader, paintFirst } from "../../lib/build/paint-first";
import { scriptAndLinkTags } from "../../lib/build/html";
import { readCourse } from "./course";
import { expect, test } from "./fixtures";

// Paint-first (lib/build/paint-first.ts) rewrites the pages `next build` wrote, so it depends
// on how Next writes them today. This runs it on the real build, one page of every type: Next's
// own HTML (kept by scripts/finish-export.ts in .next/paint-first-input) against the exported
// file (out/), then the page in the browser. A Next upgrade that writes its tags another way fails here or in the build, never
// silently.

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Every page type, by address and by the file Next and the export write it to. */
async function pageTypes() {
  const { lessons } = await readCourse();
  const slug = lessons[0]!.slug;
  // Each page is a folder with an index.html (trailingSlash in next.config.mjs).
  return [
    { type: "home", url: "/", file: "index.html" },
    { type: "lesson", url: `/lessons/${slug}/`, file: `lessons/${slug}/index.html` },
    { type: "deck", url: `/lessons/${slug}/slides/`, file: `lessons/${slug}/slides/index.html` },
    {
      type: "presenter",
      url: `/lessons/${slug}/presenter/`,
      file: `lessons/${slug}/presenter/index.html`,
    },
    {
      type: "handout",
      url: `/lessons/${slug}/handout/`,
      file: `lessons/${slug}/handout/index.html`,
    },
    { type: "quiz", url: `/quiz/${slug}/`, file: `quiz/${slug}/index.html` },
    { type: "progress", url: "/progress/", file: "progress/index.html" },
    { type: "review", url: "/review/", file: "review/index.html" },
    { type: "404", url: "/no-such-page", file: "404.html" },
  ];
}

const asyncChunks = (html: string) =>
  scriptAndLinkTags(html)
    .filter((tag) => tag.name === "script" && "async" in tag.attributes)
    .map((tag) => tag.attributes.src!);

test("paint-first rewrote every page type of the real build, and each comes alive", async ({
  page,
  consoleErrors,
}) => {
  test.skip(test.info().project.name !== "desktop", "reads the build once");
  for (const { type, url, file } of await pageTypes()) {
    const next = await readFile(path.join(root, ".next/paint-first-input", file), "utf8");
    const exported = await readFile(path.join(root, "out", file), "utf8");
    const chunks = asyncChunks(next);
    expect(chunks.length, `${type}: Next wrote no async scripts`).toBeGreaterThan(0);
    // The build's step is exactly paint-first on Next's page, and it left no chunk behind.
    expect(exported, `${type}: out/${file} is not paint-first of Next's page`).toBe(
      paintFirst(next),
    );
    expect(hasLoader(exported), type).toBe(true);
    expect(asyncChunks(exported), type).toEqual([]);
    expect(exported, type).not.toMatch(/<link[^>]*rel="preload"[^>]*as="script"/);

    // In the browser every chunk is loaded, and the page answers.
    const requested = new Set<string>();
    const onRequest = (request: { url(): string }) =>
      requested.add(new URL(request.url()).pathname);
    page.on("request", onRequest);
    await page.goto(url);
    // The 404 page has nothing to press (no client component of its own): its chunks are enough.
    if (type !== "404") {
      await expect(page.getByRole("button", { name: "Dark mode" }).first()).toHaveAttribute(
        "aria-pressed",
        /^(true|false)$/,
      );
    }
    await expect
      .poll(() => chunks.filter((chunk) => !requested.has(chunk)), `${type}: chunks not loaded`)
      .toEqual([]);
    page.off("request", onRequest);
  }
  expect(consoleErrors.filter((error) => !/404/.test(error))).toEqual([]);
});
