import { describe, expect, it } from "vitest";

import { getContentPaths } from "@/lib/content";
import { buildGraph, describeTaskStatus, validateGraph } from "@/lib/diagram/graph";
import { layOutDiagram } from "@/lib/diagram/layout";
import { loadDiagramContent } from "@/lib/diagram/load";
import { createLab } from "@/lib/lab";
import { accountDiagram, describeAccountDiagram } from "@/lib/lab/diagram";
import type { LabState } from "@/lib/lab/types";

import { LAB_ACCOUNT_STATES } from "../../fixtures/lab-account-states";
import { lessonBlocks, runLessonBlocks } from "./lesson-runner";

const HANDS_ON = "content/02-hands-on/01-ship-to-fargate.mdx";

const content = loadDiagramContent(getContentPaths());

describe("accountDiagram", () => {
  it("draws each state of the lab's account as a valid diagram", () => {
    for (const { name, state } of LAB_ACCOUNT_STATES) {
      const graph = buildGraph(content, accountDiagram(state));
      expect(validateGraph(graph), name).toEqual([]);
      expect(layOutDiagram(graph, null, "portrait").nodes.length).toBe(graph.nodes.length);
    }
  });

  it("puts tasks in their zone, with their status and their target's health", () => {
    const [, created, running, replacing] = LAB_ACCOUNT_STATES.map(({ state }) =>
      buildGraph(content, accountDiagram(state)).nodes.filter((n) => n.kind === "task"),
    );
    expect(created).toMatchObject([
      { parentId: "private-a", state: "pending" },
      { parentId: "private-b", state: "pending" },
    ]);
    expect(running).toMatchObject([
      { state: "running", health: "initial" },
      { state: "running", health: "initial" },
    ]);
    expect(replacing).toMatchObject([
      { parentId: "private-a", state: "running", health: "healthy" },
      { parentId: "private-b", state: "stopping", health: "unhealthy" },
      { parentId: "private-b", state: "pending" },
    ]);
  });

  it("draws a task in the public subnet the student put it in", () => {
    const state = createLab();
    const publicA = state.account.subnets.find((s) =>
      s.Tags.some((tag) => tag.Value === "lab-public-a"),
    )!;
    const running = LAB_ACCOUNT_STATES[2]!.state.account.tasks[0]!;
    state.account.tasks = [{ ...running, subnetId: publicA.SubnetId }];
    const [task] = buildGraph(content, accountDiagram(state)).nodes.filter(
      (n) => n.kind === "task",
    );
    expect(task).toMatchObject({ parentId: "public-a", state: "running" });
  });
});

describe("accountDiagram's resources", () => {
  const ids = (state: LabState) =>
    new Set(buildGraph(content, accountDiagram(state)).nodes.map((n) => n.id));

  it("draws a fresh account's network and none of what the learner has yet to create", () => {
    const drawn = ids(createLab());
    for (const id of ["vpc", "public-a", "private-b", "igw", "compute"])
      expect(drawn).toContain(id);
    for (const id of ["alb", "ecr", "ecs", "iam", "logs", "nat-a", "nat-b"])
      expect(drawn, id).not.toContain(id);
    const graph = buildGraph(content, accountDiagram(createLab()));
    expect(graph.edges.filter((e) => e.source === "alb" || e.target === "alb")).toEqual([]);
  });

  it("draws each resource once the account has it, a NAT gateway in its own zone", () => {
    // The hands-on lesson, block by block, up to the first page its app serves through the
    // load balancer; then to its end, after the clean-up.
    const blocks = lessonBlocks(HANDS_ON);
    let serving: LabState | undefined;
    for (let n = 1; n <= blocks.length && !serving; n++) {
      const run = runLessonBlocks(HANDS_ON, blocks.slice(0, n));
      if (run.transcript.at(-1)?.output.includes("Hello from Fargate")) serving = run.state;
    }
    const made = ["alb", "ecr", "ecs", "iam", "logs"];
    expect(serving, "the lesson's app never answered").toBeDefined();
    for (const id of made) expect(ids(serving!), id).toContain(id);
    const cleaned = ids(runLessonBlocks(HANDS_ON, blocks).state);
    for (const id of made) expect(cleaned, id).not.toContain(id);

    const lab = createLab();
    const publicB = lab.account.subnets.find((s) =>
      s.Tags.some((tag) => tag.Value === "lab-public-b"),
    )!;
    lab.account.natGateways = [
      {
        NatGatewayId: "nat-1",
        SubnetId: publicB.SubnetId,
        VpcId: lab.account.vpc.VpcId,
        AllocationId: "eipalloc-1",
        State: "pending",
        CreateTime: 0,
      },
    ];
    expect(ids(lab)).toContain("nat-b");
    expect(ids(lab)).not.toContain("nat-a");
    lab.account.natGateways[0]!.State = "deleted";
    expect(ids(lab)).not.toContain("nat-b");
  });
});

describe("describeAccountDiagram", () => {
  it("says how many tasks are in each state, and what their targets' checks say", () => {
    expect(
      LAB_ACCOUNT_STATES.map(({ state }) => describeAccountDiagram(accountDiagram(state))),
    ).toEqual([
      "No tasks yet: when a service starts them, they appear in its subnets.",
      "2 tasks: 2 starting.",
      "2 tasks: 2 running. Targets: 2 being checked.",
      "3 tasks: 1 running, 1 starting, 1 stopping. Targets: 1 healthy, 1 unhealthy.",
    ]);
  });
});

describe("describeTaskStatus", () => {
  it("puts a lab task's status and target health in words; a lesson's tasks have none", () => {
    expect(describeTaskStatus({ state: "pending" })).toBe("starting");
    expect(describeTaskStatus({ state: "running", health: "healthy" })).toBe(
      "running, target healthy",
    );
    expect(describeTaskStatus({ state: "stopping", health: "unhealthy" })).toBe(
      "stopping, target unhealthy",
    );
    expect(describeTaskStatus({})).toBeUndefined();
  });
});
