import { describe, expect, it } from "vitest";

import { getContentPaths } from "@/lib/content";
import {
  activeElements,
  buildGraph,
  type LaunchType,
  MAX_TASKS,
  MIN_TASKS,
  walkElements,
} from "@/lib/diagram/graph";
import {
  areaLabelBox,
  chooseShape,
  diagramSizes,
  edgeLabelSize,
  type Layout,
  layOutDiagram,
  type PlacedNode,
  type Shape,
} from "@/lib/diagram/layout";
import { loadDiagramContent } from "@/lib/diagram/load";
import { crosses, overlaps } from "@/lib/diagram/route";

const content = loadDiagramContent(getContentPaths());
const launchTypes: LaunchType[] = ["fargate", "ec2"];
const shapes: Shape[] = ["portrait", "landscape", "narrow"];
const counts = Array.from({ length: MAX_TASKS - MIN_TASKS + 1 }, (_, i) => MIN_TASKS + i);

// One graph per launch type and count, shared by the tests: its routes are worked out once.
const graphs = new Map<string, ReturnType<typeof buildGraph>>();
function graphOf(launchType: LaunchType, desiredCount: number) {
  const key = `${launchType} ${desiredCount}`;
  if (!graphs.has(key)) graphs.set(key, buildGraph(content, { launchType, desiredCount }));
  return graphs.get(key)!;
}

function layOut(launchType: LaunchType, desiredCount: number, shape: Shape) {
  const graph = graphOf(launchType, desiredCount);
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

describe("edges", () => {
  const box = (nodes: PlacedNode[], id: string) => {
    const a = absolute(nodes, id);
    return { x: a.x, y: a.y, w: a.right - a.x, h: a.bottom - a.y };
  };
  // Every way the diagram is shown: the overview, each step, each flow.
  const walks = (graph: ReturnType<typeof buildGraph>) => [
    null,
    ...content.steps.map((_, i) => activeElements(content, i + 1, graph)),
    ...content.flows.map((flow) => walkElements(flow, graph)),
  ];
  // Every picture, in every shape, launch type and task count: laid out once for both checks.
  const pictures: { shape: Shape; launchType: LaunchType; count: number; layout: Layout }[] = [];
  const everyPicture = () => {
    if (pictures.length > 0) return pictures;
    for (const shape of shapes)
      for (const launchType of launchTypes)
        for (const count of counts) {
          const graph = graphOf(launchType, count);
          for (const lit of walks(graph))
            pictures.push({ shape, launchType, count, layout: layOutDiagram(graph, lit, shape) });
        }
    return pictures;
  };

  it("runs no line through a box that is not one of its ends, in every shape, step and count", () => {
    // Problems are collected and compared once: an expect per segment and box is slow.
    const problems: string[] = [];
    for (const { shape, launchType, count, layout } of everyPicture()) {
      const where = new Map(layout.nodes.map((n) => [n.id, box(layout.nodes, n.id)]));
      const boxes = layout.nodes.filter((n) => n.kind !== "area");
      for (const edge of layout.edges) {
        const { points } = edge;
        const name = `${shape} ${launchType} ${count}: ${edge.id}`;
        if (points.length < 2) problems.push(`${name} has no line`);
        // It starts and ends on its own two boxes' sides.
        const [from, to] = [where.get(edge.source)!, where.get(edge.target)!];
        const onSide = (p: { x: number; y: number }, r: typeof from) =>
          (Math.abs(p.x - r.x) < 0.5 || Math.abs(p.x - r.x - r.w) < 0.5
            ? p.y >= r.y && p.y <= r.y + r.h
            : false) ||
          (Math.abs(p.y - r.y) < 0.5 || Math.abs(p.y - r.y - r.h) < 0.5
            ? p.x >= r.x && p.x <= r.x + r.w
            : false);
        if (!onSide(points[0]!, from)) problems.push(`${name} starts off its source`);
        if (!onSide(points.at(-1)!, to)) problems.push(`${name} ends off its target`);
        for (const p of points)
          if (p.x < 0 || p.y < 0 || p.x > layout.width || p.y > layout.height)
            problems.push(`${name} leaves the drawing`);
        points.slice(1).forEach((q, i) => {
          const p = points[i]!;
          if (p.x !== q.x && p.y !== q.y) problems.push(`${name} runs aslant`);
          for (const node of boxes) {
            if (node.id === edge.source || node.id === edge.target) continue;
            if (crosses(p, q, where.get(node.id)!)) problems.push(`${name} through ${node.id}`);
          }
          // Nor back through its own ends.
          if (crosses(p, q, from)) problems.push(`${name} through its source`);
          if (crosses(p, q, to)) problems.push(`${name} through its target`);
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it("puts no edge label on a node's label or another's, in every shape, step and count", () => {
    const problems: string[] = [];
    for (const { shape, launchType, count, layout } of everyPicture()) {
      // A box's label may fill the box; an area's sits in the band at its top.
      const labels = layout.nodes.map((node) =>
        node.kind === "area"
          ? areaLabelBox(box(layout.nodes, node.id), node.node.label, node.node.kind, shape)
          : box(layout.nodes, node.id),
      );
      for (const edge of layout.edges.filter((e) => e.label)) {
        const name = `${shape} ${launchType} ${count}: "${edge.label}"`;
        const at = edge.labelBox;
        if (!at) {
          problems.push(`${name} has no place`);
          continue;
        }
        const size = edgeLabelSize(edge.label!, shape);
        if (at.w < size.w || at.h < size.h) problems.push(`${name} is too small`);
        if (at.x < 0 || at.y < 0 || at.x + at.w > layout.width || at.y + at.h > layout.height)
          problems.push(`${name} beyond the drawing`);
        labels.forEach((label, i) => {
          if (overlaps(at, label)) problems.push(`${name} on ${layout.nodes[i]!.id}`);
        });
        // On its own line, or touching it.
        const byLine = edge.points.slice(1).some((q, i) => {
          const p = edge.points[i]!;
          const x = Math.min(p.x, q.x);
          const y = Math.min(p.y, q.y);
          const near = {
            x: x - 3,
            y: y - 3,
            w: Math.abs(q.x - p.x) + 6,
            h: Math.abs(q.y - p.y) + 6,
          };
          return overlaps(at, near);
        });
        if (!byLine) problems.push(`${name} away from its line`);
        for (const other of layout.edges)
          if (other !== edge && other.labelBox && overlaps(at, other.labelBox))
            problems.push(`${name} on "${other.label}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("shapes", () => {
  it("chooses narrow on a phone, landscape on a slide, portrait on a page", () => {
    expect(chooseShape(330, false)).toBe("narrow");
    expect(chooseShape(766, true)).toBe("landscape");
    expect(chooseShape(766, false)).toBe("portrait");
  });
});

describe("diagramSizes", () => {
  it("gives the overview's size in the wide shape asked for and in the narrow one", () => {
    const graph = buildGraph(content, { launchType: "fargate", desiredCount: 2 });
    const dims = (shape: Shape) => {
      const { width, height } = layOutDiagram(graph, null, shape);
      return { width, height };
    };
    for (const wide of ["portrait", "landscape"] as const) {
      expect(diagramSizes(graph, wide)).toEqual({ portrait: dims(wide), narrow: dims("narrow") });
    }
    expect(dims("landscape")).not.toEqual(dims("portrait"));
  });
});
