import { readFileSync } from "node:fs";
import path from "node:path";

import type { Page } from "@playwright/test";

import { extractLabBlocks } from "../../lib/lab/blocks";
import { expect, test, waitUntilLive } from "./fixtures";

const LESSON_FILE = "content/02-hands-on/01-ship-to-fargate.mdx";

function drawer(page: Page) {
  return page.getByRole("region", { name: "Lab", exact: true });
}

/** The console's last entry: the command just run and what it printed. */
function lastEntry(page: Page) {
  return drawer(page)
    .getByRole("log", { name: "Lab console output" })
    .locator(":scope > div")
    .last();
}

// The whole hands-on lesson, as a student does it in the browser: the first command typed by
// hand, every other block sent with its own "Run in the lab" or "Open in the editor" button
// (by keyboard, as the drawer may cover a pointer's target), each run with Enter.
test("the hands-on lesson runs in the lab from start to clean-up", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "one run of the whole lab is enough");
  test.slow();
  const blocks = extractLabBlocks(readFileSync(path.join(process.cwd(), LESSON_FILE), "utf8"));
  await page.goto("/lessons/ship-to-fargate");
  await waitUntilLive(page);
  await page.getByRole("button", { name: "Open the lab" }).click();
  const input = drawer(page).getByRole("textbox", { name: "Command" });
  await expect(input).toBeEnabled();

  const seen = new Map<string, number>();
  for (const [index, block] of blocks.entries()) {
    const where = `${LESSON_FILE}:${block.line}`;
    // Titles repeat (two taskdef.json files): take this title's next block on the page.
    const nth = seen.get(block.title ?? "") ?? 0;
    seen.set(block.title ?? "", nth + 1);
    const figure = page
      .locator("figure")
      .filter({ has: page.getByText(block.title ?? "", { exact: true }) })
      .nth(nth);
    // A block in a tab the reader has not chosen is hidden: choose its tab first.
    const tabId = await figure.evaluate(
      (element) => element.closest("[role=tabpanel]")?.getAttribute("aria-labelledby") ?? null,
    );
    if (tabId && !(await figure.isVisible())) await page.locator(`[id="${tabId}"]`).click();
    await expect(figure, where).toBeVisible();
    if (block.kind === "file") {
      const open = figure.getByRole("button", { name: /Open in the editor/ });
      await open.focus();
      await open.press("Enter");
      await expect(drawer(page).getByRole("tab", { name: /Files/ })).toHaveAttribute(
        "aria-selected",
        "true",
      );
      await drawer(page)
        .getByRole("tab", { name: /Console/ })
        .click();
      continue;
    }
    if (index === 0) {
      await input.pressSequentially(block.code.replace(/\n/g, "; "));
    } else {
      const send = figure.getByRole("button", { name: "Run in the lab" });
      await send.focus();
      await send.press("Enter");
      await expect(input, where).toBeFocused();
      await expect(input, where).toHaveValue(block.code);
    }
    await input.press("Enter");
    await expect(input, where).toHaveValue("");
    const entry = lastEntry(page);
    if (block.fails) {
      await expect(entry, where).toContainText(block.fails);
      await expect(entry.getByText("Error:"), where).toHaveCount(1);
    } else {
      await expect(entry.locator(".border-red-500"), `${where} printed an error`).toHaveCount(0);
      if (block.prints) await expect(entry, where).toContainText(block.prints);
    }
  }

  // Nothing of the student's is left: the resources panel shows only the lab's own network
  // (and stopped tasks, which ECS lists for an hour, with why they stopped).
  await drawer(page)
    .getByRole("tab", { name: /Resources/ })
    .click();
  await expect(drawer(page)).toContainText("lab-vpc");
  for (const gone of ["/ecs/hello-web", "hello-svc", "hello-alb", "ecsTaskExecutionRole"]) {
    await expect(drawer(page).getByRole("table").getByText(gone)).toHaveCount(0);
  }
});
