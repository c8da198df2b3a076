import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";

/**
 * `test` with a `consoleErrors` list: every console error and uncaught exception of the page.
 * Tests that load pages assert it stays empty.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await provide(errors);
  },
});

export { expect };

export interface AxeOptions {
  /** Audit only the elements matching these selectors. */
  include?: string[];
  /** Report every impact (minor to critical), or only serious and critical. */
  impact?: "any" | "serious";
  /** Run only these rules. */
  rules?: string[];
}

/** What axe finds on the page as it is now, one line per violation. */
export async function axeViolations(
  page: Page,
  { include = [], impact = "any", rules }: AxeOptions = {},
) {
  let builder = new AxeBuilder({ page });
  for (const selector of include) builder = builder.include(selector);
  if (rules) builder = builder.withRules(rules);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => impact === "any" || v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    );
}

/** Serious and critical violations axe finds on the page; in `include` only, when given. */
export async function seriousViolations(page: Page, include: string[] = []) {
  return axeViolations(page, { include, impact: "serious" });
}

/** The rules whose outcome depends on colours: all that can differ between light and dark. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * What axe finds in both colour schemes, as a reader's system switches them: every rule in
 * light, then the colour rules in dark (the markup is the same; only colours change). The page
 * must be live, so that its theme follows the system. It is left light.
 */
export async function axeViolationsLightAndDark(page: Page, options: AxeOptions = {}) {
  await followScheme(page, "light");
  const light = await axeViolations(page, options);
  await followScheme(page, "dark");
  const dark = await axeViolations(page, { ...options, rules: COLOUR_RULES });
  await followScheme(page, "light");
  return [...light, ...dark.map((line) => `dark: ${line}`)];
}

/**
 * Switches the system's colour scheme and waits until the live page has followed it and its
 * colour transitions have ended (a colour mid-transition is neither theme's).
 */
export async function followScheme(page: Page, scheme: "light" | "dark") {
  await page.emulateMedia({ colorScheme: scheme });
  // By its label, not its role: a modal dialog hides the rest of the page from the role tree.
  await expect(page.locator('button[aria-label="Dark mode"]').first()).toHaveAttribute(
    "aria-pressed",
    String(scheme === "dark"),
  );
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const transitions = document.getAnimations().filter((a) => a instanceof CSSTransition);
    await Promise.all(transitions.map((a) => a.finished.catch(() => undefined)));
  });
}

/**
 * Runs the calling test in `project` only. For accessibility audits of a view whose markup is the
 * same at every window size (a quiz's questions, the diagram, a deck): axe then checks it once
 * per theme, not once per theme and project. Pages whose chrome changes with the width (site
 * header, sidebar, phone menu) are audited in both projects.
 */
export function auditOnlyIn(project: "desktop" | "phone") {
  test.skip(
    test.info().project.name !== project,
    `the same markup at every width: audited in the ${project} project`,
  );
}

/** Whether the page is wider than the viewport (a horizontal scrollbar on a phone). */
export async function overflowsHorizontally(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/** Collects every Content-Security-Policy violation the page reports, from its first script on. */
export async function watchCspViolations(page: Page) {
  const violations: string[] = [];
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

const SCRIPT_CHUNKS = "**/_next/static/chunks/*.js";

/**
 * Holds the page's script chunks back until the returned function is called, to act in the
 * moment pages are built for: painted, their scripts not loaded yet (see lib/build/paint-first.ts).
 * Call it before the page is opened.
 */
export async function holdScripts(page: Page): Promise<() => void> {
  await page.unroute(SCRIPT_CHUNKS);
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(SCRIPT_CHUNKS, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Waits until the page is live: hydrated, its effects run. The theme switch, on every site page,
 * says where it stands (aria-pressed) only from then on.
 */
export async function waitUntilLive(page: Page) {
  await expect(page.getByRole("button", { name: "Dark mode" })).toHaveAttribute(
    "aria-pressed",
    /^(true|false)$/,
  );
}

/**
 * Waits until the page has settled by itself: no request in flight, two frames drawn, then an
 * idle moment. What a page starts on its own once shown (fetching links in view, loading code
 * for what is on screen), it has started by then, so a test can check that it did not.
 */
export async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => requestIdleCallback(() => resolve())),
        ),
      ),
  );
}
