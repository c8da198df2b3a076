import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import type { Page } from "@playwright/test";

import { PROGRESS_KEY } from "../../lib/progress/key";
import { expect, seriousViolations, test, watchCspViolations } from "./fixtures";
import { readCourse } from "./course";
import { readBank, startQuiz, takeTestQuiz } from "./quiz-helpers";

/** Takes a lesson's quiz in test mode; `right` says which questions to answer correctly. */
async function finishLessonQuiz(
  page: Page,
  slug: string,
  right: (index: number) => boolean = () => true,
) {
  const { byId } = await readBank();
  await page.goto(`/quiz/${slug}`);
  await startQuiz(page, "Test");
  const missed = await takeTestQuiz(page, byId, right);
  await expect(page.getByRole("heading", { name: /^Your score: \d+%$/ })).toBeVisible();
  return missed;
}

const attemptRows = (page: Page) => page.getByTestId("attempt-table").locator("tbody tr");

function fixtureFile(name: string) {
  return fileURLToPath(new URL(`../fixtures/progress files/${name}`, import.meta.url));
}

test("a corrupt value in storage is set aside, the app starts clean and says so", async ({
  page,
  consoleErrors,
}) => {
  const corrupt = '{"state": {"attempts": [oops';
  await page.goto("/");
  // Let this page finish reading storage first, so it is the reload that meets the bad value.
  await expect(page.getByTestId("lesson-progress").first()).toHaveText(/Not started/);
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [PROGRESS_KEY, corrupt],
  );
  await page.reload();

  const notice = page.getByTestId("progress-notice");
  await expect(notice).toContainText("Saved progress could not be read");
  await expect(notice).toContainText("kept aside, not deleted");
  const stored = await page.evaluate(() => ({ ...localStorage }) as Record<string, string>);
  const asideKeys = Object.keys(stored).filter((key) =>
    key.startsWith(`${PROGRESS_KEY}.set-aside.`),
  );
  expect(asideKeys).toHaveLength(1);
  expect(stored[asideKeys[0]!]).toBe(corrupt);
  // The unreadable value is no longer under the progress key: the app starts clean.
  expect(stored[PROGRESS_KEY]).toBeUndefined();

  // The set-aside value can be downloaded from the Progress page.
  await notice.getByRole("link", { name: "Open Progress" }).click();
  const section = page.getByRole("region", { name: "Progress that could not be read" });
  await expect(section).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    section.getByRole("button", { name: "Download" }).click(),
  ]);
  expect(readFileSync(await download.path(), "utf8")).toBe(corrupt);

  // And the app works: a quiz taken now is saved.
  const { quizzes } = await readBank();
  await finishLessonQuiz(page, quizzes[0]!.lessonSlug);
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY);
  expect(saved.state.attempts).toHaveLength(1);
  expect(await page.evaluate((key) => localStorage.getItem(key), asideKeys[0]!)).toBe(corrupt);
  expect(consoleErrors).toEqual([]);
});

test("with storage refused, the app works in memory and says progress is not saved", async ({
  page,
  consoleErrors,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      },
    });
  });
  const { quizzes } = await readBank();
  await page.goto("/");
  const notice = page.getByTestId("progress-notice");
  await expect(notice).toContainText("Your progress is not being saved");
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await page.getByRole("link", { name: "Quiz", exact: true }).click();
  await expect(page).toHaveURL("/quiz/");
  await page.getByRole("main").getByRole("link", { name: quizzes[0]!.title, exact: true }).click();
  const { byId } = await readBank();
  await startQuiz(page, "Test");
  await takeTestQuiz(page, byId, (index) => index > 0);
  // Client-side navigation keeps the page's memory: the attempt is there.
  await page.getByRole("link", { name: "Progress", exact: true }).click();
  await expect(page.getByTestId("progress-status")).toContainText("Not being saved");
  await expect(attemptRows(page)).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test("with storage full, the app keeps progress in memory and says so", async ({
  page,
  consoleErrors,
}) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (this === window.localStorage && key !== "dockside-theme") {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      return setItem.call(this, key, value);
    };
  });
  const { quizzes } = await readBank();
  await page.goto("/progress");
  const notice = page.getByTestId("progress-notice");
  await expect(notice).toContainText("storage for this site is full");
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await page.getByRole("link", { name: "Quiz", exact: true }).click();
  await expect(page).toHaveURL("/quiz/");
  await page.getByRole("main").getByRole("link", { name: quizzes[1]!.title, exact: true }).click();
  const { byId } = await readBank();
  await startQuiz(page, "Test");
  await takeTestQuiz(page, byId);
  await page.getByRole("link", { name: "Progress", exact: true }).click();
  await expect(attemptRows(page)).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test("two pages of one browser each finish a quiz, and both attempts survive", async ({
  context,
}) => {
  const { quizzes, byId } = await readBank();
  const slug = quizzes[0]!.lessonSlug;
  const [one, two] = [await context.newPage(), await context.newPage()];
  const errors: string[] = [];
  for (const page of [one, two]) page.on("pageerror", (error) => errors.push(error.message));

  await one.goto(`/quiz/${slug}`);
  await startQuiz(one, "Test");
  await two.goto(`/quiz/${slug}`);
  // The second page sees the first page's attempt, but starts its own.
  await expect(two.getByRole("button", { name: /Continue your unfinished attempt/ })).toBeVisible();
  await startQuiz(two, "Practice");

  // The learner switches to a page before using it (a page behind another draws no frames).
  await one.bringToFront();
  await takeTestQuiz(one, byId, () => true);
  await expect(one.getByRole("heading", { name: "Your score: 100%" })).toBeVisible();
  await two.bringToFront();
  await takeTestQuiz(two, byId, (index) => index % 2 === 0);
  await expect(two.getByRole("heading", { name: /^Your score: \d+%$/ })).toBeVisible();

  // Each page knows of both attempts, without a reload…
  for (const page of [one, two]) {
    await page.bringToFront();
    await page.getByRole("link", { name: "Progress", exact: true }).click();
    await expect(attemptRows(page)).toHaveCount(2);
  }
  // …and so does storage.
  await one.reload();
  await expect(attemptRows(one)).toHaveCount(2);
  await expect(attemptRows(one).filter({ hasText: "test" })).toHaveCount(1);
  await expect(attemptRows(one).filter({ hasText: "practice" })).toHaveCount(1);
  expect(errors).toEqual([]);
});

test("export, then import into a fresh browser, restores the progress", async ({
  page,
  browser,
  consoleErrors,
}, testInfo) => {
  const { quizzes } = await readBank();
  const quiz = quizzes[2]!;
  await finishLessonQuiz(page, quiz.lessonSlug, (index) => index !== 3);
  const score = await page.getByRole("heading", { name: /^Your score/ }).innerText();
  await page.goto(`/lessons/${quizzes[0]!.lessonSlug}`);
  await page.getByRole("button", { name: "Mark lesson as read" }).click();
  await expect(page.getByRole("button", { name: "Mark lesson as read" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  await page.goto("/progress");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export progress" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^dockside-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();

  const fresh = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    viewport: testInfo.project.use.viewport,
  });
  const other = await fresh.newPage();
  await other.goto("/progress");
  await expect(other.getByText(/^No attempts yet\. Take a lesson/)).toBeVisible();
  await other.getByLabel("Import progress…").setInputFiles(file);
  await expect(other.getByText(/Imported .*: 1 new attempt of 1 in the file/)).toBeVisible();
  await expect(attemptRows(other)).toHaveCount(1);
  await expect(attemptRows(other)).toContainText(score.replace("Your score: ", ""));
  const { lessons } = await readCourse();
  await expect(other.getByTestId("progress-status")).toContainText(
    `1 of ${lessons.length} lessons read`,
  );

  // Importing the same file again adds nothing.
  await other.getByLabel("Import progress…").setInputFiles(file);
  await expect(other.getByText(/0 new attempts of 1/)).toBeVisible();
  await other.reload();
  await expect(attemptRows(other)).toHaveCount(1);
  await fresh.close();
  expect(consoleErrors).toEqual([]);
});

test("a bad import file is refused with a reason, and progress is untouched", async ({
  page,
  consoleErrors,
}) => {
  const { quizzes } = await readBank();
  await finishLessonQuiz(page, quizzes[0]!.lessonSlug);
  await page.goto("/progress");
  await expect(attemptRows(page)).toHaveCount(1);
  const before = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  const refusal = page.getByRole("alert").filter({ hasText: "was not imported" });
  const input = page.getByLabel("Import progress…");

  await input.setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("hello"),
  });
  await expect(refusal).toContainText("notes.txt was not imported. This file is not valid JSON");
  await expect(refusal).toContainText("Your progress has not changed.");

  await input.setInputFiles(fixtureFile("an export from a newer version.json"));
  await expect(refusal).toContainText("newer version of Dockside (format 4)");

  await input.setInputFiles(fixtureFile("another app's export.json"));
  await expect(refusal).toContainText("not a Dockside progress export");

  await input.setInputFiles(fixtureFile("an export with a damaged attempt.json"));
  await expect(refusal).toContainText("damaged at attempts.0.score");

  await expect(attemptRows(page)).toHaveCount(1);
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(before);
  expect(consoleErrors).toEqual([]);
});

test("reset asks for confirmation first", async ({ page }) => {
  const { quizzes } = await readBank();
  await finishLessonQuiz(page, quizzes[0]!.lessonSlug);
  await page.goto("/progress");
  await expect(attemptRows(page)).toHaveCount(1);

  await page.getByRole("button", { name: "Reset progress…" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete all your progress?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("This deletes 1 attempt");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(attemptRows(page)).toHaveCount(1);

  await page.getByRole("button", { name: "Reset progress…" }).click();
  await dialog.getByRole("button", { name: "Delete my progress" }).click();
  await expect(page.getByText("Your progress has been reset.")).toBeVisible();
  await expect(page.getByText(/^No attempts yet\. Take a lesson/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^No attempts yet\. Take a lesson/)).toBeVisible();
});

test("the progress page charts scores over time and reviews the most-missed questions @phone", async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(90_000);
  const { quizzes, byId } = await readBank();
  const quiz = quizzes[0]!;
  const missed = await finishLessonQuiz(page, quiz.lessonSlug, (index) => index > 2);
  await page.getByRole("button", { name: "Start over" }).click();
  await takeTestQuiz(page, byId, () => true);
  await expect(page.getByRole("heading", { name: "Your score: 100%" })).toBeVisible();

  await page.getByRole("link", { name: "Progress", exact: true }).click();
  const card = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: quiz.title }) });
  await expect(card.getByTestId("score-summary")).toHaveText(
    /^Best 100% · latest 100% · 2 attempts$/,
  );
  const chart = card.getByRole("img", { name: new RegExp(`Scores over time: `) });
  await expect(chart).toBeVisible();
  await card.getByText("Show as a table").click();
  await expect(card.getByRole("table").locator("tbody tr")).toHaveCount(2);

  const list = page.getByRole("list", { name: "Most missed questions" });
  await expect(list.getByRole("listitem")).toHaveCount(missed.length);
  await expect(list).toContainText("Missed 1 of 2 times");

  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(page)).toEqual([]);
  }

  await page.getByRole("button", { name: `Review these ${missed.length}` }).click();
  await expect(page.getByText(`Practice · Question 1 of ${missed.length}`)).toBeVisible();
  const asked = await page.locator("fieldset[data-question-id]").getAttribute("data-question-id");
  expect(missed).toContain(asked);
  expect(byId.has(asked!)).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test("home and sidebar show saved progress after hydration, without moving the page @phone", async ({
  page,
  consoleErrors,
}, testInfo) => {
  const { quizzes } = await readBank();
  const slug = quizzes[0]!.lessonSlug;
  await finishLessonQuiz(page, slug);
  await page.goto(`/lessons/${slug}`);
  await page.getByRole("button", { name: "Mark lesson as read" }).click();

  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto("/");
  const line = page.getByTestId("lesson-progress").first();
  await expect(line).toContainText("✓ Read · Quiz: best 100%, latest 100%");
  await expect(page.getByTestId("lesson-progress").nth(1)).toContainText("Not started");
  const shift = await page.evaluate(() =>
    (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, value) => sum + value, 0),
  );
  expect(shift).toBeLessThan(0.001);

  if (testInfo.project.name === "desktop") {
    await page.goto(`/lessons/${quizzes[1]!.lessonSlug}`);
    const nav = page.getByRole("complementary").getByRole("navigation", { name: "Course" });
    await expect(nav.getByTestId("lesson-mark").first()).toContainText("(read, quiz best 100%)");
  }
  expect(consoleErrors).toEqual([]);
});

test("quiz and progress pages run under the site's CSP without a violation", async ({
  page,
  consoleErrors,
}) => {
  const violations = await watchCspViolations(page);
  const { quizzes } = await readBank();
  await finishLessonQuiz(page, quizzes[0]!.lessonSlug);
  await page.goto("/quiz");
  await page.goto("/progress");
  // As a person would: the file picker opens only once the page is live (the input is disabled
  // until saved progress is known).
  const input = page.getByLabel("Import progress…");
  await expect(input).toBeEnabled();
  await input.setInputFiles(fixtureFile("saved by version 1.json"));
  await expect(page.getByRole("alert").filter({ hasText: "was not imported" })).toBeVisible();
  expect(violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
