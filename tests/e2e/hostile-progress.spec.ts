import type { Page } from "@playwright/test";

import { PROGRESS_KEY } from "../../lib/progress/key";
import { expect, test } from "./fixtures";

// Progress meets crafted files and stored values, as a learner handed a file, or a script on
// the same origin, would produce them (issue 26).

const lesson = "containers-on-aws";
const FAR_FUTURE = "9999-12-31T23:59:59.000Z";

/** A finished attempt as the app stores it, of `quizId`, finished `minute` minutes into 2026. */
function attempt(id: string, quizId: string, minute = 0) {
  const at = new Date(Date.UTC(2026, 0, 1, 9, minute)).toISOString();
  return {
    id,
    quizId,
    scope: "all",
    mode: "test",
    seed: "seed",
    startedAt: at,
    finishedAt: at,
    savedAt: at,
    questionIds: ["q1", "q2"],
    answers: { q1: ["a"] },
    credit: { q1: 1, q2: 0 },
    score: 0.5,
  };
}

const progress = (attempts: object[], extra: object = {}) => ({
  attempts,
  active: [],
  read: {},
  clearedAt: null,
  ...extra,
});

/** An export file, as Export writes it, holding `attempts`. */
function exportFile(name: string, attempts: object[]) {
  const text = JSON.stringify({
    format: "dockside-progress",
    version: 2,
    exportedAt: "2026-01-02T00:00:00.000Z",
    progress: progress(attempts),
  });
  return { name, mimeType: "application/json", buffer: Buffer.from(text) };
}

const stored = (state: object) => JSON.stringify({ state, version: 2 });
const status = (page: Page) => page.getByTestId("progress-status");
const attemptRows = (page: Page) => page.getByTestId("attempt-table").locator("tbody tr");
const importInput = (page: Page) => page.getByLabel("Import progress…");
const refusal = (page: Page) => page.getByRole("alert").filter({ hasText: "was not imported" });

async function openProgress(page: Page) {
  await page.goto("/progress");
  await expect(importInput(page)).toBeEnabled();
}

test("a file with lesson:__proto__ is refused; removed lessons are kept and counted", async ({
  page,
  consoleErrors,
}) => {
  await openProgress(page);
  await importInput(page).setInputFiles(
    exportFile("crafted.json", [attempt("x1", "lesson:__proto__")]),
  );
  await expect(refusal(page)).toContainText(
    "crafted.json was not imported. This export cannot be used: the data is damaged at attempts.0.quizId",
  );

  // Well-formed ids of lessons the course does not have (removed, or named like a built-in
  // key): imported, kept, not shown, counted.
  await importInput(page).setInputFiles(
    exportFile("old.json", [
      attempt("k1", `lesson:${lesson}`, 1),
      attempt("k2", "lesson:constructor", 2),
      attempt("k3", "lesson:a-lesson-since-removed", 3),
    ]),
  );
  await expect(page.getByText("Imported old.json: 3 new attempts of 3")).toBeVisible();
  await expect(attemptRows(page)).toHaveCount(1);
  await expect(page.getByTestId("unknown-progress")).toHaveText(
    /^Also kept, not shown: 2 attempts of lessons this course no longer has\./,
  );

  // Every later visit loads, and the attempts are still there.
  await openProgress(page);
  await expect(status(page)).toContainText("Saved in this browser");
  await expect(attemptRows(page)).toHaveCount(1);
  await expect(page.getByTestId("unknown-progress")).toContainText("2 attempts");
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY);
  expect(saved.state.attempts.map((a: { id: string }) => a.id).sort()).toEqual(["k1", "k2", "k3"]);
  expect(consoleErrors).toEqual([]);
});

test("lesson:__proto__ written by another tab neither crashes an open /progress nor is lost", async ({
  context,
  page,
  consoleErrors,
}) => {
  await openProgress(page);
  const other = await context.newPage();
  await other.goto("/");
  const crafted = stored(progress([attempt("p1", "lesson:__proto__")]));
  await other.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [PROGRESS_KEY, crafted],
  );

  // The open page heard the write (a storage event) and stays usable.
  await page.bringToFront();
  await page.getByRole("button", { name: "Reset progress…" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(status(page)).toContainText("Saved in this browser");

  // A well-formed unknown id from the other tab shows up as a count, live.
  const unknown = stored(progress([attempt("p2", "lesson:constructor")]));
  await other.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [PROGRESS_KEY, unknown],
  );
  await expect(page.getByTestId("unknown-progress")).toContainText("1 attempt");

  // On the next visit the crafted value's copy is there to download, not deleted.
  await other.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [PROGRESS_KEY, crafted],
  );
  await openProgress(page);
  await expect(page.getByRole("region", { name: "Progress that could not be read" })).toBeVisible();
  await expect(status(page)).toContainText("Saved in this browser");
  expect(consoleErrors).toEqual([]);
});

test("a reset dated in year 9999 erases nothing, marks are saved, and Reset recovers", async ({
  page,
  consoleErrors,
}) => {
  await page.goto("/");
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [
      PROGRESS_KEY,
      stored(progress([attempt("mine", `lesson:${lesson}`)], { clearedAt: FAR_FUTURE })),
    ],
  );

  await openProgress(page);
  await expect(attemptRows(page)).toHaveCount(1);

  // A new mark is saved: it survives a reload.
  await page.goto(`/lessons/${lesson}`);
  const mark = page.getByRole("button", { name: "Mark lesson as read" });
  await expect(mark).toBeEnabled();
  await mark.click();
  await expect(mark).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(mark).toHaveAttribute("aria-pressed", "true");

  // Reset clears it all, and saving works after it.
  await openProgress(page);
  await expect(status(page)).toContainText("1 of");
  await page.getByRole("button", { name: "Reset progress…" }).click();
  await page.getByRole("button", { name: "Delete my progress" }).click();
  await expect(page.getByText("Your progress has been reset.")).toBeVisible();
  await expect(status(page)).toContainText("Saved in this browser. 0 of");
  await page.goto(`/lessons/${lesson}`);
  await expect(mark).toBeEnabled();
  await mark.click();
  await expect(mark).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(mark).toHaveAttribute("aria-pressed", "true");
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY);
  expect(saved.state.clearedAt < "9999").toBe(true);
  expect(saved.state.attempts).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test("an oversized file is refused as too large, saying the limit", async ({ page }) => {
  await openProgress(page);
  const before = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  await importInput(page).setInputFiles({
    name: "huge.json",
    mimeType: "application/json",
    buffer: Buffer.alloc(9_000_000, " "),
  });
  await expect(refusal(page)).toHaveText(
    "huge.json was not imported. This file is too large (9 MB): a Dockside progress export is at most 8 MB. Your progress has not changed.",
  );
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(before);
});

test("a thousand attempts import, and the page shows them a hundred at a time", async ({
  page,
  consoleErrors,
}) => {
  await openProgress(page);
  const many = Array.from({ length: 1000 }, (_, i) =>
    attempt(`m${i}`, i % 2 ? `lesson:${lesson}` : "course", i),
  );
  await importInput(page).setInputFiles(exportFile("many.json", many));
  await expect(page.getByText("Imported many.json: 1000 new attempts of 1000")).toBeVisible();
  await expect(attemptRows(page)).toHaveCount(100);
  await page.getByRole("button", { name: /^Show 100 older attempts \(900 not shown\)$/ }).click();
  await expect(attemptRows(page)).toHaveCount(200);
  await expect(page.getByText("The latest 50 of 500 attempts.").first()).toBeVisible();

  // Answering a quiz still saves, with all of them stored.
  await page.goto(`/lessons/${lesson}`);
  const mark = page.getByRole("button", { name: "Mark lesson as read" });
  await expect(mark).toBeEnabled();
  await mark.click();
  await page.reload();
  await expect(mark).toHaveAttribute("aria-pressed", "true");
  expect(consoleErrors).toEqual([]);
});
