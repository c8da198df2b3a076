import { describe, expect, it } from "vitest";

import { buildGraph, type LaunchType, MAX_TASKS, MIN_TASKS, STEPS } from "@/lib/diagram/graph";
import { layOutDiagram, type PlacedNode } from "@/lib/diagram/layout";

const launchTypes: LaunchType[] = ["fargate", "ec2"];
const counts = Array.from({ length: MAX_TASKS - MIN_TASKS + 1 }, (_, i) => MIN_TASKS + i);

function layOut(launchType: LaunchType, desiredCount: number, step = 0) {
  const graph = buildGraph({ launchType, desiredCount });
  return { graph, layout: layOutDiagram(graph, step) };
}

function byId(nodes: PlacedNode[]) {
  return new Map(nodes.map((node) => [node.id, node]));
}

describe("layOutDiagram", () => {
  it("places every node of the graph once, each area before what it holds", () => {
    for (const launchType of launchTypes) {
      for (const count of counts) {
        const { graph, layout } = layOut(launchType, count);
        expect(layout.nodes.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
        layout.nodes.forEach((node, index) => {
          if (!node.parentId) return;
          const parentIndex = layout.nodes.findIndex((n) => n.id === node.parentId);
          expect(parentIndex, `${node.id} after ${node.parentId}`).toBeGreaterThanOrEqual(0);
          expect(parentIndex).toBeLessThan(index);
          expect(layout.nodes[parentIndex]?.kind).toBe("area");
        });
      }
    }
  });

  it("puts Fargate tasks two by two in the compute area, which grows to hold them", () => {
    const { layout } = layOut("fargate", 5);
    const nodes = byId(layout.nodes);
    const tasks = layout.nodes.filter((n) => n.kind === "task");
    expect(tasks.map((t) => t.parentId)).toEqual(Array(5).fill("compute"));
    expect(tasks.map((t) => t.position)).toEqual([
      { x: 10, y: 40 },
      { x: 145, y: 40 },
      { x: 10, y: 84 },
      { x: 145, y: 84 },
      { x: 10, y: 128 },
    ]);
    expect(nodes.get("compute")).toMatchObject({ width: 280, height: 182 });
    expect(layOut("fargate", 1).layout.nodes.find((n) => n.id === "compute")?.height).toBe(94);
  });

  it("puts each EC2 task in its instance, in a column, with the instances side by side", () => {
    const { graph, layout } = layOut("ec2", 3);
    const nodes = byId(layout.nodes);
    for (const task of graph.tasks) expect(nodes.get(task)?.parentId).toBe(graph.placement[task]);
    expect(graph.instances.map((id) => nodes.get(id))).toMatchObject([
      { parentId: "compute", kind: "area", position: { x: 10, y: 54 }, width: 145, height: 146 },
      { parentId: "compute", kind: "area", position: { x: 165, y: 54 }, width: 145, height: 102 },
    ]);
    expect(["task-1", "task-3"].map((id) => nodes.get(id)?.position)).toEqual([
      { x: 10, y: 48 },
      { x: 10, y: 92 },
    ]);
    expect(nodes.get("compute")).toMatchObject({ width: 320, height: 210 });
  });

  it("keeps everything inside an area within its width and height", () => {
    for (const launchType of launchTypes) {
      for (const count of counts) {
        const nodes = byId(layOut(launchType, count).layout.nodes);
        for (const node of nodes.values()) {
          const parent = node.parentId ? nodes.get(node.parentId) : undefined;
          if (!parent) continue;
          const where = `${launchType} ${count}: ${node.id} in ${parent.id}`;
          expect(node.position.x + (node.width ?? 0), where).toBeLessThanOrEqual(parent.width!);
          expect(node.position.y + (node.height ?? 34), where).toBeLessThanOrEqual(parent.height!);
        }
      }
    }
  });

  it("keeps the nodes outside the compute area where they were, whatever the count", () => {
    const positions = (launchType: LaunchType, count: number) =>
      layOut(launchType, count)
        .layout.nodes.filter((n) => !n.parentId)
        .map((n) => [n.id, n.position]);
    for (const launchType of launchTypes) {
      expect(positions(launchType, MAX_TASKS)).toEqual(positions("fargate", MIN_TASKS));
    }
  });

  it("dims nothing in the overview, and everything outside the step on a step", () => {
    const overview = layOut("fargate", 2, 0).layout;
    expect(overview.nodes.some((n) => n.active || n.dimmed)).toBe(false);
    expect(overview.edges.some((e) => e.active || e.faded)).toBe(false);

    STEPS.forEach((step, index) => {
      const { layout } = layOut("ec2", 4, index + 1);
      for (const node of layout.nodes) expect(node.dimmed).toBe(!node.active);
      for (const edge of layout.edges) {
        expect(edge.active).toBe(step.edges.includes(edge.id));
        expect(edge.faded).toBe(!edge.active);
      }
    });
    // The "tasks" placeholder of a step lights every task and instance.
    const running = layOut("ec2", 4, STEPS.findIndex((s) => s.nodes.includes("tasks")) + 1);
    const lit = running.layout.nodes.filter((n) => n.active).map((n) => n.id);
    expect(lit).toEqual(
      expect.arrayContaining([...running.graph.tasks, ...running.graph.instances]),
    );
  });

  it("routes each edge between chosen sides", () => {
    const sides = Object.fromEntries(
      layOut("fargate", 1).layout.edges.map((e) => [e.id, `${e.sourceSide}→${e.targetSide}`]),
    );
    expect(sides).toMatchObject({ push: "right→left", pull: "bottom→top", route: "left→right" });
  });
});
