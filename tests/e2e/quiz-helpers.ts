import path from "node:path";
import { fileURLToPath } from "node:url";

import type { Locator, Page } from "@playwright/test";

import { loadCourse } from "../../lib/content/course";
import { PROGRESS_KEY } from "../../lib/progress/key";
import { type Attempt, PROGRESS_VERSION } from "../../lib/progress/schema";
import { loadQuizBank } from "../../lib/quiz/load";
import type { Question, Quiz } from "../../lib/quiz/model";
import { plainText } from "../../lib/quiz/text";
import { expect } from "./fixtures";

/** The question bank, read by the same loader as the build (DOCKSIDE_CONTENT_DIR respected). */
export async function readBank() {
  const rootDir = fileURLToPath(new URL("../..", import.meta.url));
  const contentDir = path.resolve(rootDir, process.env.DOCKSIDE_CONTENT_DIR ?? "content");
  const course = await loadCourse({ rootDir, contentDir, skipDrafts: true });
  const { bank } = await loadQuizBank({ course, rootDir, contentDir });
  const byId = new Map(bank.quizzes.flatMap((quiz) => quiz.questions.map((q) => [q.id, q])));
  return { course, quizzes: bank.quizzes, byId };
}

/** The question on screen. */
export async function currentQuestion(page: Page, byId: Map<string, Question>): Promise<Question> {
  const id = await page.locator("fieldset[data-question-id]").getAttribute("data-question-id");
  const question = byId.get(id ?? "");
  if (!question) throw new Error(`no question on screen (found ${id})`);
  return question;
}

const question = (page: Page) => page.locator("fieldset[data-question-id]");

/** Answers the question on screen correctly, with the mouse. */
export async function answerRight(page: Page, q: Question) {
  const scope = question(page);
  switch (q.type) {
    case "single":
    case "truefalse":
    case "multiple":
      for (const option of q.options.filter((o) => o.correct)) {
        await scope
          .getByRole(q.type === "multiple" ? "checkbox" : "radio", {
            name: plainText(option.text),
            exact: true,
          })
          .check();
      }
      return;
    case "matching":
      for (const pair of q.pairs) {
        await scope
          .getByRole("combobox", { name: plainText(pair.left), exact: true })
          .selectOption({ label: plainText(pair.right) });
      }
      return;
    case "ordering":
      await arrange(page, q.steps);
      return;
  }
}

/**
 * Answers the question on screen wholly wrongly (no partial credit), with the mouse: partial
 * credit is scheduled differently from a miss in spaced review.
 */
export async function answerWrong(page: Page, q: Question) {
  const scope = question(page);
  switch (q.type) {
    case "single":
    case "truefalse":
    case "multiple": {
      const wrong = q.options.find((o) => !o.correct)!;
      await scope
        .getByRole(q.type === "multiple" ? "checkbox" : "radio", {
          name: plainText(wrong.text),
          exact: true,
        })
        .check();
      return;
    }
    case "matching":
      // Each left side gets the next pair's right side: none matches.
      for (const [index, pair] of q.pairs.entries()) {
        const next = q.pairs[(index + 1) % q.pairs.length]!;
        await scope
          .getByRole("combobox", { name: plainText(pair.left), exact: true })
          .selectOption({ label: plainText(next.right) });
      }
      return;
    case "ordering":
      // Reversed, no step is followed by the one that should follow it.
      await arrange(page, [...q.steps].reverse());
      return;
  }
}

/** Puts the ordering question's steps in `order` with the Move up buttons. */
async function arrange(page: Page, order: readonly { text: string }[]) {
  const scope = question(page);
  for (const [target, step] of order.entries()) {
    const up = scope.getByRole("button", { name: `Move up: ${plainText(step.text)}`, exact: true });
    for (let i = 0; i < order.length; i++) {
      const items = await scope.locator("li").allInnerTexts();
      const at = items.findIndex((text) => text.includes(plainText(step.text)));
      if (at <= target) break;
      await up.click();
    }
  }
}

/** The quiz's main button (Check answer / Next question / Finish quiz / See your score). */
export function primaryButton(page: Page): Locator {
  return page.getByRole("button", {
    name: /^(Check answer|Next question|Finish quiz|See your score)$/,
  });
}

/**
 * Takes the quiz on screen to the end (test or practice mode), answering the questions for
 * which `right(index)` is true correctly and the others wrongly. Returns the ids answered wrongly.
 */
export async function takeTestQuiz(
  page: Page,
  byId: Map<string, Question>,
  right: (index: number) => boolean = () => true,
) {
  const missed: string[] = [];
  for (let index = 0; ; index++) {
    const q = await currentQuestion(page, byId);
    if (right(index)) await answerRight(page, q);
    else {
      await answerWrong(page, q);
      missed.push(q.id);
    }
    const button = primaryButton(page);
    let label = await button.innerText();
    if (label === "Check answer") {
      await button.click();
      await expect(page.getByTestId("check-feedback")).toBeVisible();
      label = await button.innerText();
    }
    await button.click();
    if (label !== "Next question") break;
    await expect(
      page.getByText(new RegExp(`^(Practice|Test) · Question ${index + 2} of`)),
    ).toBeVisible();
  }
  return missed;
}

/** Starts the quiz on screen in `mode`. */
export async function startQuiz(page: Page, mode: "Practice" | "Test", start = "Start the quiz") {
  await page.getByRole("radio", { name: new RegExp(`^${mode}`) }).check();
  await page.getByRole("button", { name: start }).click();
  await expect(page.locator("fieldset[data-question-id]")).toBeVisible();
}

/** Headings that skip a level on the way down (h1 → h3), as "h1 → h3 Text". */
export async function headingJumps(page: Page) {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>("h1, h2, h3, h4, h5, h6")].filter(
      (heading) => heading.checkVisibility(),
    );
    const jumps: string[] = [];
    let previous = 0;
    for (const heading of shown) {
      const level = Number(heading.tagName[1]);
      if (previous > 0 && level > previous + 1) {
        jumps.push(`h${previous} → h${level} ${heading.textContent?.trim()}`);
      }
      previous = level;
    }
    return jumps;
  });
}

/**
 * A finished test of `quiz` as the app stores it, every question earning `credit`, finished at
 * `at`. For tests about what progress shows, not about taking a quiz.
 */
export function finishedTest(quiz: Quiz, credit: number, at: Date): Attempt {
  const ids = quiz.questions.map((q) => q.id);
  const iso = at.toISOString();
  return {
    id: `seeded-${quiz.lessonSlug}-${at.getTime()}`,
    quizId: `lesson:${quiz.lessonSlug}`,
    scope: "all",
    mode: "test",
    seed: "seeded",
    startedAt: iso,
    finishedAt: iso,
    savedAt: iso,
    questionIds: ids,
    answers: {},
    credit: Object.fromEntries(ids.map((id) => [id, credit])),
    score: credit,
  };
}

/** Saves `attempts` as the browser's progress (the page must be on the site), then reloads. */
export async function seedProgress(page: Page, attempts: Attempt[]) {
  const state = { attempts, active: [], read: {}, clearedAt: null };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    PROGRESS_KEY,
    JSON.stringify({ state, version: PROGRESS_VERSION }),
  ] as const);
  await page.reload();
}
