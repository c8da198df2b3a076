import { describe, expect, it } from "vitest";

import { getContentPaths } from "@/lib/content";
import { buildGraph, validateGraph } from "@/lib/diagram/graph";
import { layOutDiagram } from "@/lib/diagram/layout";
import { loadDiagramContent } from "@/lib/diagram/load";
import { accountDiagram } from "@/lib/lab/diagram";

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
});
