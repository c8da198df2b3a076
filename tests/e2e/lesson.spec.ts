import { readFile } from "node:fs/promises";

import type { Page } from "@playwright/test";

import { readCourse } from "./course";
import {
  auditOnlyIn,
  expect,
  overflowsHorizontally,
  seriousViolations,
  settled,
  test,
  waitUntilLive,
} from "./fixtures";

/**
 * Where a heading ends up once the page has settled: its distance from the top of the view and
 * the bottom of the sticky site header, after the page has loaded, is
 * live, has fetched what it fetches on its own, and the heading has not moved for ten frames,
 * as a reader waits for the page to stop before reading.
 */
async function settledHeading(page: Page, id: string) {
  await page.waitForLoadState("load");
  await waitUntilLive(page);
  await page.waitForLoadState("networkidle");
  const heading = page.locator(`[id="${id}"]`);
  return heading.evaluate(async (el) => {
    let last = NaN;
    let still = 0;
    while (still < 10) {
      await new Promise(requestAnimationFrame);
      const top = Math.round(el.getBoundingClientRect().top);
      still = top === last ? still + 1 : 0;
      last = top;
    }
    // The sticky site header covers the top of the view: the heading belongs just below it.
    const header = document.querySelector("header")!.getBoundingClientRect().bottom;
    return { top: last, header: Math.round(header) };
  });
}

/** A heading that lands at the top: fully below the sticky header, with at most a line's gap. */
function expectJustBelow(top: number, header: number, link: string) {
  const gap = top - header;
  expect(gap, `${link}: heading ${gap} px below the header`).toBeGreaterThanOrEqual(0);
  expect(gap, `${link}: heading ${gap} px below the header`).toBeLessThanOrEqual(32);
}

/**
 * How far the window is from the bottom of the page. End scrolls smoothly in Chromium, so a
 * test waits for this to reach 0, as a reader waits for the page to stop, before it looks for
 * anything moving afterwards.
 */
function distanceToBottom(page: Page) {
  return page.evaluate(() =>
    Math.round(document.documentElement.scrollHeight - window.scrollY - window.innerHeight),
  );
}

test("the table of contents jumps to a section and marks it as current @phone", async ({
  page,
  consoleErrors,
}, testInfo) => {
  const lesson = (await readCourse()).lessons[1]!;
  await page.goto(`/lessons/${lesson.slug}`);
  // At the top the reader is still in the introduction: once the lesson is live (its Mark as
  // read button works) and the contents have looked, no section is marked in either copy (the
  // one folded above the lesson, and the one beside it on wide screens).
  await expect(page.getByRole("button", { name: "Mark lesson as read" })).toBeEnabled();
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await expect(page.locator('[aria-labelledby^="toc-"] a[aria-current]')).toHaveCount(0);
  // Wide screens show the contents beside the lesson; narrow ones fold it above.
  let toc = page.getByRole("navigation", { name: "On this page" });
  if (testInfo.project.name === "phone") {
    await page.getByText("On this page", { exact: true }).first().click();
    toc = toc.first();
  }
  const links = toc.getByRole("link");
  const target = links.nth(2);
  const name = (await target.innerText()).trim();
  await target.click();
  const heading = page.getByRole("heading", { name, exact: true });
  await expect(heading).toBeInViewport();
  const id = await heading.getAttribute("id");
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  if (testInfo.project.name === "desktop") {
    await expect(toc.getByRole("link", { name, exact: true })).toHaveAttribute(
      "aria-current",
      "location",
    );
  }
  expect(consoleErrors).toEqual([]);
});

test("previous and next lead through the course in order", async ({ page }) => {
  const lessons = (await readCourse()).lessons;
  await page.goto(`/lessons/${lessons[0]!.slug}`);
  await expect(page.getByRole("link", { name: /Previous lesson/ })).toHaveCount(0);
  for (const lesson of lessons.slice(1)) {
    await page.getByRole("link", { name: /Next lesson/ }).click();
    await expect(page).toHaveURL(`/lessons/${lesson.slug}/`);
  }
  await expect(page.getByRole("link", { name: /Next lesson/ })).toHaveCount(0);
  await page.getByRole("link", { name: /Previous lesson/ }).click();
  await expect(page).toHaveURL(`/lessons/${lessons[lessons.length - 2]!.slug}/`);
});

test("a lesson shows admonitions, tables and highlighted code with a working copy button @phone", async ({
  page,
  context,
  consoleErrors,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  // A lesson whose source has a code block with highlighted lines (```lang {3,5-6}), found
  // from the content so the test follows it when lessons change.
  const lessons = (await readCourse()).lessons;
  const sources = await Promise.all(lessons.map((l) => readFile(l.file, "utf8")));
  const lesson = lessons[sources.findIndex((source) => /^```\S*[^\n]*\{[\d,-]+\}/m.test(source))];
  if (!lesson) throw new Error("no lesson has a code block with highlighted lines");
  await page.goto(`/lessons/${lesson.slug}`);

  await expect(page.getByRole("note").first()).toBeVisible();
  await expect(page.getByRole("table").first()).toBeVisible();

  const highlighted = page
    .locator(".code-block")
    .filter({ has: page.locator("[data-highlighted-line]") })
    .first();
  await highlighted.scrollIntoViewIfNeeded();
  await expect(highlighted.locator("[data-highlighted-line]").first()).toBeVisible();
  // Syntax highlighting happened at build time: a block in a language (not plain text, as the
  // block above may be) has tokens in theme colours.
  const block = page
    .locator(".code-block")
    .filter({ has: page.locator("span[style*='--shiki-light']") })
    .first();
  await block.scrollIntoViewIfNeeded();
  await expect(block.locator("span[style*='--shiki-light']").first()).toBeVisible();

  const code = (await block.locator("pre code").innerText()).replace(/\n$/, "");
  const copy = block.getByRole("button", { name: /^(Copy|Copied) code$/ });
  await copy.click();
  await expect(copy).toHaveText(/Copied/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  expect(consoleErrors).toEqual([]);
});

test("a lesson has its title, breadcrumbs, outcomes and metadata from frontmatter", async ({
  page,
}) => {
  const course = await readCourse();
  const lesson = course.lessons[0]!;
  await page.goto(`/lessons/${lesson.slug}`);
  await expect(page).toHaveTitle(`${lesson.title} · Dockside`);
  const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(breadcrumb.getByRole("link", { name: "Course" })).toBeVisible();
  await expect(breadcrumb).toContainText(lesson.sidebarLabel);
  for (const outcome of lesson.outcomes) {
    await expect(page.getByRole("region", { name: "Learning outcomes" })).toContainText(outcome);
  }
  if (lesson.description) {
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      "content",
      lesson.description,
    );
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
      "content",
      lesson.description,
    );
  }
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", lesson.title);
});

test("a lesson ends with the sources of its facts and the day they were checked", async ({
  page,
}) => {
  const lesson = (await readCourse()).lessons.find((l) => l.sources.length > 0);
  expect(lesson, "a lesson with sources in its frontmatter").toBeDefined();
  await page.goto(`/lessons/${lesson!.slug}`);
  const sources = page.getByRole("region", { name: "Sources" });
  await sources.scrollIntoViewIfNeeded();
  await expect(sources).toBeVisible();
  await expect(sources.locator(`time[datetime="${lesson!.checked}"]`)).toBeVisible();
  for (const source of lesson!.sources) {
    await expect(sources.getByRole("link", { name: source.title, exact: true })).toHaveAttribute(
      "href",
      source.url,
    );
  }
  // The list comes after the lesson's last section, before its quiz.
  const lastSection = page.locator(".lesson-section").last();
  const [sectionBox, sourcesBox] = [await lastSection.boundingBox(), await sources.boundingBox()];
  expect(sourcesBox!.y).toBeGreaterThan(sectionBox!.y);
});

test("a link to a section, opened cold, leaves its heading at the top once the page settles @phone", async ({
  page,
  consoleErrors,
}) => {
  const { lessons } = await readCourse();
  // Sections from the middle and the end of several lessons, the hands-on one among them: the
  // further down, the more there is above the heading to shift it.
  const links: string[] = [];
  for (const lesson of lessons.slice(0, 4)) {
    // The links of the page's table of contents, read from its HTML: no need to render it.
    const html = await (await page.request.get(`/lessons/${lesson.slug}/`)).text();
    const toc = html.slice(html.indexOf('aria-labelledby="toc-inline-title"'));
    const hrefs = [...toc.slice(0, toc.indexOf("</nav>")).matchAll(/href="(#[^"]+)"/g)].map(
      (match) => match[1]!,
    );
    const middle = hrefs[Math.floor(hrefs.length / 2)];
    const last = hrefs[hrefs.length - 1];
    for (const href of [middle, last]) if (href) links.push(`/lessons/${lesson.slug}${href}`);
  }
  expect(links.length).toBeGreaterThanOrEqual(6);
  for (const link of links) {
    await page.goto("about:blank");
    await page.goto(link);
    const { top, header } = await settledHeading(page, link.split("#")[1]!);
    expectJustBelow(top, header, link);
  }
  expect(consoleErrors).toEqual([]);
});

test("a link to a section followed in the page leaves its heading at the top @phone", async ({
  page,
  consoleErrors,
}, testInfo) => {
  const lesson = (await readCourse()).lessons[0]!;
  await page.goto(`/lessons/${lesson.slug}`);
  await waitUntilLive(page);
  let toc = page.getByRole("navigation", { name: "On this page" });
  if (testInfo.project.name === "phone") {
    await page.getByText("On this page", { exact: true }).first().click();
    toc = toc.first();
  }
  const target = toc.getByRole("link").last();
  const id = (await target.getAttribute("href"))!.replace(/^.*#/, "");
  await target.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  const { top, header } = await settledHeading(page, id);
  expectJustBelow(top, header, id);
  expect(consoleErrors).toEqual([]);
});

test("End on a long lesson lands at the bottom and stays there @phone", async ({
  page,
  consoleErrors,
}) => {
  const lesson = (await readCourse()).lessons[0]!;
  await page.goto(`/lessons/${lesson.slug}`);
  await waitUntilLive(page);
  await page.locator("h1").click();
  await page.keyboard.press("End");
  const pager = page.getByRole("navigation", { name: "Lessons" });
  await expect(pager).toBeInViewport();
  await expect.poll(() => distanceToBottom(page)).toBeLessThanOrEqual(1);
  const bottoms = await page.evaluate(async () => {
    const seen: number[] = [];
    for (let frame = 0; frame < 8; frame++) {
      seen.push(Math.round(document.documentElement.scrollHeight - window.scrollY));
      await new Promise(requestAnimationFrame);
    }
    return seen;
  });
  expect(new Set(bottoms).size, `distance to the end, frame by frame: ${bottoms.join(", ")}`).toBe(
    1,
  );
  expect(consoleErrors).toEqual([]);
});

test("the reading-progress bar fills as the reader scrolls", async ({ page }) => {
  const lesson = (await readCourse()).lessons[2]!;
  await page.goto(`/lessons/${lesson.slug}`);
  const bar = page.getByTestId("reading-progress");
  const scale = () => bar.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  expect(await scale()).toBeLessThan(0.05);
  await page.mouse.wheel(0, 100_000);
  await expect.poll(scale).toBeGreaterThan(0.95);
});

// One test per lesson, so the two workers share them.
for (const lesson of (await readCourse()).lessons) {
  test(`the lesson "${lesson.slug}" fits a phone screen and passes axe @phone`, async ({
    page,
    consoleErrors,
  }) => {
    // On the desktop, a11y.spec.ts audits the lesson page type at every impact.
    auditOnlyIn("phone");
    await page.goto(`/lessons/${lesson.slug}`);
    // Wide tables become tab stops once the page is live and has measured them.
    await waitUntilLive(page);
    expect(await overflowsHorizontally(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a lesson is fully readable and navigable @phone", async ({ page }) => {
    const course = await readCourse();
    const lesson = course.lessons[1]!;
    await page.goto(`/lessons/${lesson.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    await expect(page.locator("pre code").first()).toBeAttached();
    // The copy button needs JavaScript, so it is not shown at all.
    await expect(page.getByRole("button", { name: /Copy/ })).toHaveCount(0);
    await page.getByRole("link", { name: /Next lesson/ }).click();
    await expect(page).toHaveURL(`/lessons/${course.lessons[2]!.slug}/`);
  });
});

test("printing a lesson leaves out the navigation", async ({ page }) => {
  const lesson = (await readCourse()).lessons[0]!;
  await page.goto(`/lessons/${lesson.slug}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Lessons" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toBeHidden();
});

test("a page is fetched ahead when the reader heads for its link, not when the link shows", async ({
  page,
  consoleErrors,
}) => {
  const lessons = (await readCourse()).lessons;
  const next = lessons[1]!;
  // Page data the router fetches ahead of a click (not the page itself, nor its scripts), by
  // the page it is for: the static export keeps a page's data in files beside it
  // (/lessons/a/index.txt, /lessons/a/__next.….txt).
  const ahead: string[] = [];
  page.on("request", (request) => {
    if (!request.headers()["next-router-prefetch"]) return;
    const { pathname } = new URL(request.url());
    ahead.push(pathname.replace(/\/(__next\.[^/]*|index)\.txt$/, ""));
  });
  await page.goto(`/lessons/${lessons[0]!.slug}`);
  await waitUntilLive(page);
  const link = page.getByRole("link", { name: /Next lesson/ });
  await link.scrollIntoViewIfNeeded();
  // Links in view (the outline, the header, this one) would have been fetched by now.
  await settled(page);
  expect(ahead).toEqual([]);

  await link.hover();
  await expect.poll(() => ahead).toContain(`/lessons/${next.slug}`);
  expect(ahead.every((path) => path === `/lessons/${next.slug}`)).toBe(true);
  await link.click();
  await expect(page).toHaveURL(`/lessons/${next.slug}/`);
  await expect(page).toHaveTitle(`${next.title} · Dockside`);
  expect(consoleErrors).toEqual([]);
});
