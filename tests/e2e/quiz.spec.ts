import type { Route } from "@playwright/test";

import { plainText } from "../../lib/quiz/text";
import {
  auditOnlyIn,
  axeViolations,
  axeViolationsLightAndDark,
  expect,
  holdScripts,
  overflowsHorizontally,
  settled,
  test,
  waitUntilLive,
} from "./fixtures";
import {
  answerRight,
  answerWrong,
  currentQuestion,
  headingJumps,
  primaryButton,
  readBank,
  startQuiz,
  takeTestQuiz,
} from "./quiz-helpers";

test("practice mode: a wrong answer, then a right one, each with its explanation @phone", async ({
  page,
  consoleErrors,
}) => {
  const { quizzes, byId } = await readBank();
  const quiz = quizzes[0]!;
  await page.goto(`/quiz/${quiz.lessonSlug}`);
  await startQuiz(page, "Practice");
  await expect(page.getByText(/^Practice · Question 1 of/)).toBeVisible();

  const first = await currentQuestion(page, byId);
  await answerWrong(page, first);
  await page.getByRole("button", { name: "Check answer" }).click();
  const feedback = page.getByTestId("check-feedback");
  await expect(feedback).toContainText(/✗ Not quite|◐ Partly right/);
  await expect(feedback).toContainText(plainText(first.explanation));
  await expect(feedback).toContainText("The right answer:");
  // Screen readers hear the verdict and the explanation.
  await expect(page.locator("[aria-live=polite]").first()).toContainText(/Not quite|Partly right/);
  // A checked answer is locked.
  if (first.type === "ordering") {
    await expect(page.getByRole("button", { name: /^Move (up|down):/ })).toHaveCount(0);
  } else {
    await expect(
      page.locator("fieldset[data-question-id] :is(input, select)").first(),
    ).toBeDisabled();
  }

  await page.getByRole("button", { name: "Next question" }).click();
  const second = await currentQuestion(page, byId);
  expect(second.id).not.toBe(first.id);
  await answerRight(page, second);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(feedback).toContainText("✓ Right");
  await expect(feedback).toContainText(plainText(second.explanation));
  await expect(page.locator("[aria-live=polite]").first()).toContainText("Right.");
  await expect(page.getByRole("progressbar", { name: "Quiz progress" })).toHaveAttribute(
    "aria-valuenow",
    "2",
  );
  expect(consoleErrors).toEqual([]);
});

test("test mode: finish, see the score and a review of every question; reload and find it", async ({
  page,
  consoleErrors,
}) => {
  const { quizzes, byId } = await readBank();
  const quiz = quizzes[1]!;
  const total = quiz.questions.length;
  await page.goto(`/quiz/${quiz.lessonSlug}`);
  await startQuiz(page, "Test");
  // No feedback before the end in test mode.
  const missed = await takeTestQuiz(page, byId, (index) => index >= 2);
  expect(missed).toHaveLength(2);

  const score = page.getByRole("heading", { name: /^Your score: \d+%$/ });
  await expect(score).toBeVisible();
  await expect(score).toBeFocused();
  await expect(page.getByText(`${total - 2} of ${total} questions fully right ·`)).toBeVisible();
  const shown = await score.innerText();
  await expect(page.locator("[aria-live=polite]").first()).toContainText(`Quiz finished. ${shown}`);

  const review = page.getByRole("region", { name: "Review of every question" });
  await expect(review.getByRole("listitem").filter({ hasText: "Why:" })).toHaveCount(total);
  for (const id of missed) {
    const item = review.locator(`[data-question-id="${id}"]`);
    await expect(item.getByText("Your answer")).toBeVisible();
    await expect(item.getByText("The right answer")).toBeVisible();
    await expect(item).toContainText(plainText(byId.get(id)!.explanation));
  }

  await page.reload();
  await expect(page.getByRole("heading", { name: shown })).toBeVisible();
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByTestId("quiz-summary")).toContainText(
    `Latest score ${shown.replace("Your score: ", "")}`,
  );
  await page.reload();
  await expect(page.getByTestId("quiz-summary")).toContainText("1 attempt");
  expect(consoleErrors).toEqual([]);
});

test("retry the ones I missed, then start over", async ({ page }) => {
  const { quizzes, byId } = await readBank();
  const quiz = quizzes[2]!;
  await page.goto(`/quiz/${quiz.lessonSlug}`);
  await startQuiz(page, "Test");
  const missed = await takeTestQuiz(page, byId, (index) => index % 4 !== 1);
  await page.getByRole("button", { name: `Retry the ${missed.length} I missed` }).click();

  await expect(page.getByText(`Test · Question 1 of ${missed.length}`)).toBeVisible();
  await takeTestQuiz(page, byId, () => true);
  await expect(page.getByRole("heading", { name: "Your score: 100%" })).toBeVisible();
  await expect(page.getByText("a retry of missed questions")).toBeVisible();
  // The retry asked exactly the questions missed before.
  await expect(page.locator("li[data-question-id]")).toHaveCount(missed.length);
  for (const id of missed)
    await expect(page.locator(`li[data-question-id="${id}"]`)).toHaveCount(1);

  await page.getByRole("button", { name: "Start over" }).click();
  await expect(page.getByText(`Test · Question 1 of ${quiz.questions.length}`)).toBeVisible();
});

test("a reload mid-attempt keeps the question order, the option order and the answers", async ({
  page,
  consoleErrors,
}) => {
  const { quizzes, byId } = await readBank();
  const quiz = quizzes[0]!;
  await page.goto(`/quiz/${quiz.lessonSlug}`);
  await startQuiz(page, "Test");
  const seen: { id: string; layout: string }[] = [];
  for (let index = 0; index < 3; index++) {
    const q = await currentQuestion(page, byId);
    // Answer first: answering an ordering question rearranges it, and that arrangement is
    // what must come back after the reload.
    if (index < 2) await answerRight(page, q);
    const layout = await page.locator("fieldset[data-question-id]").innerText();
    seen.push({ id: q.id, layout });
    if (index < 2) await primaryButton(page).click();
  }
  const answered = await page.locator("fieldset[data-question-id]").innerText();

  await page.reload();
  await expect(page.getByText(`Test · Question 3 of ${quiz.questions.length}`)).toBeVisible();
  expect((await currentQuestion(page, byId)).id).toBe(seen[2]!.id);
  expect(await page.locator("fieldset[data-question-id]").innerText()).toBe(answered);
  await page.getByRole("button", { name: "← Previous" }).click();
  expect((await currentQuestion(page, byId)).id).toBe(seen[1]!.id);
  expect(await page.locator("fieldset[data-question-id]").innerText()).toBe(seen[1]!.layout);
  // The answer given before the reload is still selected.
  const q = byId.get(seen[1]!.id)!;
  if (q.type === "single" || q.type === "truefalse") {
    const right = q.options.find((o) => o.correct)!;
    await expect(
      page.getByRole("radio", { name: plainText(right.text), exact: true }),
    ).toBeChecked();
  }
  expect(consoleErrors).toEqual([]);
});

test("the whole-course quiz draws the chosen number of questions from the chosen lessons", async ({
  page,
  consoleErrors,
}) => {
  const { quizzes, byId } = await readBank();
  await page.goto("/quiz");
  const [left, ...kept] = quizzes;
  await page
    .getByRole("checkbox", { name: new RegExp(left!.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })
    .uncheck();
  await page.getByLabel("Number of questions").selectOption("5");
  await page.getByRole("radio", { name: /^Test/ }).check();
  await page.getByRole("button", { name: "Start: 5 questions" }).click();
  await expect(page.getByText("Test · Question 1 of 5")).toBeVisible();

  const allowed = new Set(kept.flatMap((quiz) => quiz.questions.map((q) => q.id)));
  const asked: string[] = [];
  for (let index = 0; index < 5; index++) {
    const q = await currentQuestion(page, byId);
    asked.push(q.id);
    await answerRight(page, q);
    await primaryButton(page).click();
  }
  expect(asked.every((id) => allowed.has(id))).toBe(true);
  // The draw spreads the questions over the chosen lessons, one per lesson as far as they go.
  expect(new Set(asked.map((id) => byId.get(id)!.lessonSlug)).size).toBe(Math.min(5, kept.length));
  await expect(page.getByRole("heading", { name: "Your score: 100%" })).toBeVisible();

  await page.getByRole("link", { name: "Progress", exact: true }).click();
  await expect(page.getByTestId("attempt-table")).toContainText("Whole-course quiz");
  expect(consoleErrors).toEqual([]);
});

test("a mode and a start clicked before the page's scripts have run are kept", async ({ page }) => {
  // Pages are painted before their scripts load: hold the scripts back to act in that moment.
  const release = await holdScripts(page);
  const { quizzes } = await readBank();
  const quiz = quizzes[0]!;
  await page.goto(`/quiz/${quiz.lessonSlug}`, { waitUntil: "domcontentloaded" });
  await page.getByRole("radio", { name: /^Test/ }).check();
  await page.getByRole("button", { name: "Start the quiz" }).click();
  // Nothing can start yet; once the scripts run, the start the learner made goes through.
  await expect(page.locator("fieldset[data-question-id]")).toHaveCount(0);
  release();
  await expect(page.getByText(`Test · Question 1 of ${quiz.questions.length}`)).toBeVisible();
  await expect(page.locator("fieldset[data-question-id]")).toBeVisible();
});

test("a lesson quiz started the moment the page shows starts @phone", async ({
  page,
  consoleErrors,
}) => {
  const { quizzes } = await readBank();
  const quiz = quizzes[0]!;
  // No wait for the page to load or hydrate: act as soon as the controls are painted.
  await page.goto(`/lessons/${quiz.lessonSlug}/`, { waitUntil: "commit" });
  await page.getByRole("radio", { name: /^Test/ }).check();
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page.getByText(`Test · Question 1 of ${quiz.questions.length}`)).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test("course quiz choices made before the page's scripts have run are kept", async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto("/quiz", { waitUntil: "domcontentloaded" });
  const first = page.getByRole("checkbox").first();
  await first.uncheck();
  const count = page.getByRole("combobox", { name: "Number of questions" });
  await count.selectOption("5");
  release();
  await waitUntilLive(page);
  await expect(page.getByRole("button", { name: "Start: 5 questions" })).toBeVisible();
  await expect(count).toHaveValue("5");
  await expect(first).not.toBeChecked();
  // A change that renders the form again must not tick it back.
  await page.getByRole("checkbox").nth(1).uncheck();
  await page.getByRole("checkbox").nth(1).check();
  await expect(first).not.toBeChecked();
  await expect(page.getByRole("checkbox").nth(1)).toBeChecked();
  await startQuiz(page, "Practice", "Start: 5 questions");
  await expect(page.getByText("Practice · Question 1 of 5")).toBeVisible();
});

test("a lesson ends with its quiz, usable by keyboard alone", async ({ page, consoleErrors }) => {
  const { quizzes, byId } = await readBank();
  const quiz = quizzes[0]!;
  await page.goto(`/lessons/${quiz.lessonSlug}`);
  await expect(
    page.getByRole("heading", { level: 2, name: "Check what you learned" }),
  ).toBeVisible();
  const start = page.getByRole("button", { name: "Start the quiz" });
  await start.focus();
  await expect(start).toBeFocused();
  await page.keyboard.press("Enter");
  const heading = page.locator("fieldset[data-question-id] h3");
  await expect(heading).toBeFocused();

  for (let index = 0; index < quiz.questions.length; index++) {
    const q = await currentQuestion(page, byId);
    const fieldset = page.locator("fieldset[data-question-id]");
    if (q.type === "ordering") {
      for (const [target, step] of q.steps.entries()) {
        const texts = await fieldset.locator("li").allInnerTexts();
        const at = texts.findIndex((text) => text.includes(plainText(step.text)));
        if (at === target) continue;
        await page.keyboard.press(String(at + 1)); // focuses the step's move-up button
        for (let moves = at; moves > target; moves--) {
          await page.keyboard.press("Enter");
          await expect(fieldset.locator("li").nth(moves - 1)).toContainText(plainText(step.text));
        }
      }
    } else if (q.type === "matching") {
      for (const [index, pair] of q.pairs.entries()) {
        await page.keyboard.press(String(index + 1));
        const select = fieldset.locator("select").nth(index);
        await expect(select).toBeFocused();
        const values = await select
          .locator("option")
          .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
        const current = values.indexOf(await select.inputValue());
        for (let step = current; step < values.indexOf(pair.id); step++) {
          await page.keyboard.press("ArrowDown");
        }
        await expect(select).toHaveValue(pair.id);
      }
    } else {
      const values = await fieldset
        .locator("input")
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      for (const option of q.options.filter((o) => o.correct)) {
        await page.keyboard.press(String(values.indexOf(option.id) + 1));
      }
    }
    if (q.type === "ordering" || q.type === "matching") {
      // Enter on a move button or a drop-down belongs to it: Tab on to the Check button.
      const check = page.getByRole("button", { name: "Check answer" });
      for (
        let tabs = 0;
        tabs < 30 && !(await check.evaluate((b) => b === document.activeElement));
        tabs++
      ) {
        await page.keyboard.press("Tab");
      }
      await expect(check).toBeFocused();
    }
    // Check, then continue: Enter twice.
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("check-feedback")).toContainText("✓ Right");
    await page.keyboard.press("Enter");
    if (index < quiz.questions.length - 1) {
      await expect(page.getByText(`Practice · Question ${index + 2} of`)).toBeVisible();
    }
  }
  await expect(page.getByRole("heading", { name: "Your score: 100%" })).toBeFocused();
  expect(consoleErrors).toEqual([]);
});

test("a lesson's questions load when its quiz starts; if they cannot, it says so and starting again works", async ({
  page,
}) => {
  const { quizzes } = await readBank();
  const quiz = quizzes[0]!;
  // The page itself does not carry the questions or their answers; the questions file does.
  const words = plainText(quiz.questions[0]!.explanation)
    .split(/[^A-Za-z0-9 ]/)
    .reduce((longest, run) => (run.length > longest.length ? run : longest), "");
  expect(words.length).toBeGreaterThan(20);
  const html = await (await page.request.get(`/lessons/${quiz.lessonSlug}`)).text();
  expect(html).toContain("Check what you learned");
  expect(html).not.toContain(words);
  const file = await page.request.get(`/quiz/${quiz.lessonSlug}/questions.json`);
  expect(await file.text()).toContain(words);

  await page.goto(`/lessons/${quiz.lessonSlug}`);
  const section = page.getByRole("region", { name: "Check what you learned" });
  // Marking the lesson read loads the progress store, so what fails below is the quiz itself.
  const markRead = section.getByRole("button", { name: "Mark lesson as read" });
  // Once the page is live (the theme switch says where it stands), and by keyboard: a pointer
  // left just above the quiz while the page settles could enter it and fetch the quiz ahead of
  // time (as it should), before the network goes away below.
  await waitUntilLive(page);
  await markRead.press("Enter");
  await expect(markRead).toHaveAttribute("aria-pressed", "true");

  // The network goes away. Starting asks for what the page has not loaded yet: the quiz's code
  // and its questions.
  const offline = (route: Route) => route.abort();
  await page.route("**/_next/static/chunks/**", offline);
  await page.route("**/questions.json", offline);
  const asked = page.waitForRequest(/\/_next\/static\/chunks\/.+\.js/);
  const askedQuestions = page.waitForRequest(`**/quiz/${quiz.lessonSlug}/questions.json`);
  const start = section.getByRole("button", { name: "Start the quiz" });
  await start.click();
  await asked;
  await askedQuestions;
  await expect(section.getByRole("alert")).toContainText("The quiz could not load");
  await expect(page.locator("fieldset[data-question-id]")).toHaveCount(0);

  // The code comes back, the questions still cannot be fetched. While the start waits, it says
  // so and the old message is gone; then the message is back.
  await page.unroute("**/_next/static/chunks/**", offline);
  await page.unroute("**/questions.json", offline);
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const slowThenOffline = async (route: Route) => {
    await held;
    await route.abort();
  };
  await page.route("**/questions.json", slowThenOffline);
  await start.click();
  await expect(section.getByRole("status")).toHaveText("Loading the quiz…");
  await expect(section.getByRole("alert")).toHaveCount(0);
  release();
  await expect(section.getByRole("alert")).toContainText("The quiz could not load");
  await expect(section.getByRole("status")).toHaveText("");
  await expect(page.locator("fieldset[data-question-id]")).toHaveCount(0);
  await page.unroute("**/questions.json", slowThenOffline);

  // Back online, the same button starts the quiz, focus on the first question, message gone.
  await start.click();
  await expect(page.locator("fieldset[data-question-id] h3")).toBeFocused();
  await expect(section.getByRole("alert")).toHaveCount(0);
  await expect(page.locator("fieldset[data-question-id]")).toHaveCount(1);

  // A reload in the middle of the attempt, offline: it says so and offers to try again.
  await page.route("**/questions.json", offline);
  await page.reload();
  await expect(section.getByRole("alert")).toContainText("The quiz could not load");
  await page.unroute("**/questions.json", offline);
  // A keyboard user reaching "Try again" finds it still there: focus alone does not load the
  // quiz out from under them (it used to, and focus fell back to the page).
  const tryAgain = section.getByRole("button", { name: "Try again" });
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("questions.json")) fetched.push(request.url());
  });
  await markRead.focus();
  await page.keyboard.press("Tab");
  await expect(tryAgain).toBeFocused();
  await settled(page);
  expect(fetched).toEqual([]);
  await expect(tryAgain).toBeFocused();
  await expect(page.locator("fieldset[data-question-id]")).toHaveCount(0);
  await tryAgain.click();
  await expect(page.locator("fieldset[data-question-id]")).toHaveCount(1);
  await expect(section.getByRole("alert")).toHaveCount(0);
  // The button went away with the message: focus moves to the question, not to the page.
  await expect(page.locator("fieldset[data-question-id] h3")).toBeFocused();
});

test("a quiz edited after the page was loaded asks for a reload instead of starting", async ({
  page,
}) => {
  const { quizzes } = await readBank();
  const quiz = quizzes[0]!;
  await page.goto(`/quiz/${quiz.lessonSlug}`);
  // A newer build of the course no longer has the first question.
  await page.route("**/questions.json", (route) =>
    route.fulfill({ json: quiz.questions.slice(1) }),
  );
  await page.getByRole("button", { name: "Start the quiz" }).click();
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("This quiz has changed since the page was loaded");
  await expect(page.locator("fieldset[data-question-id]")).toHaveCount(0);

  // Reloading (the route gone: the page and its questions agree again) starts normally.
  await page.unrouteAll();
  await alert.getByRole("button", { name: "Reload the page" }).click();
  await expect(alert).toHaveCount(0);
  await startQuiz(page, "Practice");
  await expect(page.locator("fieldset[data-question-id]")).toHaveCount(1);
});

test("an unfinished attempt whose questions are all gone from the quiz offers a way back", async ({
  page,
}) => {
  const { quizzes } = await readBank();
  const quiz = quizzes[0]!;
  await page.goto(`/quiz/${quiz.lessonSlug}`);
  await startQuiz(page, "Practice");
  // Saved by an older version of the course: none of the attempt's question ids exist now.
  await page.evaluate(() => {
    const key = "dockside-progress";
    const saved = JSON.parse(localStorage.getItem(key)!) as {
      state: { active: { questionIds: string[] }[] };
    };
    for (const attempt of saved.state.active)
      attempt.questionIds = attempt.questionIds.map((id) => `retired-${id}`);
    localStorage.setItem(key, JSON.stringify(saved));
  });
  await page.reload();
  const main = page.getByRole("main");
  await expect(main).toContainText("none of its questions are left");
  await main.getByRole("button", { name: "Back to the start" }).click();
  await expect(main.getByRole("button", { name: "Start the quiz" })).toBeFocused();
  await expect(main.getByRole("button", { name: /Continue your unfinished attempt/ })).toHaveCount(
    0,
  );
  await startQuiz(page, "Practice");
  await expect(page.locator("fieldset[data-question-id]")).toHaveCount(1);
});

// The quiz pages' chrome is audited with every page type in a11y.spec.ts.
test("quiz pages fit a phone, keep their headings in order and have no accessibility violations, light and dark @phone", async ({
  page,
}) => {
  test.setTimeout(120_000); // an accessibility audit of each question type
  // On the phone, where the questions are tightest; their markup is the same on a desktop.
  auditOnlyIn("phone");
  const { quizzes, byId } = await readBank();
  const audit = async (label: string) => {
    expect(await axeViolationsLightAndDark(page), label).toEqual([]);
    expect(await headingJumps(page), label).toEqual([]);
    expect(await overflowsHorizontally(page), label).toBe(false);
  };
  await page.goto("/quiz");
  await waitUntilLive(page);
  await audit("/quiz");
  await page.goto(`/quiz/${quizzes[0]!.lessonSlug}`);
  await waitUntilLive(page);
  await audit("start");
  await startQuiz(page, "Practice");
  // Visit every question type once, checked, so each layout is audited.
  const audited = new Set<string>();
  for (let index = 0; index < quizzes[0]!.questions.length; index++) {
    const q = await currentQuestion(page, byId);
    if (!audited.has(q.type)) {
      await answerWrong(page, q);
      await primaryButton(page).click();
      await audit(q.type);
      audited.add(q.type);
    } else {
      await answerRight(page, q);
      await primaryButton(page).click();
    }
    await primaryButton(page).click();
  }
  await expect(page.getByRole("heading", { name: /^Your score/ })).toBeVisible();
  await audit("score");
  await page.getByRole("button", { name: "Done" }).click();
});

test("after Check answer on a phone, the verdict and Next question come into view @phone", async ({
  page,
}) => {
  test.skip(test.info().project.name !== "phone", "about a phone's short screen");
  const { quizzes, byId } = await readBank();
  const quiz = quizzes[0]!;
  await page.goto(`/quiz/${quiz.lessonSlug}`);
  await startQuiz(page, "Practice");
  for (let index = 0; index < 3; index++) {
    const q = await currentQuestion(page, byId);
    await answerWrong(page, q);
    const check = page.getByRole("button", { name: "Check answer" });
    // The learner has scrolled just far enough to reach the button.
    await check.evaluate((button) => button.scrollIntoView({ block: "end" }));
    await check.click();
    await expect(page.getByTestId("check-feedback").locator("p").first()).toBeInViewport({
      ratio: 1,
    });
    const next = page.getByRole("button", { name: "Next question" });
    await expect(next).toBeInViewport({ ratio: 1 });
    await expect(next).toBeFocused();
    await next.click();
    await expect(page.getByText(`Practice · Question ${index + 2} of`)).toBeVisible();
  }
});

test("key hints show where there is a keyboard, not on a touch screen @phone", async ({ page }) => {
  const touch = test.info().project.name === "phone";
  const { quizzes } = await readBank();
  await page.goto(`/quiz/${quizzes[0]!.lessonSlug}`);
  await startQuiz(page, "Practice");
  expect(await page.evaluate(() => matchMedia("(pointer: coarse)").matches)).toBe(touch);
  const hint = page.getByText(/^Keys: 1–9 choose/);
  const number = page.locator("fieldset[data-question-id] span[aria-hidden=true]", {
    hasText: /^1$/,
  });
  if (touch) {
    await expect(hint).toBeHidden();
    await expect(number).toBeHidden();
  } else {
    await expect(hint).toBeVisible();
    await expect(number).toBeVisible();
  }
});

test("starting over asks first and says how many answers go; switching mode keeps them", async ({
  page,
  consoleErrors,
}) => {
  const { quizzes, byId } = await readBank();
  const quiz = quizzes[0]!;
  const total = quiz.questions.length;
  await page.goto(`/quiz/${quiz.lessonSlug}`);
  await startQuiz(page, "Practice");
  // Nothing answered yet: starting over has nothing to lose and asks nothing.
  await page.getByRole("button", { name: "Start over" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByText(`Practice · Question 1 of ${total}`)).toBeVisible();

  await answerRight(page, await currentQuestion(page, byId));
  await primaryButton(page).click();
  await primaryButton(page).click();
  await expect(page.getByText(`Practice · Question 2 of ${total}`)).toBeVisible();
  await answerRight(page, await currentQuestion(page, byId));

  await page.getByRole("button", { name: "Switch to test mode" }).click();
  await expect(page.getByText(`Test · Question 2 of ${total}`)).toBeVisible();
  const progress = page.getByRole("progressbar", { name: "Quiz progress" });
  await expect(progress).toHaveAttribute("aria-valuetext", `2 of ${total} answered`);

  const startOver = page.getByRole("button", { name: "Start over" });
  await startOver.click();
  const dialog = page.getByRole("dialog", { name: "Start over?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Your 2 answers in this attempt will be discarded");
  await expect(dialog.getByRole("button", { name: "Keep my answers" })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(startOver).toBeFocused();
  await expect(page.getByText(`Test · Question 2 of ${total}`)).toBeVisible();
  await expect(progress).toHaveAttribute("aria-valuetext", `2 of ${total} answered`);

  await page.getByRole("button", { name: "Switch to practice mode" }).click();
  await expect(page.getByText(`Practice · Question 2 of ${total}`)).toBeVisible();
  await expect(progress).toHaveAttribute("aria-valuetext", `1 of ${total} checked`);

  await startOver.click();
  await expect(dialog).toContainText("Your 2 answers");
  await dialog.getByRole("button", { name: "Discard 2 answers" }).click();
  await expect(page.getByText(`Practice · Question 1 of ${total}`)).toBeVisible();
  await expect(progress).toHaveAttribute("aria-valuetext", `0 of ${total} checked`);
  expect(consoleErrors).toEqual([]);
});

test("the whole-course quiz starts in practice mode, like a lesson's", async ({ page }) => {
  await page.goto("/quiz");
  await expect(page.getByRole("radio", { name: /^Practice/ })).toBeChecked();
  await expect(page.getByRole("radio", { name: /^Test/ })).not.toBeChecked();
  await page.getByRole("button", { name: /^Start: \d+ questions$/ }).click();
  await expect(page.getByText(/^Practice · Question 1 of \d+$/)).toBeVisible();
});

test("a matching question given one answer for every row says so", async ({ page }) => {
  const { quizzes, byId } = await readBank();
  const quiz = quizzes.find((q) => q.questions.some((question) => question.type === "matching"))!;
  await page.goto(`/quiz/${quiz.lessonSlug}`);
  await startQuiz(page, "Test");
  const fieldset = page.locator("fieldset[data-question-id]");
  for (let index = 0; index < quiz.questions.length; index++) {
    const q = await currentQuestion(page, byId);
    if (q.type !== "matching") {
      await answerRight(page, q);
      await primaryButton(page).click();
      continue;
    }
    const row = (left: string) =>
      fieldset.getByRole("combobox", { name: plainText(left), exact: true });
    const same = plainText(q.pairs[0]!.right);
    for (const pair of q.pairs) await row(pair.left).selectOption({ label: same });
    const note = fieldset.getByRole("status");
    await expect(note).toHaveText(
      `You chose “${same}” for ${q.pairs.length} rows, but it matches only one.`,
    );
    // Put every row right, one at a time: the note follows, and goes.
    for (const pair of q.pairs.slice(1)) {
      await row(pair.left).selectOption({ label: plainText(pair.right) });
    }
    await expect(note).toBeHidden();
    await expect(fieldset.getByText(/^You chose/)).toHaveCount(0);
    return;
  }
  throw new Error("no matching question was asked");
});
