import type { Locator, Page } from "@playwright/test";

import { readPresentation } from "./course";
import {
  expect,
  followScheme,
  holdScripts,
  overflowsHorizontally,
  settled,
  test,
} from "./fixtures";

const withDiagram = "/lessons/ecs-fargate-ecr-in-depth";
const withoutDiagram = "/lessons/ship-to-fargate";

async function openDiagram(page: Page, query = "") {
  await page.goto(`${withDiagram}${query}`);
  const figure = page.locator("[data-architecture-diagram]");
  // Sections above may still be getting their real heights and move the figure: like a reader,
  // scroll to it again until the diagram has loaded there.
  await expect(async () => {
    await figure.scrollIntoViewIfNeeded();
    await expect(
      page.getByRole("group", { name: "Architecture diagram", exact: true }),
    ).toBeVisible({
      timeout: 3_000,
    });
  }).toPass({ timeout: 20_000 });
  return figure;
}

const caption = (page: Page) => page.getByTestId("diagram-caption");

/** Collects the JavaScript the page downloads that contains React Flow's code. */
function watchReactFlowCode(page: Page) {
  const hits: string[] = [];
  page.on("response", async (response) => {
    if (!response.url().endsWith(".js")) return;
    const body = await response.text().catch(() => "");
    if (body.includes("react-flow__node")) hits.push(response.url());
  });
  return hits;
}

test("React Flow loads only when the diagram is about to scroll into view", async ({ page }) => {
  const hits = watchReactFlowCode(page);
  await page.goto(withDiagram);
  await page.waitForLoadState("networkidle");
  expect(hits).toEqual([]);
  await page.locator("[data-architecture-diagram]").scrollIntoViewIfNeeded();
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  expect(hits.length).toBeGreaterThan(0);
});

test("a lesson without a diagram never downloads the diagram's code", async ({ page }) => {
  const hits = watchReactFlowCode(page);
  await page.goto(withoutDiagram);
  await page.mouse.wheel(0, 100_000);
  await settled(page);
  expect(hits).toEqual([]);
});

test("a node's details open by mouse and close with Escape, returning focus @phone", async ({
  page,
  consoleErrors,
}) => {
  await openDiagram(page);
  const ecr = page.getByRole("button", { name: "Amazon ECR repository: show details" });
  await ecr.click();
  const dialog = page.getByRole("dialog", { name: "Amazon ECR repository" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("12 hours");
  await expect(dialog.getByRole("link", { name: "Read more in the lesson" })).toHaveAttribute(
    "href",
    /#amazon-ecr-more-than-storage$/,
  );
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(ecr).toBeFocused();
  expect(consoleErrors).toEqual([]);
});

test("keyboard only: focus a node, Enter opens its details, Escape closes", async ({ page }) => {
  await openDiagram(page);
  await page.getByRole("button", { name: "Next →" }).focus();
  // Tab from the controls into the diagram until the ECS node has focus.
  const ecs = page.getByRole("button", { name: "Amazon ECS service: show details" });
  for (let i = 0; i < 20 && !(await ecs.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(ecs).toBeFocused();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Amazon ECS service" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Close details" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(ecs).toBeFocused();
});

test("arrow keys step through the workflow; the step is in the URL and survives a reload", async ({
  page,
}) => {
  await openDiagram(page);
  await expect(caption(page)).toContainText("Overview");
  await page.getByRole("button", { name: "Next →" }).focus();
  const titles = ["Build", "Push", "Deploy", "Run & scale", "Serve users"];
  for (const [index, title] of titles.entries()) {
    await page.keyboard.press("ArrowRight");
    await expect(caption(page)).toContainText(`Step ${index + 1} of 5, ${title}:`);
    await expect(page.getByTestId("diagram-announcement")).toContainText(title);
    await expect(page).toHaveURL(new RegExp(`step=${index + 1}`));
  }
  await expect(page.locator(".react-flow__node[data-id='users'] [data-active]")).toBeVisible();
  await page.reload();
  await page.locator("[data-architecture-diagram]").scrollIntoViewIfNeeded();
  await expect(caption(page)).toContainText("Step 5 of 5, Serve users");
  await page.getByRole("button", { name: "← Previous" }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(caption(page)).toContainText("Step 4 of 5");
  await expect(page).toHaveURL(/step=4/);
});

test("a deep link opens on its step, and a bad one falls back to the overview", async ({
  page,
}) => {
  await openDiagram(page, "?step=2");
  await expect(caption(page)).toContainText("Step 2 of 5, Push");
  await openDiagram(page, "?step=banana");
  await expect(caption(page)).toContainText("Overview");
});

test("switching the launch type shows or hides the EC2 instances you manage", async ({ page }) => {
  await openDiagram(page);
  const instance = page.getByRole("button", { name: /EC2 instance 1 \(you manage\)/ });
  await expect(instance).toHaveCount(0);
  await expect(page.getByRole("button", { name: "AWS Fargate: show details" })).toBeVisible();

  await page.getByRole("button", { name: "EC2", exact: true }).click();
  await expect(page.getByRole("button", { name: "EC2", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(instance).toBeVisible();
  await expect(caption(page)).toContainText("you run the instances");
  await expect(page.getByTestId("diagram-announcement")).toContainText("you manage them");

  await page.getByRole("button", { name: "Fargate", exact: true }).click();
  await expect(instance).toHaveCount(0);
  await expect(caption(page)).toContainText("AWS runs the servers");
});

test("the desired count adds task nodes and the narration says what ECS does", async ({ page }) => {
  await openDiagram(page);
  const tasks = page.getByRole("button", { name: /^Task \d+: show details$/ });
  await expect(tasks).toHaveCount(2);
  const slider = page.getByRole("slider", { name: "Desired tasks" });
  await slider.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  await expect(tasks).toHaveCount(6);
  await expect(page.getByTestId("diagram-announcement")).toContainText("until 6 tasks run");
  await slider.fill("10");
  await expect(tasks).toHaveCount(10);
});

test("edges of the current step animate, unless the reader prefers reduced motion", async ({
  page,
}) => {
  await openDiagram(page, "?step=2");
  await expect(page.locator(".react-flow__edge.animated")).toHaveCount(1);
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.reload();
  await page.locator("[data-architecture-diagram]").scrollIntoViewIfNeeded();
  await expect(caption(page)).toContainText("Step 2 of 5");
  // Drawn (a straight line has no height, so "visible" would not say it).
  await expect(page.locator(".react-flow__edge")).not.toHaveCount(0);
  await expect(page.locator(".react-flow__edge.animated")).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the flow is listed step by step", async ({ page }) => {
    await page.goto(withDiagram);
    const figure = page.locator("[data-architecture-diagram]");
    await expect(figure.getByText("The flow, step by step")).toBeVisible();
    await expect(figure.getByRole("listitem")).toHaveCount(5);
    await expect(figure).toContainText("Serve users");
  });
});

/**
 * Every node label of the diagram in `scope`, as a reader sees it: its rendered size (the font
 * size times every scale on the way: React Flow's zoom, a slide's zoom) and whether any of it is
 * cut off (wider than its box, outside its node, or outside the drawing's visible area).
 */
async function measureLabels(scope: Locator) {
  await expect(scope.locator("[data-diagram-label]").first()).toBeVisible();
  return scope.locator("[data-diagram-label]").evaluateAll((labels) =>
    labels.map((label) => {
      const element = label as HTMLElement;
      const rect = element.getBoundingClientRect();
      // Layout width is in the element's own pixels; the box on screen has every scale applied.
      const scale = rect.width / element.offsetWidth;
      const size = parseFloat(getComputedStyle(element).fontSize) * scale;
      const node = element.closest(".react-flow__node")!.getBoundingClientRect();
      const pane = element.closest(".react-flow")!.getBoundingClientRect();
      const within = (inner: DOMRect, outer: DOMRect) =>
        inner.left >= outer.left - 1 &&
        inner.right <= outer.right + 1 &&
        inner.top >= outer.top - 1 &&
        inner.bottom <= outer.bottom + 1;
      // Another box drawn over the label (nodes are siblings in React Flow's DOM: a group is a
      // box that holds this label's whole node).
      const own = element.closest(".react-flow__node")!;
      const z = (el: Element) => Number(getComputedStyle(el).zIndex) || 0;
      const nodeBoxes = [...document.querySelectorAll(".react-flow__node")]
        .filter(
          (other) =>
            other !== own &&
            // Painted above this label's node.
            (z(other) > z(own) ||
              (z(other) === z(own) &&
                !!(own.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING))),
        )
        .map((other) => other.getBoundingClientRect())
        .filter((other) => !within(node, other));
      const covered = nodeBoxes.some(
        (other) =>
          other.left < rect.right - 1 &&
          other.right > rect.left + 1 &&
          other.top < rect.bottom - 1 &&
          other.bottom > rect.top + 1,
      );
      const cut =
        covered ||
        element.scrollWidth > element.clientWidth + 1 ||
        element.scrollHeight > element.clientHeight + 1 ||
        !within(rect, node) ||
        !within(rect, pane);
      return { text: element.textContent ?? "", size: Math.round(size * 10) / 10, cut };
    }),
  );
}

function expectReadable(labels: { text: string; size: number; cut: boolean }[], min: number) {
  expect(labels.length).toBeGreaterThan(20);
  expect(labels.filter((l) => l.size < min)).toEqual([]);
  expect(labels.filter((l) => l.cut)).toEqual([]);
}

// Sizes and clipping are the same in both themes; each is photographed to be looked at.
test("on a lesson page, labels are at least 14 px and none is cut", async ({ page }) => {
  test.skip(test.info().project.name !== "desktop", "the phone has its own test");
  const figure = await openDiagram(page);
  expectReadable(await measureLabels(figure), 14);
  // Ten tasks on EC2 instances: the largest drawing.
  await page.getByRole("button", { name: "EC2", exact: true }).click();
  await page.getByRole("slider", { name: "Desired tasks" }).fill("10");
  await expect(page.getByRole("button", { name: /^Task \d+: show details$/ })).toHaveCount(10);
  expectReadable(await measureLabels(figure), 14);
  for (const scheme of ["light", "dark"] as const) {
    await followScheme(page, scheme);
    await figure.screenshot({ path: test.info().outputPath(`lesson-${scheme}.png`) });
  }
});

test("on a phone, the diagram fits the width and no label is under 12 px or cut @phone", async ({
  page,
}) => {
  test.skip(test.info().project.name !== "phone", "measured at the phone's width");
  const figure = await openDiagram(page);
  expectReadable(await measureLabels(figure), 12);
  const flow = figure.getByTestId("diagram-flow");
  const box = (await flow.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  expect(await overflowsHorizontally(page)).toBe(false);
  await figure.screenshot({ path: test.info().outputPath("phone.png") });
});

/** The number (1-based) of the first slide of `slug` that shows the diagram. */
async function diagramSlide(slug: string) {
  const { outline } = await readPresentation(slug);
  return outline.findIndex((slide) => slide.steps > slide.reveals) + 1;
}

test.describe("on a 1280×720 projector", () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test("a slide's diagram labels are at least 14 px and none is cut", async ({ page }) => {
    test.skip(test.info().project.name !== "desktop", "a projector is not a phone");
    for (const slug of ["ecs-fargate-ecr-in-depth", "load-balancing", "scaling-and-deploying"]) {
      const number = await diagramSlide(slug);
      await page.goto(`/lessons/${slug}/slides#/${number}`);
      const slide = page.locator('[aria-roledescription="slide"]:not([hidden])');
      expectReadable(await measureLabels(slide), 14);
      if (slug !== "ecs-fargate-ecr-in-depth") continue;
      for (const scheme of ["light", "dark"] as const) {
        await followScheme(page, scheme);
        await page.screenshot({ path: test.info().outputPath(`slide-${scheme}.png`) });
      }
      await followScheme(page, "light");
    }
  });
});

test("in the presenter view, the current slide's diagram labels are at least 14 px, none cut", async ({
  page,
}) => {
  test.skip(test.info().project.name !== "desktop", "presenting is not done from a phone");
  const number = await diagramSlide("ecs-fargate-ecr-in-depth");
  // A large laptop and a common small one.
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 900 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(`/lessons/ecs-fargate-ecr-in-depth/presenter#/${number}`);
    const current = page.getByRole("region", { name: "Current slide" });
    expectReadable(await measureLabels(current), 14);
    await page.screenshot({ path: test.info().outputPath(`presenter-${viewport.width}.png`) });
  }
});

test("the printed handout draws the diagram as vectors, labels at least 14 px, none cut", async ({
  page,
}) => {
  test.skip(test.info().project.name !== "desktop", "printing is the same from any window");
  const number = await diagramSlide("ecs-fargate-ecr-in-depth");
  // The printable width of US Letter in landscape, the narrower of it and A4 (less the
  // handout's 10 mm margins): on paper the page lays out to it.
  const paper = { width: 980, height: 740 };
  await page.setViewportSize(paper);
  for (const notes of ["", "?notes=0"]) {
    await page.goto(`/lessons/ecs-fargate-ecr-in-depth/handout${notes}`);
    await page.emulateMedia({ media: "print" });
    const slide = page.locator(".handout-canvas").nth(number - 1);
    expectReadable(await measureLabels(slide), 14);
    // The slide, printed larger than the others, still fits across the paper.
    const box = (await slide.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(paper.width);
    // Vectors: the lines are SVG paths and the labels are text, not a picture of them.
    await expect(slide.locator(".react-flow__edge path").first()).toBeAttached();
    await expect(
      slide.locator("[data-architecture-diagram] img, [data-architecture-diagram] canvas"),
    ).toHaveCount(0);
    // Nothing to press on paper.
    await expect(slide.getByRole("button")).toHaveCount(0);
    await expect(slide.getByRole("slider")).toHaveCount(0);
    await slide.screenshot({
      path: test.info().outputPath(`handout${notes ? "-no-notes" : ""}.png`),
    });
  }
  const pdf = await page.pdf({ format: "A4", landscape: true });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test("a one-finger swipe over the diagram scrolls the page, not the drawing @phone", async ({
  page,
}) => {
  test.skip(test.info().project.name !== "phone", "a touch screen");
  const figure = await openDiagram(page);
  const flow = figure.getByTestId("diagram-flow");
  await flow.scrollIntoViewIfNeeded();
  const viewport = figure.locator(".react-flow__viewport");
  const before = await viewport.getAttribute("style");
  const box = (await flow.boundingBox())!;
  const scrollY = await page.evaluate(() => window.scrollY);
  // A finger on an empty part of the pane, drawn upwards: the page should scroll down.
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height - 20, 300);
  const cdp = await page.context().newCDPSession(page);
  const touch = (
    type: "touchStart" | "touchMove" | "touchEnd",
    points: { x: number; y: number }[],
  ) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points });
  await touch("touchStart", [{ x, y }]);
  for (let step = 1; step <= 10; step++) await touch("touchMove", [{ x, y: y - step * 20 }]);
  await touch("touchEnd", []);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollY + 50);
  expect(await viewport.getAttribute("style")).toBe(before);

  // The Move button hands drags to the drawing.
  const move = figure.getByRole("button", { name: "Move" });
  await move.click();
  await expect(move).toHaveAttribute("aria-pressed", "true");
  await expect(flow).toHaveAttribute("data-pan", "drag");
});

test("keyboard focus cannot pass the diagram before it exists", async ({ page }) => {
  // As soon as the page shows, before its scripts are live, a keyboard user reaches the
  // heading above the diagram (without scrolling it into view, so the diagram has not started
  // loading), then presses Tab.
  const release = await holdScripts(page);
  await page.goto(withDiagram, { waitUntil: "commit" });
  const figure = page.locator("[data-architecture-diagram]");
  await page.locator("#the-architecture").evaluate((heading: HTMLElement) => {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  });
  for (let i = 0; i < 3; i++) {
    if (await figure.evaluate((element) => element.contains(document.activeElement))) break;
    await page.keyboard.press("Tab");
  }
  release();
  // Focus is in the diagram, which loads and keeps it on its first control.
  await expect(page.getByRole("button", { name: "Next →" })).toBeFocused();
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
});

test("printed, the lesson's diagram shows no buttons, slider or zoom controls", async ({
  page,
}) => {
  test.skip(test.info().project.name !== "desktop", "printing is the same from any window");
  const figure = await openDiagram(page);
  await page.emulateMedia({ media: "print" });
  await expect(figure.locator(".react-flow__node").first()).toBeVisible();
  for (const name of ["Next →", "Zoom in", "Fit", "Fargate"]) {
    await expect(figure.getByRole("button", { name, exact: true })).toBeHidden();
  }
  await expect(figure.getByRole("slider")).toBeHidden();
});

test("a request and the image can be followed along their paths, moving only if motion is ok", async ({
  page,
}) => {
  await openDiagram(page);
  const active = (id: string) => page.locator(`.react-flow__node[data-id='${id}'] [data-active]`);
  const request = page.getByRole("button", { name: "Follow a request" });
  await request.click();
  await expect(request).toHaveAttribute("aria-pressed", "true");
  await expect(caption(page)).toContainText("healthy target");
  for (const id of ["users", "igw", "alb", "task-1", "task-2"])
    await expect(active(id)).toBeVisible();
  await expect(active("ecr")).toHaveCount(0);
  // users → gateway → load balancer → each of the two tasks.
  await expect(page.locator(".react-flow__edge.animated")).toHaveCount(4);

  const image = page.getByRole("button", { name: "Follow the image" });
  await image.click();
  await expect(request).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByTestId("diagram-announcement")).toContainText("execution role");
  for (const id of ["developer", "image", "ecr", "iam", "nat-a", "task-1"])
    await expect(active(id)).toBeVisible();
  await expect(active("alb")).toHaveCount(0);

  await page.emulateMedia({ reducedMotion: "reduce" });
  await expect(page.locator(".react-flow__edge.animated")).toHaveCount(0);
  await expect(page.locator(".react-flow__edge.diagram-edge-active")).not.toHaveCount(0);
});
