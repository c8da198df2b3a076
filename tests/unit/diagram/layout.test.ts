import { describe, expect, it } from "vitest";

import { getContentPaths } from "@/lib/content";
import { buildGraph, type LaunchType, MAX_TASKS, MIN_TASKS } from "@/lib/diagram/graph";
import {
  chooseShape,
  layOutDiagram,
  type PlacedNode,
  type Shape,
  sides,
} from "@/lib/diagram/layout";
import { loadDiagramContent } from "@/lib/diagram/load";

const content = loadDiagramContent(getContentPaths());
const launchTypes: LaunchType[] = ["fargate", "ec2"];
const shapes: Shape[] = ["portrait", "landscape", "narrow"];
const counts = Array.from({ length: MAX_TASKS - MIN_TASKS + 1 }, (_, i) => MIN_TASKS + i);

function layOut(launchType: LaunchType, desiredCount: number, shape: Shape) {
  const graph = buildGraph(content, { launchType, desiredCount });
  return { graph, layout: layOutDiagram(graph, null, shape) };
}

/** A node's box in the drawing's own coordinates. */
function absolute(nodes: PlacedNode[], id: string) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const own = byId.get(id)!;
  let { x, y } = own.position;
  for (let p = own.parentId; p; p = byId.get(p)!.parentId) {
    x += byId.get(p)!.position.x;
    y += byId.get(p)!.position.y;
  }
  return { x, y, right: x + own.width, bottom: y + own.height };
}

describe("layOutDiagram", () => {
  it("places every node once, each group before what it holds", () => {
    for (const shape of shapes)
      for (const launchType of launchTypes)
        for (const count of counts) {
          const { graph, layout } = layOut(launchType, count, shape);
          expect(layout.nodes.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
          layout.nodes.forEach((node, index) => {
            if (!node.parentId) return;
            const parentIndex = layout.nodes.findIndex((n) => n.id === node.parentId);
            expect(parentIndex, `${node.id} after ${node.parentId}`).toBeGreaterThanOrEqual(0);
            expect(parentIndex).toBeLessThan(index);
            expect(layout.nodes[parentIndex]?.kind).toBe("area");
          });
        }
  });

  it("keeps every node inside its group, and inside the drawing", () => {
    for (const shape of shapes)
      for (const launchType of launchTypes)
        for (const count of counts) {
          const { layout } = layOut(launchType, count, shape);
          for (const node of layout.nodes) {
            const box = absolute(layout.nodes, node.id);
            expect(box.x, `${shape} ${node.id}`).toBeGreaterThanOrEqual(0);
            expect(box.right, `${shape} ${node.id}`).toBeLessThanOrEqual(layout.width);
            expect(box.bottom, `${shape} ${node.id}`).toBeLessThanOrEqual(layout.height);
            // The internet gateway sits on the VPC's edge, as AWS draws it.
            if (!node.parentId || node.id === "igw") continue;
            const parent = absolute(layout.nodes, node.parentId);
            expect(box.x, `${node.id} in ${node.parentId}`).toBeGreaterThanOrEqual(parent.x);
            expect(box.y).toBeGreaterThanOrEqual(parent.y);
            expect(box.right, `${shape} ${count} ${node.id}`).toBeLessThanOrEqual(parent.right);
            expect(box.bottom, `${shape} ${count} ${node.id}`).toBeLessThanOrEqual(parent.bottom);
          }
        }
  });

  it("lays the load balancer across both public subnets", () => {
    for (const shape of shapes) {
      const { layout } = layOut("fargate", 2, shape);
      const alb = absolute(layout.nodes, "alb");
      const a = absolute(layout.nodes, "public-a");
      const b = absolute(layout.nodes, "public-b");
      expect(alb.x).toBeLessThan(a.right);
      expect(alb.right).toBeGreaterThan(b.x);
      expect(alb.y).toBeGreaterThanOrEqual(a.y);
      expect(alb.bottom).toBeLessThanOrEqual(a.bottom);
    }
  });

  it("draws the lab's tasks in a public subnet inside it, clear of its gateways", () => {
    const graph = buildGraph(content, {
      launchType: "fargate",
      desiredCount: 3,
      tasks: [
        { zone: "a", state: "running", subnet: "public" },
        { zone: "b", state: "pending", subnet: "public" },
        { zone: "a", state: "running" },
      ],
    });
    for (const shape of shapes) {
      const layout = layOutDiagram(graph, null, shape);
      const gateways = ["alb", "nat-a", "nat-b"].map((id) => absolute(layout.nodes, id));
      for (const [task, subnet] of [
        ["task-1", "public-a"],
        ["task-2", "public-b"],
        ["task-3", "private-a"],
      ] as const) {
        const box = absolute(layout.nodes, task);
        const area = absolute(layout.nodes, subnet);
        expect(box.y, `${shape} ${task}`).toBeGreaterThanOrEqual(area.y);
        expect(box.bottom, `${shape} ${task}`).toBeLessThanOrEqual(area.bottom);
        for (const gateway of gateways) {
          const apart =
            box.bottom <= gateway.y ||
            box.y >= gateway.bottom ||
            box.right <= gateway.x ||
            box.x >= gateway.right;
          expect(apart, `${shape} ${task} clear of the gateways`).toBe(true);
        }
      }
    }
  });

  it("keeps the drawing as wide as its shape, and a slide's wider than tall", () => {
    expect(layOut("fargate", 2, "narrow").layout.width).toBeLessThanOrEqual(340);
    const slide = layOut("fargate", 2, "landscape").layout;
    expect(slide.width / slide.height).toBeGreaterThan(2.5);
  });

  it("lights a step's nodes and dims the rest", () => {
    const graph = buildGraph(content, { launchType: "fargate", desiredCount: 2 });
    const layout = layOutDiagram(
      graph,
      { nodes: new Set(["ecr"]), edges: new Set(["push"]) },
      "portrait",
    );
    const ecr = layout.nodes.find((n) => n.id === "ecr")!;
    const users = layout.nodes.find((n) => n.id === "users")!;
    expect([ecr.active, ecr.dimmed, users.active, users.dimmed]).toEqual([
      true,
      false,
      false,
      true,
    ]);
    expect(layout.edges.find((e) => e.id === "push")).toMatchObject({ active: true, faded: false });
  });
});

describe("sides and shapes", () => {
  it("joins boxes along the axis they are further apart on", () => {
    expect(sides({ x: 0, y: 0 }, { x: 100, y: 10 })).toEqual(["right", "left"]);
    expect(sides({ x: 0, y: 100 }, { x: 10, y: 0 })).toEqual(["top", "bottom"]);
  });

  it("chooses narrow on a phone, landscape on a slide, portrait on a page", () => {
    expect(chooseShape(330, false)).toBe("narrow");
    expect(chooseShape(766, true)).toBe("landscape");
    expect(chooseShape(766, false)).toBe("portrait");
  });
});
