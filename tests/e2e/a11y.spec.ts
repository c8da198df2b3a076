import type { Page } from "@playwright/test";

import { readPresentation } from "./course";
import { axeViolationsLightAndDark, expect, test, waitUntilLive } from "./fixtures";
import { finishedTest, readBank, seedProgress } from "./quiz-helpers";

const slug = "containers-on-aws";
/** The lesson with the architecture diagram: its page, deck and presenter view hold it. */
const diagramSlug = "ecs-fargate-ecr-in-depth";

async function diagramSlide() {
  const { outline } = await readPresentation(diagramSlug);
  return outline.findIndex((slide) => slide.steps > slide.reveals) + 1;
}

/** The diagram drawn, as a reader sees it once it has scrolled into view and loaded. */
async function diagramDrawn(page: Page) {
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
}

const deckReady = async (page: Page) => {
  await expect(page.locator("html[data-deck-ready]")).toBeAttached();
  await diagramDrawn(page);
};

/**
 * One page of each type, and what to do before it is the page a person sees. The lesson, the
 * deck and the presenter view are those with the diagram, its details open on the lesson.
 */
const pages: {
  name: string;
  url: () => Promise<string>;
  ready: (page: Page) => Promise<void>;
}[] = [
  { name: "home", url: async () => "/", ready: waitUntilLive },
  {
    name: "lesson",
    url: async () => `/lessons/${diagramSlug}?step=3`,
    ready: async (page) => {
      await waitUntilLive(page);
      const figure = page.locator("[data-architecture-diagram]");
      await expect(async () => {
        await figure.scrollIntoViewIfNeeded();
        await diagramDrawn(page);
      }).toPass();
      await page.getByRole("button", { name: "Amazon ECR repository: show details" }).click();
      await expect(page.getByRole("dialog", { name: "Amazon ECR repository" })).toBeVisible();
    },
  },
  {
    name: "deck",
    url: async () => `/lessons/${diagramSlug}/slides#/${await diagramSlide()}`,
    ready: deckReady,
  },
  {
    name: "presenter",
    url: async () => `/lessons/${diagramSlug}/presenter#/${await diagramSlide()}`,
    ready: deckReady,
  },
  { name: "handout", url: async () => `/lessons/${slug}/handout`, ready: waitUntilLive },
  { name: "quiz", url: async () => `/quiz/${slug}`, ready: waitUntilLive },
  { name: "course quiz", url: async () => "/quiz", ready: waitUntilLive },
  { name: "progress", url: async () => "/progress", ready: waitUntilLive },
  { name: "review", url: async () => "/review", ready: waitUntilLive },
];

// Every impact (minor to critical): a landmark without a name or content outside landmarks
// costs a screen-reader user as surely as a missing label.
for (const { name, url, ready } of pages) {
  test(`axe finds nothing at any impact on the ${name} page, light and dark`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(await url());
    await ready(page);
    expect(await axeViolationsLightAndDark(page)).toEqual([]);
    // Every id is unique (axe no longer checks it), so heading links and aria references
    // point at one element, also where a page shows a slide twice (the presenter view).
    const repeatedIds = await page.evaluate(() => {
      const counts = new Map<string, number>();
      for (const element of document.querySelectorAll("[id]"))
        counts.set(element.id, (counts.get(element.id) ?? 0) + 1);
      return [...counts].filter(([, count]) => count > 1).map(([id]) => id);
    });
    expect(repeatedIds).toEqual([]);
  });
}

test("only tables that scroll are tab stops, each named after its heading @phone", async ({
  page,
}) => {
  await page.goto("/lessons/security-and-cost");
  await waitUntilLive(page);
  // The lesson's own Markdown tables (the cost explorer's tables are its own).
  const tables = page.locator("article [data-table-scroller]");
  await expect(tables.first()).toBeAttached();
  const read = () =>
    tables.evaluateAll((elements) =>
      elements.map((element) => ({
        scrolls: element.scrollWidth > element.clientWidth,
        focusable: element.getAttribute("tabindex") === "0",
        region: element.getAttribute("role") === "region",
      })),
    );
  // Focusable exactly when it scrolls, at this width and after the window changes.
  const check = async () => {
    await expect
      .poll(async () =>
        (await read()).every((t) => t.focusable === t.scrolls && t.region === t.scrolls),
      )
      .toBe(true);
  };
  await check();
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: viewport.width < 600 ? 1366 : 360, height: 800 });
  await check();
  await page.setViewportSize({ width: 360, height: 780 });
  await check();
  expect((await read()).some((t) => t.scrolls)).toBe(true);
  // A scrolling table is named after the heading it sits under, not "Table".
  const regions = page.locator('article [data-table-scroller][role="region"]');
  for (const region of await regions.all()) {
    const name = await region.evaluate((element) => {
      const id = element.getAttribute("aria-labelledby");
      return id
        ? document.getElementById(id)?.textContent?.trim()
        : element.getAttribute("aria-label");
    });
    expect(name).toBeTruthy();
    expect(name).not.toBe("Table");
  }
});

test("the score chart has a legend, and a low score stands out in colour and in words", async ({
  page,
}) => {
  const { quizzes } = await readBank();
  const [low, good] = [quizzes[0]!, quizzes[1]!];
  await page.goto("/progress");
  await seedProgress(page, [
    finishedTest(low, 0, new Date("2026-11-30T09:00:00Z")),
    finishedTest(good, 1, new Date("2026-12-01T09:00:00Z")),
  ]);
  const card = (title: string) =>
    page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
  const pointOf = (title: string) => card(title).locator("svg[role=img] circle").first();
  await expect(pointOf(low.title)).toBeVisible();
  // The low score is labelled with its number beside its point; the good one is not.
  await expect(card(low.title).locator("svg[role=img] [data-low] text")).toHaveText([
    /^[1-4]?\d%$/,
  ]);
  await expect(card(good.title).locator("svg[role=img] [data-low]")).toHaveCount(0);
  const stroke = (title: string) =>
    pointOf(title).evaluate((element) => getComputedStyle(element).stroke);
  expect(await stroke(low.title)).not.toBe(await stroke(good.title));
  // A legend says what the marks mean.
  for (const words of ["Test", "Practice", "Below 50%, labelled with its score"]) {
    await expect(card(low.title).getByText(words, { exact: true })).toBeVisible();
  }
});
