import { expect, test } from "./fixtures";

// The hands-on lesson offers two ways to scale as Docusaurus-style <Tabs>.
const lesson = "/lessons/ship-to-fargate";

test("tabs switch by mouse and by keyboard @phone", async ({ page, consoleErrors }) => {
  await page.goto(lesson);
  const byHand = page.getByRole("tab", { name: "By hand" });
  const auto = page.getByRole("tab", { name: "With Service Auto Scaling" });
  await expect(byHand).toHaveAttribute("aria-selected", "true");
  await expect(page.getByText("--desired-count 4")).toBeVisible();
  await expect(page.getByText("put-scaling-policy")).toBeHidden();

  await auto.click();
  await expect(auto).toHaveAttribute("aria-selected", "true");
  await expect(page.getByText("put-scaling-policy")).toBeVisible();
  await expect(page.getByText("--desired-count 4")).toBeHidden();

  await auto.press("ArrowLeft");
  await expect(byHand).toBeFocused();
  await expect(byHand).toHaveAttribute("aria-selected", "true");
  await expect(page.getByText("--desired-count 4")).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every tab shows, under its label", async ({ page }) => {
    await page.goto(lesson);
    await expect(page.getByRole("tabpanel", { name: "By hand" })).toContainText(
      "--desired-count 4",
    );
    await expect(page.getByRole("tabpanel", { name: "With Service Auto Scaling" })).toContainText(
      "put-scaling-policy",
    );
  });
});
