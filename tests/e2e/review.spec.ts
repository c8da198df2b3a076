import { readFileSync } from "node:fs";

import { PROGRESS_KEY } from "../../lib/progress/key";
import { plainText } from "../../lib/quiz/text";
import { expect, seriousViolations, test } from "./fixtures";
import { answerRight, currentQuestion, readBank, startQuiz, takeTestQuiz } from "./quiz-helpers";

/** A Monday morning, the learner's first day. */
const MONDAY = new Date("2026-12-07T09:00:00");
const TUESDAY = new Date("2026-12-08T09:00:00");

test("a week of spaced review: a missed question, sure, comes back the next day", async ({
  page,
  consoleErrors,
}) => {
  const { quizzes, byId } = await readBank();
  const quiz = quizzes[0]!;
  await page.clock.install({ time: MONDAY });

  // Monday: the lesson's quiz, the first answer wrong but marked sure with the S key.
  await page.goto(`/quiz/${quiz.lessonSlug}`);
  await startQuiz(page, "Test");
  const first = await currentQuestion(page, byId);
  await page.keyboard.press("s");
  await expect(page.getByRole("radio", { name: "Sure", exact: true })).toBeChecked();
  await page.keyboard.press("u");
  await expect(page.getByRole("radio", { name: "Unsure", exact: true })).toBeChecked();
  await page.keyboard.press("s");
  const missed = await takeTestQuiz(page, byId, (index) => index > 0);
  expect(missed).toEqual([first.id]);

  // Results: calibration, with the misconception and a link to its lesson.
  const calibration = page.getByTestId("calibration");
  await expect(calibration.getByTestId("calibration-sure")).toHaveText("0 of 1 right (0%)");
  const misconception = calibration.getByTestId("wrong-but-sure");
  await expect(misconception).toContainText(plainText(first.prompt));
  await expect(misconception.getByRole("link", { name: /^Revisit/ })).toHaveAttribute(
    "href",
    `/lessons/${first.lessonSlug}/`,
  );

  // Nothing is due on the day itself: every question was just answered.
  await page.goto("/");
  await expect(page.getByTestId("due-today")).toHaveText("0 questions due for review today");
  await page.goto("/progress");
  await expect(page.getByTestId("due-today")).toHaveText("0 questions due for review today");
  await expect(page.getByTestId("wrong-but-sure")).toContainText(plainText(first.prompt));

  // Tuesday, after a restart: the missed question is due, on home, /progress and /review.
  await page.clock.setSystemTime(TUESDAY);
  await page.goto("/");
  await expect(page.getByTestId("due-today")).toContainText("1 question due for review today");
  await page.getByRole("link", { name: "Review now" }).click();
  await expect(page).toHaveURL(/\/review\/$/);
  await expect(page.getByTestId("due-count")).toHaveText("1 question due today");
  const list = page.getByRole("list", { name: "Due questions, most overdue first" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list).toContainText(plainText(first.prompt));
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "light" });

  // The review is a practice quiz: the same check and feedback.
  await page.getByRole("button", { name: "Review these 1" }).click();
  expect((await currentQuestion(page, byId)).id).toBe(first.id);
  expect(await seriousViolations(page)).toEqual([]);
  await answerRight(page, first);
  // Confidence by touch on a phone, by mouse on a desktop.
  const guessing = page.getByRole("radio", { name: "Guessing", exact: true });
  if (test.info().project.name === "phone") await guessing.tap();
  else await guessing.click();
  await expect(guessing).toBeChecked();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByTestId("check-feedback")).toContainText("✓ Right");
  await expect(page.getByTestId("check-feedback")).toContainText(plainText(first.explanation));
  await page.getByRole("button", { name: "See your score" }).click();
  await expect(page.getByRole("heading", { name: "Your score: 100%" })).toBeVisible();
  await expect(page.getByTestId("right-but-unsure")).toContainText(plainText(first.prompt));
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByTestId("nothing-due")).toContainText("Nothing is due today.");

  // Later that week the rest come due, most overdue first, the guessed one among them.
  await page.clock.setSystemTime(new Date("2026-12-12T09:00:00"));
  await page.reload();
  await expect(page.getByTestId("due-count")).toContainText(/questions due today/);
  const ids = await list
    .getByRole("listitem")
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-question-id")));
  expect(ids.length).toBeGreaterThan(1);
  expect(ids).not.toContain(null);
  expect(consoleErrors).toEqual([]);
});

test("two tabs share one schedule, and it travels in an export", async ({ page, context }) => {
  const { quizzes, byId } = await readBank();
  const quiz = quizzes[0]!;
  await page.clock.install({ time: MONDAY });
  await page.goto(`/quiz/${quiz.lessonSlug}`);
  await startQuiz(page, "Test");
  const missed = await takeTestQuiz(page, byId, (index) => index > 1);
  expect(missed).toHaveLength(2);

  // A second tab, on Tuesday: it sees both missed questions due.
  const other = await context.newPage();
  await other.clock.install({ time: TUESDAY });
  await other.goto("/review");
  await expect(other.getByTestId("due-count")).toHaveText("2 questions due today");

  // Reviewing one in the second tab takes it off the first tab's list too.
  await other.getByRole("button", { name: "Review these 2" }).click();
  const q = await currentQuestion(other, byId);
  await answerRight(other, q);
  await other.getByRole("button", { name: "Check answer" }).click();
  await other.getByRole("button", { name: "Next question" }).click();
  const second = await currentQuestion(other, byId);
  await answerRight(other, second);
  await other.getByRole("button", { name: "Check answer" }).click();
  await other.getByRole("button", { name: "See your score" }).click();
  await expect(other.getByRole("heading", { name: "Your score: 100%" })).toBeVisible();

  await page.bringToFront();
  await page.clock.setSystemTime(TUESDAY);
  await page.goto("/progress");
  await expect(page.getByTestId("due-today")).toHaveText("0 questions due for review today");

  // Export, reset, import: the schedule comes back with the attempts.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: /^Export/ }).click();
  const file = await (await download).path();
  const text = readFileSync(file, "utf8");
  expect(JSON.parse(text)).toMatchObject({ version: 3 });
  expect(text).toContain('"quizId":"due"');

  await other.close();
  await page.evaluate((key) => localStorage.removeItem(key), PROGRESS_KEY);
  await page.clock.setSystemTime(new Date("2026-12-20T09:00:00"));
  await page.reload();
  await expect(page.getByTestId("due-today")).toContainText(
    "Spaced review: questions you answer come back here",
  );
  await page.locator("input[type=file]").setInputFiles({
    name: "export.json",
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
  await expect(page.getByTestId("due-today")).toContainText(/\d+ questions? due for review today/);
  await expect(page.getByTestId("due-today")).not.toHaveText("0 questions due for review today");
});

test("each lesson quiz offers its bank as GIFT and QTI, and a printable sheet and key", async ({
  page,
}) => {
  const { quizzes } = await readBank();
  const quiz = quizzes[0]!;
  await page.goto(`/quiz/${quiz.lessonSlug}`);
  const links = page.getByRole("region", { name: "For instructors" });

  const gift = page.waitForEvent("download");
  await links.getByRole("link", { name: "Moodle GIFT" }).click();
  const giftText = readFileSync(await (await gift).path(), "utf8");
  expect(giftText).toContain(`::${quiz.questions[0]!.id}::`);

  const qti = page.waitForEvent("download");
  await links.getByRole("link", { name: "QTI 2.1 package" }).click();
  const zip = readFileSync(await (await qti).path());
  expect(zip.subarray(0, 2).toString()).toBe("PK");

  await links.getByRole("link", { name: "Printable answer sheet" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Answer sheet: ${quiz.title}`);
  await expect(page.locator("li[data-question-id]")).toHaveCount(quiz.questions.length);
  await expect(page.getByText("(right answer)")).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("link", { name: "Answer key" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Answer key: ${quiz.title}`);
  await expect(page.getByText(plainText(quiz.questions[0]!.explanation))).toBeVisible();
  // Printed: black on white, without the links around it.
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await expect(page.getByRole("link", { name: "← Back to the quiz" })).toBeHidden();
  const colors = await page
    .locator("main h1")
    .evaluate((h1) => [
      getComputedStyle(h1).color,
      getComputedStyle(document.body).backgroundColor,
    ]);
  expect(colors).toEqual(["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
  expect(await seriousViolations(page)).toEqual([]);
});
