import type { Page } from "@playwright/test";

import { readCourse, readPresentation } from "./course";
import { auditOnlyIn, expect, overflowsHorizontally, test } from "./fixtures";

const slug = "containers-on-aws";
const diagramSlug = "ecs-fargate-ecr-in-depth";
const deckUrl = `/lessons/${slug}/slides/`;
const presenterUrl = `/lessons/${slug}/presenter/`;

/** A sentence from the speaker notes of lesson 1's first slide. */
const firstNote = "Open by connecting to what the class already knows";

/** The slide the audience sees: exactly one is visible. */
const shownSlide = (page: Page) => page.locator('[aria-roledescription="slide"]:not([hidden])');

async function openDeck(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("html[data-deck-ready]")).toBeAttached();
}

/** Where the deck is, as its address says: "#/3" or "#/3/2". */
const hashOf = (page: Page) => new URL(page.url()).hash;

async function expectOn(page: Page, hash: string, slideNumber: number, total: number) {
  await expect.poll(() => hashOf(page)).toBe(hash);
  await expect(shownSlide(page)).toHaveCount(1);
  await expect(shownSlide(page)).toHaveAttribute(
    "aria-label",
    new RegExp(`^${slideNumber} of ${total}: `),
  );
}

test("every navigation key moves the deck, and the address follows, through reload and history", async ({
  page,
  consoleErrors,
}) => {
  const { outline } = await readPresentation(slug);
  const total = outline.length;
  const last = outline[total - 1]!;
  await openDeck(page, deckUrl);
  await expect(shownSlide(page)).toHaveAttribute(
    "aria-label",
    `1 of ${total}: ${outline[0]!.title}`,
  );
  await expect(page.getByTestId("slide-number")).toHaveText(`1 / ${total}`);
  expect(await overflowsHorizontally(page)).toBe(false);

  await page.keyboard.press("ArrowRight");
  await expectOn(page, "#/2", 2, total);
  await expect(page.getByTestId("deck-announcement")).toHaveText(
    `Slide 2 of ${total}: ${outline[1]!.title}.`,
  );
  await page.keyboard.press("Space");
  await expectOn(page, "#/3", 3, total);
  await page.keyboard.press("PageDown");
  await expectOn(page, "#/4", 4, total);
  await page.keyboard.press("ArrowLeft");
  await expectOn(page, "#/3", 3, total);
  await page.keyboard.press("PageUp");
  await expectOn(page, "#/2", 2, total);
  await page.keyboard.press("Shift+Space");
  await expectOn(page, "#/1", 1, total);
  await page.keyboard.press("End");
  await expectOn(page, last.steps ? `#/${total}/${last.steps}` : `#/${total}`, total, total);
  await expect(page.getByTestId("slide-number")).toHaveText(`${total} / ${total}`);
  await page.keyboard.press("Home");
  await expectOn(page, "#/1", 1, total);
  await page.keyboard.type("5");
  await expect(page.getByRole("status")).toContainText("Go to slide 5");
  await page.keyboard.press("Enter");
  await expectOn(page, "#/5", 5, total);

  await page.reload();
  await expect(page.locator("html[data-deck-ready]")).toBeAttached();
  await expectOn(page, "#/5", 5, total);

  await page.goBack();
  await expectOn(page, "#/1", 1, total);
  await page.goForward();
  await expectOn(page, "#/5", 5, total);

  // An in-page link that is not a slide address ("Skip to content") leaves the deck where it is.
  await page.evaluate(() => (window.location.hash = "#main"));
  await expect(shownSlide(page)).toHaveAttribute("aria-label", new RegExp(`^5 of ${total}: `));

  // A shared link to a slide past the end lands on the last slide.
  await openDeck(page, `${deckUrl}#/999`);
  await expectOn(page, `#/${total}`, total, total);
  expect(consoleErrors).toEqual([]);
});

test("revealed items appear one key press at a time, and going back shows the slide as it was left", async ({
  page,
}) => {
  const { outline } = await readPresentation(slug);
  const index = outline.findIndex((slide) => slide.reveals > 1);
  expect(index, "lesson 1 has a slide with <Reveal> items").toBeGreaterThan(0);
  const number = index + 1;
  const steps = outline[index]!.steps;
  await openDeck(page, `${deckUrl}#/${number}`);
  const items = shownSlide(page).locator("[data-reveal]");
  await expect(items).toHaveCount(steps);
  await expect(items.first()).toBeHidden();

  await page.keyboard.press("ArrowRight");
  await expect.poll(() => hashOf(page)).toBe(`#/${number}/1`);
  await expect(items.nth(0)).toBeVisible();
  await expect(items.nth(1)).toBeHidden();
  for (let step = 2; step <= steps; step++) await page.keyboard.press("ArrowRight");
  await expect.poll(() => hashOf(page)).toBe(`#/${number}/${steps}`);
  await expect(items.nth(steps - 1)).toBeVisible();

  await page.keyboard.press("ArrowRight");
  await expect.poll(() => hashOf(page)).toBe(`#/${number + 1}`);
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => hashOf(page)).toBe(`#/${number}/${steps}`);
  await expect(items.nth(steps - 1)).toBeVisible();
});

test("the overview grid jumps by keyboard and by click, and Escape closes it", async ({ page }) => {
  const { outline } = await readPresentation(slug);
  await openDeck(page, `${deckUrl}#/2`);
  await page.keyboard.press("o");
  const overview = page.getByRole("dialog", { name: "Overview" });
  await expect(overview).toBeVisible();
  await expect(overview.getByRole("button", { name: outline[1]!.title })).toBeFocused();
  // Each card shows a miniature of its slide.
  await expect(overview.locator('[data-thumbnail="2"]')).toContainText(outline[2]!.title);
  await page.keyboard.press("ArrowRight");
  await expect(overview.getByRole("button", { name: outline[2]!.title })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(overview).toBeHidden();
  await expect.poll(() => hashOf(page)).toBe("#/3");

  await page.keyboard.press("O");
  await expect(overview).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(overview).toBeHidden();
  await expect.poll(() => hashOf(page)).toBe("#/3");

  await page.getByRole("button", { name: "Overview (O)" }).click();
  await overview.getByRole("button", { name: outline[6]!.title }).click();
  await expect(overview).toBeHidden();
  await expect.poll(() => hashOf(page)).toBe("#/7");
});

test("? lists the keys, Escape closes the list, and F asks for full screen", async ({ page }) => {
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { fullscreenCalls: string[] }).fullscreenCalls = calls;
    const original = Element.prototype.requestFullscreen;
    Element.prototype.requestFullscreen = function (this: Element, options?: FullscreenOptions) {
      calls.push(this.tagName);
      return original.call(this, options);
    };
  });
  await openDeck(page, deckUrl);
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help).toContainText("Overview of all slides");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  await page.keyboard.press("f");
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { fullscreenCalls: string[] }).fullscreenCalls),
    )
    .toEqual(["HTML"]);
});

test("speaker notes stay out of the audience view and show in the presenter view", async ({
  page,
}) => {
  // The page's clock moves on only when the test says so (the timer, below).
  await page.clock.install();
  await openDeck(page, deckUrl);
  expect(await page.content()).not.toContain(firstNote);
  await expect(page.getByText(firstNote)).toHaveCount(0);

  await openDeck(page, presenterUrl);
  expect(await overflowsHorizontally(page)).toBe(false);
  // Notes of the other slides are in the page, hidden: check what shows.
  const notes = page.getByRole("region", { name: "Speaker notes" });
  await expect(notes.getByText(firstNote)).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(notes.getByText(firstNote)).toBeHidden();
  await expect(notes.getByText("Read the four outcomes aloud")).toBeVisible();
  await expect(page.getByRole("region", { name: "Next slide" })).toBeVisible();
  await expect(page.getByTestId("timer")).toHaveText(/^Elapsed \d+:\d\d$/);
  await page.getByRole("button", { name: "Pause" }).click();
  const paused = await page.getByTestId("timer").textContent();
  // A minute passes on the page's clock: a paused timer stands still, a running one moves on.
  await page.clock.runFor(60_000);
  await expect(page.getByTestId("timer")).toHaveText(paused!);
  await page.getByRole("button", { name: "Resume" }).click();
  await page.clock.runFor(60_000);
  await expect(page.getByTestId("timer")).not.toHaveText(paused!);
  await expect(page.getByTestId("timer")).toHaveText(/^Elapsed 1:\d\d$/);
  await page.getByRole("button", { name: "Reset" }).click();
  await expect(page.getByTestId("timer")).toHaveText(/^Elapsed 0:0\d$/);
});

test("the presenter and audience windows follow each other both ways", async ({ context }) => {
  const audience = await context.newPage();
  await openDeck(audience, deckUrl);
  // A window opened (or reloaded) on another slide joins the running deck; it does not drag it.
  const presenter = await context.newPage();
  await openDeck(presenter, `${presenterUrl}#/4`);
  await expect(presenter.getByTestId("presenter-slide-number")).toHaveText("1");
  expect(hashOf(audience)).toBe("");

  await presenter.keyboard.press("ArrowRight");
  await presenter.keyboard.press("ArrowRight");
  await expect.poll(() => hashOf(audience)).toBe("#/3");
  await expect(presenter.getByTestId("presenter-slide-number")).toHaveText("3");

  await audience.bringToFront();
  await audience.keyboard.press("ArrowLeft");
  await expect(presenter.getByTestId("presenter-slide-number")).toHaveText("2");
  await expect.poll(() => hashOf(presenter)).toBe("#/2");

  // The button opens the audience window on the presenter's slide.
  const popup = context.waitForEvent("page");
  await presenter.getByRole("button", { name: "Open audience window" }).click();
  const opened = await popup;
  await expect.poll(() => hashOf(opened)).toBe("#/2");
  await expect(shownSlide(opened)).toHaveAttribute("aria-label", /^2 of /);
});

test("the diagram's launch type and task count follow between presenter and audience", async ({
  context,
}) => {
  const { outline } = await readPresentation(diagramSlug);
  const number = outline.findIndex((slide) => slide.steps > slide.reveals) + 1;
  const audience = await context.newPage();
  await openDeck(audience, `/lessons/${diagramSlug}/slides#/${number}`);
  const presenter = await context.newPage();
  await openDeck(presenter, `/lessons/${diagramSlug}/presenter#/${number}`);
  const instance = (page: Page) =>
    page.getByRole("button", { name: /EC2 instance 1 \(you manage\)/ });
  const tasks = (page: Page) => page.getByRole("button", { name: /^Task \d+: show details$/ });
  await expect(tasks(audience).first()).toBeVisible();
  await expect(tasks(presenter).first()).toBeVisible();
  await expect(instance(audience)).toHaveCount(0);
  const startTasks = await tasks(audience).count();
  expect(startTasks).toBeGreaterThan(0);

  // The presenter switches to EC2 and adds a task: the projector shows (and says) the same.
  await presenter.getByRole("button", { name: "EC2", exact: true }).click();
  await expect(instance(presenter)).toBeVisible();
  await expect(instance(audience)).toBeVisible();
  await expect(audience.getByRole("button", { name: "EC2", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(audience.getByTestId("diagram-announcement")).toContainText("EC2 launch type");
  await presenter.getByRole("slider", { name: "Desired tasks" }).fill(String(startTasks + 1));
  await expect(tasks(presenter)).toHaveCount(startTasks + 1);
  await expect(tasks(audience)).toHaveCount(startTasks + 1);

  // And back the other way: a task added on the projector shows in the presenter view.
  await audience.bringToFront();
  await audience.getByRole("slider", { name: "Desired tasks" }).fill(String(startTasks + 2));
  await expect(tasks(presenter)).toHaveCount(startTasks + 2);
  await expect(instance(presenter)).toBeVisible();

  // A window opened later joins with the diagram as the others have it (not the lesson's
  // Fargate and two tasks).
  const late = await context.newPage();
  await openDeck(late, `/lessons/${diagramSlug}/slides#/${number}`);
  await expect(tasks(late)).toHaveCount(startTasks + 2);
  await expect(late.getByRole("button", { name: "EC2", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // Fargate from the late window: the instances go in every window. An instance's details,
  // open on the projector, close with it, and focus stays in the diagram.
  await audience.bringToFront();
  await instance(audience).click();
  const details = audience.getByRole("dialog", { name: /EC2 instance 1/ });
  await expect(details).toBeVisible();
  await late.bringToFront();
  await late.getByRole("button", { name: "Fargate", exact: true }).click();
  await expect(instance(presenter)).toHaveCount(0);
  await expect(instance(audience)).toHaveCount(0);
  await expect(details).toHaveCount(0);
  await expect(audience.getByRole("button", { name: "Fargate", exact: true })).toBeFocused();
});

test("→ walks the architecture diagram's steps inside its slide before moving on", async ({
  page,
}) => {
  const { outline } = await readPresentation(diagramSlug);
  const index = outline.findIndex((slide) => slide.steps > slide.reveals);
  expect(index, "lesson 2 has a slide with the diagram").toBeGreaterThan(0);
  const number = index + 1;
  const steps = outline[index]!.steps;
  await openDeck(page, `/lessons/${diagramSlug}/slides#/${number}`);
  const caption = page.getByTestId("diagram-caption");
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  await expect(caption).toContainText("Overview");

  await page.keyboard.press("ArrowRight");
  await expect.poll(() => hashOf(page)).toBe(`#/${number}/1`);
  await expect(caption).toContainText(`Step 1 of ${steps}`);
  for (let step = 2; step <= steps; step++) await page.keyboard.press("ArrowRight");
  await expect(caption).toContainText(`Step ${steps} of ${steps}`);
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => hashOf(page)).toBe(`#/${number + 1}`);
  await page.keyboard.press("ArrowLeft");
  await expect(caption).toContainText(`Step ${steps} of ${steps}`);

  // The diagram's own buttons move the deck too.
  await page.getByRole("button", { name: "← Previous" }).click();
  await expect.poll(() => hashOf(page)).toBe(`#/${number}/${steps - 1}`);

  // With focus inside the diagram (after switching the launch type), → still moves on.
  await page.getByRole("button", { name: "EC2" }).click();
  await page.keyboard.press("ArrowRight");
  await expect(caption).toContainText(`Step ${steps} of ${steps}`);
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => hashOf(page)).toBe(`#/${number + 1}`);
});

test("a quiz question slide shows the question first and the answer on the next key", async ({
  page,
}) => {
  const { outline, lesson } = await readPresentation(slug);
  const number = lesson.outline.length + 1;
  expect(outline[number - 1]!.title).toMatch(/^Quiz: question 1 of/);
  await openDeck(page, `${deckUrl}#/${number}`);
  const answer = shownSlide(page).locator(".quiz-answer");
  await expect(shownSlide(page).getByRole("heading", { level: 2 })).toBeVisible();
  await expect(answer).toBeHidden();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => hashOf(page)).toBe(`#/${number}/1`);
  await expect(answer).toBeVisible();
  await expect(answer).toContainText("Answer:");
});

test("only the current slide can be reached with Tab", async ({ page }) => {
  const { outline } = await readPresentation(slug);
  // The last lesson slide links to the next lesson; other slides have links too.
  await openDeck(page, `${deckUrl}#/${outline.findIndex((s) => s.title === "Summary") + 1}`);
  const reached: (string | null)[] = [];
  for (let press = 0; press < 25; press++) {
    await page.keyboard.press("Tab");
    reached.push(
      await page.evaluate(() => {
        const slide = document.activeElement?.closest('[aria-roledescription="slide"]');
        return slide ? (slide.hasAttribute("hidden") ? "hidden" : "current") : null;
      }),
    );
  }
  expect(reached).toContain("current");
  expect(reached).not.toContain("hidden");
});

test("a lesson links to its slides, presenter view and handout", async ({ page }) => {
  await page.goto(`/lessons/${slug}`);
  const present = page.getByRole("navigation", { name: "Present this lesson" });
  await expect(present.getByRole("link", { name: "Presenter view" })).toHaveAttribute(
    "href",
    presenterUrl,
  );
  await expect(present.getByRole("link", { name: "Handout" })).toHaveAttribute(
    "href",
    `/lessons/${slug}/handout/`,
  );
  await present.getByRole("link", { name: "Slides" }).click();
  await expect(page).toHaveURL(deckUrl);
  await expect(shownSlide(page)).toHaveAttribute("aria-label", /^1 of /);
  // Reached without a page load, the slide still fills the window (one side or the other).
  const viewport = page.viewportSize()!;
  await expect
    .poll(async () => {
      const box = (await page.locator(".slide-canvas-audience").boundingBox())!;
      return Math.max(box.width / viewport.width, box.height / viewport.height);
    })
    .toBeGreaterThan(0.98);
});

test("the handout prints one page per slide, with or without notes", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "printing is the same at any window size");
  const { outline } = await readPresentation(slug);
  await page.goto(`/lessons/${slug}/handout`);
  await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(outline[0]!.title);
  await expect(page.locator(".handout-canvas")).toHaveCount(outline.length);
  await expect(page.getByText(firstNote)).toBeVisible();
  const countPages = async () => {
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
    return pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  };
  expect(await countPages()).toBe(outline.length);

  // Clicked as a person would, whether or not the page is live yet: the box and the notes follow.
  const notes = page.getByRole("checkbox", { name: "Include speaker notes" });
  await notes.click();
  await expect(notes).not.toBeChecked();
  await expect(page.getByText(firstNote)).toBeHidden();
  await expect(page).toHaveURL(/\?notes=0$/);
  expect(await countPages()).toBe(outline.length);
});

test("on a touch screen, a swipe or a tap on either side moves the deck @phone", async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "touch is tested on the phone");
  await openDeck(page, deckUrl);
  const { width, height } = page.viewportSize()!;
  await page.touchscreen.tap(width - 20, height / 2);
  await expect.poll(() => hashOf(page)).toBe("#/2");
  await page.touchscreen.tap(20, height / 2);
  await expect.poll(() => hashOf(page)).toBe("#/1");

  const swipe = async (fromX: number, toX: number) => {
    const stage = page.locator(".deck-stage");
    const init = { pointerType: "touch", isPrimary: true, bubbles: true, clientY: height / 2 };
    await stage.dispatchEvent("pointerdown", { ...init, clientX: fromX });
    await stage.dispatchEvent("pointerup", { ...init, clientX: toX });
  };
  await swipe(width - 40, 40);
  await expect.poll(() => hashOf(page)).toBe("#/2");
  await swipe(40, width - 40);
  await expect.poll(() => hashOf(page)).toBe("#/1");
});

/**
 * The smallest text on the slide the deck shows, as the room reads it: computed font size times
 * every `zoom` above it (the deck's scale, and the slide's own fit), for body text and for code,
 * and whatever sticks out of the slide's content box. The diagram's own labels are left to
 * diagram.spec.ts.
 */
function measureShownSlide() {
  const slide = document.querySelector('[aria-roledescription="slide"]:not([hidden])')!;
  const body = slide.querySelector<HTMLElement>(".slide-body")!;
  const zoomOf = (element: Element | null) => {
    let scale = 1;
    for (let at = element; at; at = at.parentElement) {
      scale *= parseFloat(getComputedStyle(at).zoom || "1") || 1;
    }
    return scale;
  };
  const smallest = {
    body: { size: Infinity, text: "" },
    code: { size: Infinity, text: "" },
  };
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? "";
    const parent = node.parentElement;
    if (!text || !parent || parent.closest("[data-architecture-diagram], .sr-only")) continue;
    if (parent.getClientRects().length === 0) continue;
    const style = getComputedStyle(parent);
    const size = parseFloat(style.fontSize) * zoomOf(parent);
    const kind = parent.closest("pre, code, kbd") ? "code" : "body";
    if (size < smallest[kind].size) smallest[kind] = { size, text: text.slice(0, 60) };
  }
  const box = body.getBoundingClientRect();
  const style = getComputedStyle(body);
  const scale = zoomOf(body);
  const inner = {
    left: box.left + parseFloat(style.paddingLeft) * scale - 1,
    right: box.right - parseFloat(style.paddingRight) * scale + 1,
    top: box.top + parseFloat(style.paddingTop) * scale - 1,
    bottom: box.bottom - parseFloat(style.paddingBottom) * scale + 1,
  };
  const outside: string[] = [];
  for (const element of body.querySelectorAll(".slide-content *")) {
    if (element.closest(".sr-only")) continue;
    // The diagram clips its own pane (React Flow lays nodes out beyond it): its box must fit.
    if (element.parentElement?.closest("[data-architecture-diagram]")) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (
      rect.left < inner.left ||
      rect.right > inner.right ||
      rect.top < inner.top ||
      rect.bottom > inner.bottom
    ) {
      outside.push(
        `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 40)}"`,
      );
    }
  }
  const scrolls = [...body.querySelectorAll<HTMLElement>("pre, [role=region]")]
    .filter((element) => element.scrollWidth > element.clientWidth + 1)
    .map((element) => element.textContent?.trim().slice(0, 40));
  return {
    label: slide.getAttribute("aria-label"),
    canvas: document.querySelector(".slide-canvas-audience")!.getBoundingClientRect().width,
    scale: zoomOf(document.querySelector(".slide-canvas-audience")),
    body: smallest.body,
    code: smallest.code,
    outside: outside.slice(0, 3),
    scrolls,
    scrolling: body.hasAttribute("data-scrolls"),
  };
}

for (const lesson of (await readCourse()).lessons) {
  test(`every slide of "${lesson.slug}" reads at 24 px, code at 20 px, and fits, on 1280×720`, async ({
    page,
  }) => {
    auditOnlyIn("desktop");
    test.slow(); // every slide of a deck
    await page.setViewportSize({ width: 1280, height: 720 });
    const { outline } = await readPresentation(lesson.slug);
    await openDeck(page, `/lessons/${lesson.slug}/slides`);
    const problems: string[] = [];
    for (let number = 1; number <= outline.length; number++) {
      await page.evaluate((n) => (location.hash = `#/${n}`), number);
      await expect(shownSlide(page)).toHaveAttribute("aria-label", new RegExp(`^${number} of `));
      // The diagram's placeholder gives way to the diagram; measure the slide as it settles.
      const m = await page.evaluate(measureShownSlide);
      // The measure reads the deck's scale from `zoom`: it must agree with what is on screen.
      expect(m.canvas / 960).toBeCloseTo(m.scale, 2);
      if (m.body.size < 24 - 0.01)
        problems.push(`${m.label}: body text at ${m.body.size.toFixed(1)} px ("${m.body.text}")`);
      if (m.code.size < 20 - 0.01)
        problems.push(`${m.label}: code at ${m.code.size.toFixed(1)} px ("${m.code.text}")`);
      if (m.scrolling || m.outside.length > 0)
        problems.push(`${m.label}: does not fit (${m.outside.join("; ")})`);
      if (m.scrolls.length > 0) problems.push(`${m.label}: scrolls sideways (${m.scrolls[0]})`);
    }
    expect(problems).toEqual([]);
  });
}

test("closing the keys list with Escape puts focus back on what opened it", async ({ page }) => {
  await openDeck(page, deckUrl);
  const opener = page.getByRole("button", { name: "Keyboard shortcuts (?)" });
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await opener.click();
  await expect(help).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await expect(opener).toBeFocused();
  // Opened with the ? key from the page itself, it comes back to the ? button, not the body.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("?");
  await expect(help).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(opener).toBeFocused();
});
