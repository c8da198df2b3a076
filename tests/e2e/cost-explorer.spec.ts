import { expect, overflowsHorizontally, seriousViolations, test } from "./fixtures";

const LESSON = "/lessons/security-and-cost";

test("prices a size, explains a pair Fargate refuses, and offers the nearest ones @phone", async ({
  page,
  consoleErrors,
}) => {
  await page.goto(LESSON);
  const explorer = page.getByRole("form", { name: "Fargate size and cost" });
  await explorer.scrollIntoViewIfNeeded();
  const status = explorer.getByRole("status");

  // The smallest Linux task, all day: 0.25 × $0.04048 + 0.5 × $0.004445 an hour, about $9 a month.
  await expect(status).toHaveText(
    /\$0\.0123 an hour for 1 task; \$9\.01 a month at 24 hours a day/,
  );

  // A person picks a bigger size and three tasks, eight hours a day.
  await explorer.getByLabel("vCPU").selectOption({ label: "1 vCPU (1024 CPU units)" });
  await explorer.getByLabel("Memory").selectOption({ label: "2 GB (2048 MiB)" });
  await explorer.getByLabel("Number of tasks").fill("3");
  await explorer.getByLabel("Hours a day").fill("8");
  // (1 × 0.04048 + 2 × 0.004445) × 3 = $0.1481 an hour; × 8 hours × 730 ÷ 24 days ≈ $36.04.
  await expect(status).toHaveText(
    /\$0\.1481 an hour for 3 tasks; \$36\.04 a month at 8 hours a day/,
  );
  await expect(explorer.locator("pre code").first()).toContainText('"cpu": "1024"');
  await expect(explorer.locator("pre code").first()).toContainText('"memory": "2048"');

  // ARM64 is cheaper, and the task definition says so.
  await explorer.getByLabel("Linux ARM64 (Graviton)").check();
  await expect(status).toHaveText(/\$0\.1185 an hour for 3 tasks/);
  await expect(explorer.locator("pre code").first()).toContainText('"cpuArchitecture": "ARM64"');

  // Spot runs Linux ARM64 too: (1 × 0.01030969 + 2 × 0.00113349) × 3 = $0.0377 an hour, at the
  // rate of the day it was read.
  await explorer.getByLabel("Fargate Spot").check();
  await expect(status).toHaveText(/\$0\.0377 an hour for 3 tasks; \$9\.18 a month/);
  await expect(explorer).toContainText("The Spot rate was read on");
  await expect(explorer.locator("pre code").nth(1)).toContainText('"FARGATE_SPOT"');

  // Windows cannot use Spot: it says why and offers On-Demand.
  await explorer.getByLabel("Windows x86_64").check();
  await expect(status).toContainText("Windows tasks run On-Demand");
  await explorer.getByRole("button", { name: "Use On-Demand instead" }).click();
  await expect(explorer.getByLabel("On-Demand")).toBeChecked();
  // 1 × ($0.09148 + $0.046 licence) + 2 × $0.01005 = $0.15758, × 3 tasks.
  await expect(status).toHaveText(/\$0\.4727 an hour/);
  await explorer.getByLabel("Linux ARM64 (Graviton)").check();
  await expect(status).toHaveText(/\$0\.1185 an hour/);

  // A pair Fargate does not offer: a quarter vCPU cannot have 4 GB.
  await explorer.getByLabel("vCPU").selectOption({ label: "0.25 vCPU (256 CPU units)" });
  await explorer.getByLabel("Memory").selectOption({ label: "4 GB (4096 MiB)" });
  await expect(status).toContainText("memory must be 512, 1024 or 2048 MiB, not 4096 MiB");
  await expect(explorer.getByLabel("Memory")).toHaveAttribute("aria-invalid", "true");
  const nearest = explorer.getByRole("button", { name: /^Use .* vCPU with .* GB$/ });
  await expect(nearest).toHaveCount(3);
  await explorer.getByRole("button", { name: "Use 0.5 vCPU with 4 GB" }).click();
  await expect(explorer.getByLabel("vCPU")).toHaveValue("512");
  await expect(explorer.getByLabel("Memory")).toHaveValue("4096");
  await expect(status).toContainText("an hour for 3 tasks");
  await expect(explorer.getByLabel("Memory")).toBeFocused();

  // The date and the warning that prices change are there for the reader.
  const section = page.getByRole("region", { name: "Fargate size and cost explorer" });
  await expect(section).toContainText("Prices change");
  await expect(section.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);

  expect(await overflowsHorizontally(page)).toBe(false);
  expect(await seriousViolations(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test("works with the keyboard alone", async ({ page }) => {
  await page.goto(LESSON);
  const explorer = page.getByRole("form", { name: "Fargate size and cost" });
  const cpu = explorer.getByLabel("vCPU");
  await cpu.focus();
  // Down arrow on a focused select moves to the next CPU size.
  await page.keyboard.press("ArrowDown");
  await expect(cpu).toHaveValue("512");
  // Half a vCPU needs at least 1 GB: the explorer says so before the reader moves on.
  const status = explorer.getByRole("status");
  await expect(status).toContainText("memory must be 1024, 2048, 3072 or 4096 MiB, not 512 MiB");
  await page.keyboard.press("Tab");
  const memory = explorer.getByLabel("Memory");
  await expect(memory).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(memory).toHaveValue("1024");
  await expect(status).toContainText("an hour for 1 task");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows every rate as a table and hides the calculator", async ({ page }) => {
    await page.goto(LESSON);
    const section = page.getByRole("region", { name: "Fargate size and cost explorer" });
    // Sections far down the page are laid out as the reader nears them.
    await section.scrollIntoViewIfNeeded();
    const rates = page.getByRole("table", { name: "Fargate rates" });
    await expect(rates).toBeVisible();
    await expect(rates.getByRole("row", { name: /Linux x86_64, On-Demand/ })).toContainText(
      "$0.04048",
    );
    await expect(rates.getByRole("row", { name: /Linux ARM64, On-Demand/ })).toContainText(
      "$0.03238",
    );
    await expect(rates.getByRole("row", { name: /Linux ARM64, Fargate Spot/ })).toContainText(
      "$0.01030969",
    );
    const sizes = page.getByRole("table", { name: /Price per hour of one task/ });
    await expect(sizes.getByRole("row", { name: /0\.25 vCPU, 0\.5 GB/ })).toContainText("$0.0123");
    await expect(page.getByRole("form", { name: "Fargate size and cost" })).toBeHidden();
    await expect(section).toContainText("The calculator needs JavaScript", { useInnerText: true });
    await expect(section).toContainText("Prices change");
  });
});
