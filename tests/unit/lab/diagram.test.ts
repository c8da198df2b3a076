import { describe, expect, it } from "vitest";

import { getContentPaths } from "@/lib/content";
import { buildGraph, describeTaskStatus, validateGraph } from "@/lib/diagram/graph";
import { layOutDiagram } from "@/lib/diagram/layout";
import { loadDiagramContent } from "@/lib/diagram/load";
import { createLab } from "@/lib/lab";
import { accountDiagram, describeAccountDiagram } from "@/lib/lab/diagram";

import { LAB_ACCOUNT_STATES } from "../../fixtures/lab-account-states";

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
