import type { Page } from "@playwright/test";

import {
  axeViolationsLightAndDark,
  expect,
  overflowsHorizontally,
  seriousViolations,
  test,
  waitUntilLive,
} from "./fixtures";

// The hands-on lesson has a <Lab />, a `run` block (the repository) and a `file` block
// (taskdef.json); the first lesson has no lab.
const lesson = "/lessons/ship-to-fargate";
const lessonWithoutLab = "/lessons/containers-on-aws";

// A string only the lab's own chunk holds (the console's log name, components/lab/lab-console.tsx).
const LAB_CHUNK_MARKER = "Lab console output";

function drawer(page: Page) {
  return page.getByRole("region", { name: "Lab", exact: true });
}

function commandInput(page: Page) {
  return drawer(page).getByRole("textbox", { name: "Command" });
}

function consoleLog(page: Page) {
  return drawer(page).getByRole("log", { name: "Lab console output" });
}

/** The lesson's code block titled `title`. */
function codeBlock(page: Page, title: string) {
  return page.locator("figure", { has: page.getByText(title, { exact: true }) });
}

async function openLab(page: Page) {
  await page.goto(lesson);
  await waitUntilLive(page);
  await page.getByRole("button", { name: "Open the lab" }).click();
  await expect(commandInput(page)).toBeEnabled();
}

async function run(page: Page, command: string) {
  const input = commandInput(page);
  await input.fill(command);
  await input.press("Enter");
  await expect(input).toHaveValue("");
}

test("a command runs in the console, ↑ recalls it and Ctrl+L clears @phone", async ({
  page,
  consoleErrors,
}) => {
  await openLab(page);
  const input = commandInput(page);
  await expect(input).toBeFocused();

  await run(page, "aws sts get-caller-identity");
  await expect(consoleLog(page)).toContainText("aws sts get-caller-identity");
  await expect(consoleLog(page)).toContainText('"Account": "123456789012"');

  await input.press("ArrowUp");
  await expect(input).toHaveValue("aws sts get-caller-identity");
  await input.press("ArrowDown");
  await expect(input).toHaveValue("");

  await input.press("Control+l");
  // Nothing is left but the hint for an empty console.
  await expect(consoleLog(page)).toHaveText(/^Type an aws or docker command[^$]*$/);
  await expect(input).toBeFocused();
  expect(consoleErrors).toEqual([]);
});

test("Shift+Enter starts a new line; Enter runs the whole block", async ({ page }) => {
  await openLab(page);
  const input = commandInput(page);
  await input.pressSequentially("echo one \\");
  await input.press("Shift+Enter");
  await input.pressSequentially("  two");
  await expect(input).toHaveValue("echo one \\\n  two");
  await input.press("Enter");
  await expect(input).toHaveValue("");
  await expect(consoleLog(page)).toContainText("echo one \\\n  two");
});

test("Tab stays in the console; Escape then Tab leaves it", async ({ page }) => {
  await openLab(page);
  const input = commandInput(page);
  await input.fill("aws ec");
  await input.press("Tab");
  await expect(input).toBeFocused();
  await input.press("Escape");
  await input.press("Tab");
  await expect(input).not.toBeFocused();
  await expect(drawer(page).getByRole("button", { name: "Clear the console" })).toBeFocused();
});

test("Tab lists the choices, or completes the one there is", async ({ page }) => {
  await openLab(page);
  const input = commandInput(page);
  await input.fill("aws ec");
  await input.press("Tab");
  const list = drawer(page).getByRole("list", { name: "Completions" });
  await expect(list.getByRole("listitem")).toHaveText(["ec2", "ecr", "ecs"]);
  await expect(input).toHaveValue("aws ec");

  await input.pressSequentially("s create-clu");
  await input.press("Tab");
  await expect(input).toHaveValue("aws ecs create-cluster ");
  await expect(list).toBeHidden();
  await input.pressSequentially("--cluster-name demo --region us-east-1");
  await input.press("Enter");
  await expect(consoleLog(page)).toContainText('"clusterName": "demo"');
});

test("the account moves on with the simulated clock, and Resources shows it live", async ({
  page,
}) => {
  await openLab(page);
  const clock = drawer(page).locator("time");
  const start = await clock.textContent();
  // Ten simulated seconds pass each second while the lab is open.
  await expect(clock).not.toHaveText(start!);

  await run(page, "aws ecs create-cluster --cluster-name demo --region us-east-1");
  await drawer(page).getByRole("tab", { name: "Resources" }).click();
  const row = drawer(page).getByRole("row", { name: /demo/ });
  await expect(row).toContainText("ACTIVE");
});

test("the diagram draws the account live: a service's tasks appear and turn healthy", async ({
  page,
  consoleErrors,
}) => {
  // The lesson's role and task definition, into the lab's files as a student puts them there.
  await page.goto(lesson);
  await waitUntilLive(page);
  for (const file of ["trust.json", "taskdef.json"]) {
    await codeBlock(page, file)
      .first()
      .getByRole("button", { name: `Open in the editor (${file})` })
      .click();
    await expect(drawer(page).getByRole("button", { name: file, exact: true })).toBeVisible();
  }

  // The diagram, below the table, before there is a service: no tasks in it.
  await drawer(page).getByRole("tab", { name: "Resources" }).click();
  const map = drawer(page).getByRole("region", { name: "Map of the account" });
  await map.getByRole("button", { name: "Diagram", exact: true }).click();
  await map.scrollIntoViewIfNeeded();
  const diagram = drawer(page).getByRole("group", {
    name: "Architecture diagram of the lab account",
  });
  // The account the lab starts with: its network, and none of what the lesson creates.
  await expect(diagram.getByRole("button", { name: /^Internet gateway/ })).toBeVisible();
  const created = [/^Application Load Balancer/, /^Amazon ECR repository/, /^Amazon ECS service/];
  for (const name of created) await expect(diagram.getByRole("button", { name })).toHaveCount(0);
  await expect(drawer(page).getByText("No tasks yet")).toBeVisible();
  const tasks = diagram.getByRole("button", { name: /^Task \d/ });
  await expect(tasks).toHaveCount(0);

  // The lesson's commands up to the service, without its waiters for the service and targets.
  await drawer(page).getByRole("tab", { name: "Console" }).click();
  await run(
    page,
    [
      "export R=us-east-1",
      "REG=123456789012.dkr.ecr.$R.amazonaws.com",
      "VPC=$(aws ec2 describe-vpcs --region $R --filters Name=tag:Name,Values=lab-vpc --query 'Vpcs[0].VpcId' --output text)",
      "PUB_A=$(aws ec2 describe-subnets --region $R --filters Name=vpc-id,Values=$VPC Name=tag:Name,Values=lab-public-a --query 'Subnets[0].SubnetId' --output text)",
      "PUB_B=$(aws ec2 describe-subnets --region $R --filters Name=vpc-id,Values=$VPC Name=tag:Name,Values=lab-public-b --query 'Subnets[0].SubnetId' --output text)",
      "docker build --platform linux/amd64 -t hello-web:1.0 .",
      "aws ecr create-repository --repository-name hello-web --region $R",
      "aws ecr get-login-password --region $R | docker login --username AWS --password-stdin $REG",
      "docker tag hello-web:1.0 $REG/hello-web:1.0",
      "docker push $REG/hello-web:1.0",
      "aws iam create-role --role-name ecsTaskExecutionRole --assume-role-policy-document file://trust.json",
      "aws iam attach-role-policy --role-name ecsTaskExecutionRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy",
      "aws logs create-log-group --log-group-name /ecs/hello-web --region $R",
      "aws ecs register-task-definition --cli-input-json file://taskdef.json --region $R",
      'ALB_SG=$(aws ec2 create-security-group --region $R --vpc-id $VPC --group-name hello-alb-sg --description "load balancer" --query GroupId --output text)',
      "aws ec2 authorize-security-group-ingress --region $R --group-id $ALB_SG --protocol tcp --port 80 --cidr 0.0.0.0/0",
      'TASK_SG=$(aws ec2 create-security-group --region $R --vpc-id $VPC --group-name hello-task-sg --description "tasks" --query GroupId --output text)',
      "aws ec2 authorize-security-group-ingress --region $R --group-id $TASK_SG --protocol tcp --port 80 --source-group $ALB_SG",
      "TG=$(aws elbv2 create-target-group --region $R --name hello-tg --protocol HTTP --port 80 --vpc-id $VPC --target-type ip --query 'TargetGroups[0].TargetGroupArn' --output text)",
      "ALB=$(aws elbv2 create-load-balancer --region $R --name hello-alb --subnets $PUB_A $PUB_B --security-groups $ALB_SG --query 'LoadBalancers[0].LoadBalancerArn' --output text)",
      "aws elbv2 wait load-balancer-available --region $R --load-balancer-arns $ALB",
      "aws elbv2 create-listener --region $R --load-balancer-arn $ALB --protocol HTTP --port 80 --default-actions Type=forward,TargetGroupArn=$TG",
      "aws ecs create-cluster --cluster-name demo --region $R",
      'aws ecs create-service --region $R --cluster demo --service-name hello-svc --task-definition hello-web:1 --desired-count 2 --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[$PUB_A,$PUB_B],securityGroups=[$TASK_SG],assignPublicIp=ENABLED}" --load-balancers "targetGroupArn=$TG,containerName=web,containerPort=80" --query service.status',
    ].join("\n"),
  );
  await expect(consoleLog(page)).toContainText('"ACTIVE"');

  // Back on the diagram the service's two tasks are there, one in each zone's subnet; they
  // start, run, and the load balancer's checks find them healthy as the clock moves on.
  await drawer(page).getByRole("tab", { name: "Resources" }).click();
  for (const name of created) await expect(diagram.getByRole("button", { name })).toBeVisible();
  await expect(tasks).toHaveCount(2);
  // The checks take about a minute of the lab's clock: some seconds for whoever watches.
  for (const n of [1, 2]) {
    await expect(
      diagram.getByRole("button", { name: `Task ${n}, running, target healthy: show details` }),
    ).toBeVisible({ timeout: 30_000 });
  }
  await expect(drawer(page).getByText("2 tasks: 2 running. Targets: 2 healthy.")).toBeVisible();

  // A task's details say the same in words.
  await tasks.first().click();
  await expect(diagram.getByRole("dialog", { name: "Task 1" })).toContainText(
    "Status: running, target healthy",
  );
  expect(await seriousViolations(page, ["[data-lab-panel]"])).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test("Run in the lab pastes the block into the console's input, to run with Enter", async ({
  page,
  consoleErrors,
}) => {
  await page.goto(lesson);
  await waitUntilLive(page);
  await codeBlock(page, "A private repository with immutable tags")
    .getByRole("button", { name: "Run in the lab" })
    .click();
  const input = commandInput(page);
  await expect(input).toBeFocused();
  await expect(input).toHaveValue(
    "aws ecr create-repository --repository-name hello-web \\\n  --image-tag-mutability IMMUTABLE --region $R",
  );
  // Nothing has run: the student reads it and presses Enter.
  await expect(consoleLog(page)).toContainText("Type an aws or docker command");
  await input.press("Enter");
  await expect(consoleLog(page)).toContainText("aws ecr create-repository");
  expect(consoleErrors).toEqual([]);
});

test("Open in the editor loads taskdef.json, and a broken edit shows its problem and line", async ({
  page,
  consoleErrors,
}) => {
  await page.goto(lesson);
  await waitUntilLive(page);
  await codeBlock(page, "taskdef.json")
    .first()
    .getByRole("button", { name: /^Open in the editor\s*\(taskdef\.json\)$/ })
    .click();
  await expect(drawer(page).getByRole("tab", { name: /Files/ })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  const editor = drawer(page).getByRole("textbox", { name: "Contents of taskdef.json" });
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue(/"family": "hello-web",\n/);
  await expect(
    drawer(page).getByRole("button", { name: "taskdef.json", exact: true }),
  ).toHaveAttribute("aria-current", "true");

  // Drop the comma after the family: the next line is where JSON breaks.
  const text = await editor.inputValue();
  await editor.fill(text.replace('"hello-web",', '"hello-web"'));
  const problem = drawer(page).getByRole("button", { name: /line 3, column 3: / });
  await expect(problem).toBeVisible();
  await expect(drawer(page).getByRole("tab", { name: /Files 1 problem/ })).toBeVisible();

  await problem.click();
  await expect(editor).toBeFocused();
  const caret = await editor.evaluate((element: HTMLTextAreaElement) => {
    const before = element.value.slice(0, element.selectionStart).split("\n");
    return { line: before.length, column: before.at(-1)!.length + 1 };
  });
  expect(caret).toEqual({ line: 3, column: 3 });

  // Fixed, the problem goes.
  await editor.fill(text);
  await expect(problem).toBeHidden();
  expect(consoleErrors).toEqual([]);
});

test("a reload keeps the transcript, the files and the open drawer", async ({ page }) => {
  await openLab(page);
  await run(page, "aws ecs list-clusters");
  await drawer(page).getByRole("tab", { name: /Files/ }).click();
  const editor = drawer(page).getByRole("textbox", { name: "Contents of Dockerfile" });
  await editor.fill("FROM nginx:kept\n");
  // Leaving the editor saves what it holds at once.
  await drawer(page).getByRole("tab", { name: /Files/ }).focus();

  await page.reload();
  await expect(drawer(page)).toBeVisible();
  await expect(editor).toHaveValue("FROM nginx:kept\n");
  await drawer(page).getByRole("tab", { name: "Console" }).click();
  await expect(consoleLog(page)).toContainText("aws ecs list-clusters");
  await commandInput(page).press("ArrowUp");
  await expect(commandInput(page)).toHaveValue("aws ecs list-clusters");
});

test("Reset account asks first, then starts a new account with an empty console", async ({
  page,
}) => {
  await openLab(page);
  await run(page, "aws ecs create-cluster --cluster-name demo --region us-east-1");
  const reset = drawer(page).getByRole("button", { name: "Reset account" });

  await reset.click();
  await drawer(page).getByRole("button", { name: "Cancel" }).click();
  await expect(consoleLog(page)).toContainText("aws ecs create-cluster");

  await reset.click();
  const confirm = drawer(page).getByRole("button", { name: "Yes, reset" });
  await expect(confirm).toBeFocused();
  await confirm.click();
  await expect(consoleLog(page)).toHaveText(/^Type an aws or docker command[^$]*$/);
  // The cluster went with the old account.
  await drawer(page).getByRole("tab", { name: "Resources" }).click();
  await expect(drawer(page).getByRole("tabpanel")).toContainText("Nothing of yours");

  await page.reload();
  await drawer(page).getByRole("tab", { name: "Console" }).click();
  await expect(consoleLog(page)).toHaveText(/^Type an aws or docker command[^$]*$/);
});

test("the lab works by keyboard alone", async ({ page }) => {
  await page.goto(lesson);
  await waitUntilLive(page);
  const open = page.getByRole("button", { name: "Open the lab" });
  await open.focus();
  await page.keyboard.press("Enter");
  const input = commandInput(page);
  await expect(input).toBeFocused();
  await page.keyboard.type("aws ecs list-clusters");
  await page.keyboard.press("Enter");
  await expect(consoleLog(page)).toContainText("aws ecs list-clusters");

  // The tabs: arrows move between them.
  const consoleTab = drawer(page).getByRole("tab", { name: "Console" });
  await consoleTab.focus();
  await page.keyboard.press("ArrowRight");
  await expect(drawer(page).getByRole("tab", { name: /Files/ })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  const resources = drawer(page).getByRole("tab", { name: "Resources" });
  await expect(resources).toBeFocused();
  await expect(resources).toHaveAttribute("aria-selected", "true");
  await expect(drawer(page).getByRole("tabpanel")).toContainText(/Nothing of yours|Kind/);

  // Closing gives the focus back to the button that opened it.
  await drawer(page).getByRole("button", { name: "Close the lab" }).press("Enter");
  await expect(drawer(page)).toBeHidden();
  await expect(open).toBeFocused();
});

test("the drawer fits the screen, long output wraps in it, and axe finds nothing serious @phone", async ({
  page,
  consoleErrors,
}, testInfo) => {
  // Axe over a long lesson, several times.
  test.slow();
  await openLab(page);
  await run(page, `echo ${"a-very-long-argument-".repeat(12)}`);
  expect(await overflowsHorizontally(page)).toBe(false);

  const box = (await drawer(page).boundingBox())!;
  const viewport = page.viewportSize()!;
  if (testInfo.project.name === "phone") {
    // The whole screen on a phone.
    expect(box.height).toBeGreaterThanOrEqual(viewport.height - 1);
  } else {
    // Docked at the bottom; the page gets room below its end to scroll out from under it.
    expect(box.y + box.height).toBeCloseTo(viewport.height, 0);
    expect(box.height).toBeLessThan(viewport.height * 0.6);
    const padding = await page.evaluate(() => getComputedStyle(document.body).paddingBottom);
    expect(parseFloat(padding)).toBeCloseTo(box.height, 0);
  }

  // The lab's own parts: the card, the code blocks' buttons and the drawer. (The lesson's
  // whole page is lesson.spec.ts's business.)
  const lab = ["[data-lab-card]", ".code-block > .no-print", "[data-lab-panel]"];
  expect(await seriousViolations(page, lab)).toEqual([]);
  await drawer(page).getByRole("tab", { name: /Files/ }).click();
  expect(await seriousViolations(page, lab)).toEqual([]);
  await drawer(page)
    .getByRole("tab", { name: /Resources/ })
    .click();
  expect(await axeViolationsLightAndDark(page, { include: lab, impact: "serious" })).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test("only a page with a lab downloads the lab, and only once it opens", async ({ page }) => {
  const scripts: string[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    scripts.push(await response.text().catch(() => ""));
  });
  const hasLabCode = () => scripts.some((text) => text.includes(LAB_CHUNK_MARKER));

  await page.goto(lessonWithoutLab);
  await waitUntilLive(page);
  await page.waitForLoadState("networkidle");
  expect(scripts.length).toBeGreaterThan(0);
  expect(hasLabCode()).toBe(false);
  await expect(page.getByRole("button", { name: "Run in the lab" })).toHaveCount(0);

  await page.goto(lesson);
  await waitUntilLive(page);
  await page.waitForLoadState("networkidle");
  expect(hasLabCode()).toBe(false);

  await page.getByRole("button", { name: "Open the lab" }).click();
  await expect(commandInput(page)).toBeEnabled();
  await expect.poll(hasLabCode).toBe(true);
});

test("a saved lab that cannot be read is set aside, and the student is told", async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem("dockside-lab", '{"state": {"lab": 42}, "version": 1}');
      localStorage.setItem("dockside-lab-drawer", '{"open": true}');
    }
  });
  await page.goto(lesson);
  await expect(drawer(page).getByRole("status")).toContainText(
    "Your saved lab could not be read; it was set aside and a new account started",
  );
  await expect(commandInput(page)).toBeEnabled();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith("dockside-lab.set-aside.")),
  );
  expect(kept).toHaveLength(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the card says the lab needs JavaScript, and offers no buttons", async ({ page }) => {
    await page.goto(lesson);
    const card = page.getByRole("complementary", { name: "About the lab" });
    // innerText: what shows (Playwright's own text leaves <noscript> out).
    await expect(card).toContainText("simulated AWS account in your browser");
    await expect(card).toContainText("The lab needs JavaScript", { useInnerText: true });
    await expect(page.getByRole("button", { name: "Open the lab" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Run in the lab" })).toHaveCount(0);
  });
});
