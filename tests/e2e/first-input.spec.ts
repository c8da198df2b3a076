import type { Page } from "@playwright/test";

import { readCourse } from "./course";
import { expect, holdScripts, test } from "./fixtures";

// What a person does the moment a page shows, before its scripts are live (pages are painted
// first and load their scripts after: lib/build/paint-first.ts). The scripts are held back so
// the input lands in that moment every time, then let go; nothing here waits for hydration
// before acting.

/** Waits for what a person waits for before acting: the page's first paint. */
async function firstPaint(page: Page) {
  await page.waitForFunction(
    () => performance.getEntriesByName("first-contentful-paint").length > 0,
  );
}

const slug = "containers-on-aws";
const shownSlide = (page: Page) => page.locator('[aria-roledescription="slide"]:not([hidden])');

for (const view of ["slides", "presenter"] as const) {
  test(`a key pressed on the ${view} view as soon as it shows is not lost @phone`, async ({
    page,
    consoleErrors,
  }) => {
    const release = await holdScripts(page);
    await page.goto(`/lessons/${slug}/${view}`, { waitUntil: "commit" });
    await firstPaint(page);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    release();
    // Both presses count, once each: the deck is on its third slide.
    await expect.poll(() => new URL(page.url()).hash).toBe("#/3");
    if (view === "slides") await expect(shownSlide(page)).toHaveAttribute("aria-label", /^3 of /);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => new URL(page.url()).hash).toBe("#/2");
    expect(consoleErrors).toEqual([]);
  });
}

test("a click on the theme switch as soon as the page shows is not lost @phone", async ({
  page,
  consoleErrors,
}) => {
  const release = await holdScripts(page);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/", { waitUntil: "commit" });
  await firstPaint(page);
  const toggle = page.getByRole("button", { name: "Dark mode" });
  await toggle.click();
  release();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  // Once live, the switch answers as usual, once per click.
  await toggle.click();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  expect(consoleErrors).toEqual([]);
});

test("the handout's notes box, clicked as soon as the page shows, counts once", async ({
  page,
  consoleErrors,
}) => {
  const slug = (await readCourse()).lessons[0]!.slug;
  const release = await holdScripts(page);
  await page.goto(`/lessons/${slug}/handout`, { waitUntil: "commit" });
  await firstPaint(page);
  const notes = page.getByRole("checkbox", { name: "Include speaker notes" });
  await notes.click();
  release();
  await expect(page).toHaveURL(/\?notes=0$/);
  await expect(notes).not.toBeChecked();
  await expect(page.locator(".handout-notes").first()).toBeHidden();
  expect(consoleErrors).toEqual([]);
});

test("search asked for as soon as the page shows opens once the page is live", async ({
  page,
  consoleErrors,
}) => {
  const release = await holdScripts(page);
  await page.goto(`/lessons/${slug}`, { waitUntil: "commit" });
  await firstPaint(page);
  // Space still scrolls the page: only search's own keys are kept.
  await page.keyboard.press("Space");
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await page.keyboard.press("/");
  release();
  const dialog = page.getByRole("dialog", { name: "Search the course" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("searchbox")).toBeFocused();
  // Typed once live, the first letter lands in the field, and the / was not typed into it.
  await page.keyboard.type("fargate");
  await expect(dialog.getByRole("searchbox")).toHaveValue("fargate");
  expect(consoleErrors).toEqual([]);
});
