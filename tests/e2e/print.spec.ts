import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";

// Printing is the same at any window size: these run on the desktop project only, with the
// window set to the paper's width where it matters.
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "printing is the same at any window size");
});

/** The hands-on lesson: <Tabs>, the diagram's neighbours, code, tables. */
const lesson = "/lessons/ship-to-fargate";

/** A4 at 96 CSS pixels to the inch. */
const A4 = { portrait: { width: 794, height: 1123 }, landscape: { width: 1123, height: 794 } };

/** Relative luminance of a computed `rgb(…)` colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ["0", "0", "0"]).slice(0, 3).map(Number);
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

async function colorsOf(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element);
      let background = "rgba(0, 0, 0, 0)";
      for (let at: Element | null = element; at; at = at.parentElement) {
        const color = getComputedStyle(at).backgroundColor;
        if (color !== "rgba(0, 0, 0, 0)" && color !== "transparent") {
          background = color;
          break;
        }
      }
      // Computed colours may come as lab() or oklch(): a canvas turns them into sRGB.
      const context = document.createElement("canvas").getContext("2d")!;
      const rgb = (color: string) => {
        context.clearRect(0, 0, 1, 1);
        context.fillStyle = color;
        context.fillRect(0, 0, 1, 1);
        const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
        return `rgb(${r}, ${g}, ${b})`;
      };
      return { color: rgb(style.color), background: rgb(background) };
    });
}

async function openPrinted(page: Page, url: string, size = A4.portrait) {
  await page.setViewportSize(size);
  // The reader chose dark (the system says dark): paper must still come out light.
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await page.goto(url);
  // Live: the theme switch says where it stands (it does not print, hence includeHidden).
  await expect(
    page.getByRole("button", { name: "Dark mode", includeHidden: true }),
  ).toHaveAttribute("aria-pressed", /^(true|false)$/);
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
}

const pdfPages = async (page: Page, landscape: boolean) => {
  const pdf = (await page.pdf({ format: "A4", landscape })).toString("latin1");
  return pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
};

test("a lesson printed from dark mode is dark text on white", async ({ page }) => {
  await openPrinted(page, lesson);
  for (const selector of ["h1", "article .prose h2", "article .prose p", "article .prose li"]) {
    const { color, background } = await colorsOf(page, selector);
    expect(luminance(background), `${selector} background ${background}`).toBeGreaterThan(0.9);
    expect(luminance(color), `${selector} colour ${color}`).toBeLessThan(0.1);
  }
  const code = await colorsOf(page, "article .prose pre");
  expect(luminance(code.background), `code background ${code.background}`).toBeGreaterThan(0.8);
});

test("a printed lesson shows every tab under its label, and no controls", async ({ page }) => {
  await openPrinted(page, lesson);
  const article = page.locator("article");
  // Both ways to scale, each under its label.
  await expect(article.getByText("--desired-count 4")).toBeVisible();
  await expect(article.getByText("put-scaling-policy").first()).toBeVisible();
  const labels = article.locator('[role="tabpanel"] > p:first-child');
  await expect(labels.filter({ hasText: /^With Service Auto Scaling$/ })).toBeVisible();
  await expect(labels.filter({ hasText: /^By hand$/ })).toBeVisible();
  // Paper cannot be clicked: no buttons, sliders, fields or tabs on it.
  const controls = page.locator(
    'main :is(button, input:not([type="checkbox"]), select, textarea, [role="slider"], [role="tab"], [role="tablist"])',
  );
  const shown = await controls.evaluateAll((elements) =>
    elements
      .filter((element) => (element as HTMLElement).checkVisibility())
      .map((element) => `${element.tagName} ${element.textContent?.trim().slice(0, 30)}`),
  );
  expect(shown).toEqual([]);
});

test("a printed lesson is one wide column in portrait and in landscape", async ({ page }) => {
  test.slow(); // two PDFs of the longest lesson
  for (const [name, size] of Object.entries(A4)) {
    await openPrinted(page, lesson, size);
    const main = await page.locator("main").boundingBox();
    const prose = await page.locator("article .prose").first().boundingBox();
    // The text takes the page's width (less its margins), not a sidebar's column.
    expect(prose!.width, name).toBeGreaterThan(size.width * 0.8);
    expect(main!.x, name).toBeLessThan(size.width * 0.1);
  }
  await openPrinted(page, lesson, A4.portrait);
  const portrait = await pdfPages(page, false);
  const landscape = await pdfPages(page, true);
  // A landscape page holds fewer lines but longer ones: about as many pages, not three times.
  expect(portrait).toBeGreaterThan(3);
  expect(landscape).toBeLessThanOrEqual(Math.ceil(portrait * 1.5));
});

test("the handout prints light from dark mode", async ({ page }) => {
  await openPrinted(page, "/lessons/containers-on-aws/handout", A4.landscape);
  for (const selector of [".handout-canvas", ".handout-canvas h1", ".handout-canvas h2"]) {
    const { color, background } = await colorsOf(page, selector);
    expect(luminance(background), `${selector} background ${background}`).toBeGreaterThan(0.9);
    expect(luminance(color), `${selector} colour ${color}`).toBeLessThan(0.2);
  }
});
