// Search's numbers: the size of the index the build writes (scripts/build-search.ts), and the
// time from opening search on a lesson page, with nothing of it loaded yet, to the first result
// for a typed word. Run on its own against a served build with
// `npx tsx scripts/bench-search.ts <index folder> <site URL>`; `npm run bench` includes it.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

import { chromium } from "@playwright/test";

/** The budget for the first result, in milliseconds, on this 2-core machine, unthrottled. */
export const FIRST_RESULT_BUDGET_MS = 1000;

export interface SearchBenchResult {
  /** Everything the index step writes, in KB. */
  indexKB: number;
  files: number;
  /** What one search fetched from /pagefind/ (script, WebAssembly, index chunks), in KB. */
  fetchedKB: number;
  /** Median of the runs, and each run, from the key that opens search to the first result. */
  firstResultMs: number;
  runsMs: number[];
  withinBudget: boolean;
}

function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/**
 * Opens `/lessons/networking-for-fargate/` in a fresh browser context per run (nothing cached),
 * presses `/`, types "awsvpc", and times until the first result link shows.
 */
export async function benchSearch(
  indexDir: string,
  siteUrl: string,
  options: { runs?: number; executablePath?: string } = {},
): Promise<SearchBenchResult> {
  const { bytes, files } = folderBytes(indexDir);
  const browser = await chromium.launch({
    executablePath: options.executablePath,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const runsMs: number[] = [];
  let fetched = 0;
  try {
    for (let run = 0; run < (options.runs ?? 3); run++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      let bytesThisRun = 0;
      page.on("response", (response) => {
        if (!new URL(response.url()).pathname.startsWith("/pagefind/")) return;
        void response
          .body()
          .then((body) => (bytesThisRun += body.length))
          .catch(() => {});
      });
      await page.goto(new URL("/lessons/networking-for-fargate/", siteUrl).href);
      // Live: the theme switch says where it stands once the page has hydrated.
      await page
        .getByRole("button", { name: "Dark mode" })
        .and(page.locator("[aria-pressed]"))
        .waitFor();
      const started = performance.now();
      await page.keyboard.press("/");
      await page.getByRole("searchbox", { name: "Search the lessons" }).fill("awsvpc");
      await page.getByRole("dialog").getByRole("link").first().waitFor();
      runsMs.push(Math.round(performance.now() - started));
      fetched = bytesThisRun;
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  const firstResultMs = sorted[Math.floor(sorted.length / 2)]!;
  return {
    indexKB: Math.round(bytes / 1024),
    files,
    fetchedKB: Math.round(fetched / 1024),
    firstResultMs,
    runsMs,
    withinBudget: firstResultMs <= FIRST_RESULT_BUDGET_MS,
  };
}

/** Prints the search line of the bench's report. */
export function reportSearch(search: SearchBenchResult) {
  console.log(
    `Search: index ${search.indexKB} KB in ${search.files} files, ${search.fetchedKB} KB fetched by one search; ` +
      `first result ${search.firstResultMs} ms after opening (median of ${search.runsMs.join(", ")} ms; ` +
      `budget ${FIRST_RESULT_BUDGET_MS} ms)${search.withinBudget ? "" : " ✖"}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [indexDir, siteUrl] = process.argv.slice(2);
  if (!indexDir || !siteUrl) {
    console.error("usage: tsx scripts/bench-search.ts <index folder> <site URL>");
    process.exit(2);
  }
  reportSearch(await benchSearch(indexDir, siteUrl, { executablePath: "/usr/bin/chromium" }));
}
