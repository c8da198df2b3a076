import type { Locator, Page } from "@playwright/test";

import { readCourse } from "./course";
import {
  axeViolationsLightAndDark,
  expect,
  overflowsHorizontally,
  seriousViolations,
  test,
  waitUntilLive,
  watchCspViolations,
} from "./fixtures";

/**
 * For each lesson, a word a student might look up and the section that explains it. A lesson
 * added to the course needs its line here (the first test says so).
 */
const LOOKUPS: { slug: string; query: string; word: RegExp; section: string; id: string }[] = [
  {
    slug: "containers-on-aws",
    query: "delivery business",
    word: /^delivery$/i,
    section: "An analogy: running a delivery business",
    id: "an-analogy-running-a-delivery-business",
  },
  {
    slug: "ecs-fargate-ecr-in-depth",
    query: "control plane",
    word: /^control$/i,
    section: "Amazon ECS: a managed orchestrator",
    id: "amazon-ecs-a-managed-orchestrator",
  },
  {
    slug: "ship-to-fargate",
    query: "execution role",
    word: /^execution$/i,
    section: "5. Create the task execution role",
    id: "5-create-the-task-execution-role",
  },
  {
    slug: "networking-for-fargate",
    query: "awsvpc",
    word: /^awsvpc$/i,
    section: "One network interface per task",
    id: "awsvpc",
  },
  {
    slug: "load-balancing",
    query: "deregistration delay",
    word: /^deregistration$/i,
    section: "Deregistration delay",
    id: "deregistration-delay",
  },
  {
    slug: "scaling-and-deploying",
    query: "circuit breaker",
    word: /^circuit$/i,
    section: "The deployment circuit breaker",
    id: "circuit-breaker",
  },
  {
    slug: "security-and-cost",
    query: "FireLens",
    word: /^firelens$/i,
    section: "Logs: awslogs or FireLens",
    id: "logs",
  },
];

function searchDialog(page: Page) {
  return page.getByRole("dialog", { name: "Search the course" });
}

/** Opens search from the header, as a reader would, once the page is live. */
async function openSearch(page: Page): Promise<Locator> {
  await waitUntilLive(page);
  await page.getByRole("button", { name: "Search" }).click();
  const dialog = searchDialog(page);
  await expect(dialog.getByRole("searchbox", { name: "Search the lessons" })).toBeFocused();
  return dialog;
}

/** The words painted by search on the page now: each range's text and the id of its section. */
function paintedWords(page: Page) {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get("search-term");
    if (!highlight) return [];
    return [...highlight].map((range) => {
      const element =
        range.startContainer instanceof Element
          ? range.startContainer
          : range.startContainer.parentElement!;
      // The heading the word sits under: the last one before it in the section.
      const section = element.closest(".lesson-section");
      const headings = section ? [...section.querySelectorAll("h2, h3, h4")] : [];
      const under = headings
        .filter(
          (h) =>
            h === element.closest("h2, h3, h4") ||
            h.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
        )
        .at(-1);
      return { text: range.toString(), section: under?.id ?? "" };
    });
  });
}

test("every lesson has a word to look up here", async () => {
  const slugs = (await readCourse()).lessons.map((lesson) => lesson.slug);
  expect(LOOKUPS.map((lookup) => lookup.slug).sort()).toEqual([...slugs].sort());
});

for (const lookup of LOOKUPS) {
  test(`"${lookup.query}" finds "${lookup.section}" and paints the word there`, async ({
    page,
    consoleErrors,
  }) => {
    // Start elsewhere: the result leads to another page.
    await page.goto("/quiz");
    const dialog = await openSearch(page);
    await dialog.getByRole("searchbox").fill(lookup.query);
    const result = dialog.getByRole("link", { name: new RegExp(`^${escape(lookup.section)}`) });
    await expect(result).toHaveAttribute("href", new RegExp(`^/lessons/${lookup.slug}/\\?`));
    await expect(dialog.getByRole("status")).toHaveText(/ match(es)? “/);
    await result.click();

    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(
      new RegExp(`/lessons/${lookup.slug}/\\?highlight=.+#${lookup.id}$`),
    );
    const heading = page.locator(`[id="${lookup.id}"]`);
    await expect(heading).toBeInViewport();
    await expect(heading).toBeFocused();
    await expect
      .poll(
        async () =>
          (await paintedWords(page)).filter(
            (word) => lookup.word.test(word.text) && word.section === lookup.id,
          ).length,
      )
      .toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
  });
}

test("a result opened in its own tab paints the word too", async ({ page }) => {
  const lookup = LOOKUPS[3]!;
  await page.goto(`/lessons/${lookup.slug}?highlight=${lookup.query}#${lookup.id}`);
  await waitUntilLive(page);
  await expect
    .poll(async () => (await paintedWords(page)).map((word) => word.text.toLowerCase()))
    .toContain(lookup.query);
  // Landing on the section itself is the lesson page's deep-link handling (lesson.spec.ts).

  // The next page, reached in the app, carries no paint from this one.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/$/);
  await expect.poll(() => page.evaluate(() => CSS.highlights.has("search-term"))).toBe(false);
});

test("a misspelt word finds what starts the same, and says so", async ({ page }) => {
  await page.goto("/");
  const dialog = await openSearch(page);
  await dialog.getByRole("searchbox").fill("awsvcp");
  await expect(dialog.getByRole("status")).toHaveText(
    /^Nothing matched “awsvcp”\. Showing \d+ lessons? with words starting “awsv/,
  );
  await expect(dialog.getByRole("link", { name: /^One network interface per task/ })).toBeVisible();
});

test("a word misspelt at its start finds close words, and says they are", async ({ page }) => {
  await page.goto("/");
  const dialog = await openSearch(page);
  await dialog.getByRole("searchbox").fill("exection role");
  await expect(dialog.getByRole("status")).toHaveText(
    /^No exact match for “exection role”\. \d+ lessons? with close words\.$/,
  );
  await expect(dialog.getByRole("link").first()).toBeVisible();
});

test("a word in no lesson says nothing matched", async ({ page }) => {
  await page.goto("/");
  const dialog = await openSearch(page);
  await dialog.getByRole("searchbox").fill("qzxwv");
  await expect(dialog.getByRole("status")).toHaveText(
    "Nothing matched “qzxwv”. Check the spelling, or try another word.",
  );
  await expect(dialog.getByRole("link")).toHaveCount(0);
});

test("speaker notes, the quiz and the page's chrome are not searched", async ({ page }) => {
  await page.goto("/");
  const dialog = await openSearch(page);
  // A word only in the first lesson's speaker notes.
  await dialog.getByRole("searchbox").fill("multiplayer");
  await expect(dialog.getByRole("status")).toHaveText(/^Nothing matched “multiplayer”\. Check/);
  // The quiz's heading and a button of every lesson page.
  for (const name of ["Check what you learned", "Mark lesson as read"]) {
    await dialog.getByRole("searchbox").fill(name);
    await expect(dialog.getByRole("status")).toHaveText(new RegExp(`match.*“${name}”`));
    await expect(dialog.getByRole("link", { name: new RegExp(name, "i") })).toHaveCount(0);
  }
});

test("/ and Ctrl+K open search, but not while typing in a field", async ({ page }) => {
  await page.goto("/lessons/ship-to-fargate");
  await waitUntilLive(page);
  await page.keyboard.press("/");
  const dialog = searchDialog(page);
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  // Focus returns to where it was: the button that opens search (until it has, the keys still
  // go to the closing dialog's field).
  await expect(page.getByRole("button", { name: "Search", exact: true })).toBeFocused();
  await page.keyboard.press("Control+k");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  // In the lab's console, / is part of a command.
  await page.getByRole("button", { name: "Open the lab" }).click();
  const console = page.getByRole("textbox", { name: /command/i });
  await console.click();
  await page.keyboard.type("ls /tmp");
  await page.keyboard.press("Control+k");
  await expect(console).toHaveValue(/ls \/tmp/);
  await expect(dialog).toBeHidden();
});

test("search works by keyboard alone", async ({ page }) => {
  await page.goto("/lessons/containers-on-aws");
  await waitUntilLive(page);
  await page.keyboard.press("/");
  const dialog = searchDialog(page);
  const box = dialog.getByRole("searchbox", { name: "Search the lessons" });
  await expect(box).toBeFocused();
  await page.keyboard.type("awsvpc");
  const links = dialog.getByRole("link");
  await expect(links.first()).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expect(links.first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(box).toBeFocused();
  // Enter in the field goes to the first result.
  const first = await links.first().getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  const id = first!.split("#")[1]!;
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeFocused();
});

test("search loads nothing until it is opened, and keeps to the CSP", async ({ page }) => {
  const violations = await watchCspViolations(page);
  const requests: string[] = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.goto("/lessons/load-balancing");
  await waitUntilLive(page);
  expect(requests.filter((path) => path.startsWith("/pagefind/"))).toEqual([]);
  const dialog = await openSearch(page);
  await dialog.getByRole("searchbox").fill("health check");
  await expect(dialog.getByRole("link").first()).toBeVisible();
  expect(requests).toContain("/pagefind/pagefind.js");
  expect(violations).toEqual([]);
});

test("results fit a phone and the dialog passes axe, light and dark", async ({ page }) => {
  await page.goto("/");
  await waitUntilLive(page);
  const dialog = await openSearch(page);
  await dialog.getByRole("searchbox").fill("security group");
  await expect(dialog.getByRole("link").first()).toBeVisible();
  expect(await overflowsHorizontally(page)).toBe(false);
  const box = await dialog.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
  expect(await axeViolationsLightAndDark(page, { include: ["dialog"], impact: "serious" })).toEqual(
    [],
  );
});

test("the header with its search button passes axe and fits", async ({ page }) => {
  await page.goto("/lessons/containers-on-aws");
  await waitUntilLive(page);
  expect(await overflowsHorizontally(page)).toBe(false);
  await expect(page.getByRole("button", { name: "Search" })).toBeVisible();
  expect(await seriousViolations(page, ["header"])).toEqual([]);
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
