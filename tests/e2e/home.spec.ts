import { readCourse } from "./course";
import {
  auditOnlyIn,
  axeViolationsLightAndDark,
  expect,
  holdScripts,
  overflowsHorizontally,
  test,
  waitUntilLive,
} from "./fixtures";

test("the home page lists every lesson in course order with its details", async ({
  page,
  consoleErrors,
}) => {
  const course = await readCourse();
  await page.goto("/");
  await expect(page).toHaveTitle(/Dockside/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  for (const courseModule of course.modules) {
    if (courseModule.title) {
      await expect(page.getByRole("heading", { level: 2, name: courseModule.title })).toBeVisible();
    }
  }
  const titles = await page.getByRole("heading", { level: 3 }).allInnerTexts();
  expect(titles.map((t) => t.replace(/^\d+\.\s*/, ""))).toEqual(course.lessons.map((l) => l.title));

  const first = course.lessons[0]!;
  const card = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: first.title }) });
  await expect(card.getByText(`${first.readingMinutes} min read`)).toBeVisible();
  if (first.description) await expect(card.getByText(first.description)).toBeVisible();
  for (const outcome of first.outcomes) await expect(card.getByText(outcome)).toBeVisible();

  expect(await overflowsHorizontally(page)).toBe(false);
  expect(consoleErrors).toEqual([]);
});

test("a student opens a lesson from the home page @phone", async ({ page, consoleErrors }) => {
  const course = await readCourse();
  const lesson = course.lessons[1]!;
  await page.goto("/");
  await page.getByRole("link", { name: lesson.title }).click();
  await expect(page).toHaveURL(`/lessons/${lesson.slug}/`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(`${lesson.title} · Dockside`);
  expect(consoleErrors).toEqual([]);
});

test("the home page has no serious accessibility violations, light or dark @phone", async ({
  page,
}) => {
  auditOnlyIn("phone");
  await page.goto("/");
  await waitUntilLive(page);
  expect(await axeViolationsLightAndDark(page, { impact: "serious" })).toEqual([]);
});

test("an unknown address shows a helpful 404 that leads back to the course", async ({ page }) => {
  const response = await page.goto("/lessons/no-such-lesson");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/not in the course/i);
  const course = await readCourse();
  await expect(page.getByRole("link", { name: course.lessons[0]!.title })).toBeVisible();
  await page.getByRole("link", { name: "Back to the course" }).click();
  await expect(page).toHaveURL("/");
});

test("the dark-mode choice survives a reload", async ({ page, consoleErrors }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).not.toHaveClass(/dark/);
  const toggle = page.getByRole("button", { name: "Dark mode" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(html).toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await expect(page.getByRole("button", { name: "Dark mode" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  // The saved choice wins over the system setting until the reader changes it again.
  await page.getByRole("button", { name: "Dark mode" }).click();
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await expect(html).not.toHaveClass(/dark/);
  expect(consoleErrors).toEqual([]);
});

test("a system theme change before the page's scripts have run is followed too", async ({
  page,
}) => {
  // Pages are painted before their scripts load: hold the scripts back to change it then.
  const release = await holdScripts(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/", { waitUntil: "domcontentloaded" });
  const toggle = page.getByRole("button", { name: "Dark mode" });
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expect(toggle).not.toHaveAttribute("aria-pressed");
  await page.emulateMedia({ colorScheme: "light" });
  release();
  // Hydrated: the switch says where it stands, and the page is light.
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator("html")).not.toHaveClass(/dark/);
});

test("without a saved choice the theme follows the system, live", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: "light" });
  await expect(page.locator("html")).not.toHaveClass(/dark/);
});

test("the tab shows the course's icon, drawn from the page itself", async ({ page, request }) => {
  const lesson = (await readCourse()).lessons[0]!;
  for (const url of ["/", `/lessons/${lesson.slug}`, "/no-such-page"]) {
    await page.goto(url);
    // One icon, in the page: nothing to fetch (Playwright does not report favicon requests).
    const icons = page.locator('link[rel~="icon"]');
    await expect(icons, url).toHaveCount(1);
    const href = (await icons.getAttribute("href")) ?? "";
    expect(href, url).toMatch(/^data:image\/svg\+xml,/);
    // The icon is a picture the browser can draw.
    const width = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return image.naturalWidth;
    }, href);
    expect(width, url).toBeGreaterThan(0);
  }
  // The icon is no longer a file.
  expect((await request.get("/icon.svg")).status()).toBe(404);
});
