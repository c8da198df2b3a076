import type { Page } from "@playwright/test";

import { readPresentation } from "./course";
import { expect, test } from "./fixtures";

// Any page of the site can post on a deck's BroadcastChannel. These post what a hostile or
// broken page would, from a third page of the same origin, and check that the presenter and
// audience windows stay in step and responsive (issue 26).

const diagramSlug = "ecs-fargate-ecr-in-depth";

async function openDeck(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("html[data-deck-ready]")).toBeAttached();
}

const hashOf = (page: Page) => new URL(page.url()).hash;

/** Posts `messages` on the deck's channel from `page`, all in one task. */
function post(page: Page, slug: string, messages: unknown[]) {
  return page.evaluate(
    ([name, list]) => {
      const channel = new BroadcastChannel(name as string);
      for (const message of list as unknown[]) channel.postMessage(message);
      channel.close();
    },
    [`dockside-deck:${slug}`, messages] as const,
  );
}

test("a diagram message with version 1e300 cannot pin the windows", async ({ context }) => {
  const { outline } = await readPresentation(diagramSlug);
  const index = outline.findIndex((slide) => slide.steps > slide.reveals);
  const audience = await context.newPage();
  await openDeck(audience, `/lessons/${diagramSlug}/slides#/${index + 1}`);
  const presenter = await context.newPage();
  await openDeck(presenter, `/lessons/${diagramSlug}/presenter#/${index + 1}`);
  const tasks = (page: Page) => page.getByRole("button", { name: /^Task \d+: show details$/ });
  await expect(tasks(audience).first()).toBeVisible();
  const startTasks = await tasks(audience).count();

  const hostile = await context.newPage();
  await hostile.goto("/");
  await post(hostile, diagramSlug, [
    {
      type: "diagram",
      slide: index,
      change: { settings: { launchType: "ec2", tasks: 9 }, version: 1e300, origin: "zzzzzzzz" },
      sender: "zzzzzzzz",
    },
  ]);

  // The presenter changes the diagram: both windows follow the presenter, not the message.
  await presenter.bringToFront();
  await presenter.getByRole("slider", { name: "Desired tasks" }).fill(String(startTasks + 1));
  await expect(tasks(presenter)).toHaveCount(startTasks + 1);
  await expect(tasks(audience)).toHaveCount(startTasks + 1);
  await expect(audience.getByRole("button", { name: "Fargate", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});

test("a flood of 500 position messages leaves the audience window responsive", async ({
  context,
}) => {
  const slug = "containers-on-aws";
  const { outline } = await readPresentation(slug);
  const audience = await context.newPage();
  await openDeck(audience, `/lessons/${slug}/slides`);
  const hostile = await context.newPage();
  await hostile.goto("/");

  const last = Math.min(2, outline.length - 1);
  const flood = Array.from({ length: 500 }, (_, i) => ({
    type: "position",
    position: { slide: i === 499 ? last : i % outline.length, step: 0 },
    sender: "flood",
  }));
  await post(hostile, slug, [
    ...flood,
    // Out of every range: refused or clamped, never a crash.
    { type: "position", position: { slide: 1e300, step: -1e300 }, sender: "x".repeat(100) },
    { type: "diagram", slide: 1e9, change: null, sender: "flood" },
  ]);

  // The deck settles on the last position posted…
  await expect.poll(() => hashOf(audience)).toBe(`#/${last + 1}`);
  // …and answers the presenter's keys at once.
  await audience.bringToFront();
  await audience.keyboard.press("ArrowRight");
  await expect.poll(() => hashOf(audience)).not.toBe(`#/${last + 1}`);
});
