/**
 * Where the diagram's nodes sit and which sides its edges use: the graph of ./graph.ts in,
 * positions out. Pure; components/diagram/diagram-canvas.tsx hands the result to React Flow.
 */
import { activeElements, type DiagramNode, type Graph } from "./graph";

/** How a node is drawn: a labelled box, a task, or an area that holds other nodes. */
export type PlacedKind = "box" | "task" | "area";

export interface PlacedNode {
  id: string;
  kind: PlacedKind;
  node: DiagramNode;
  /** The area it sits in; its position is then relative to that area's corner. */
  parentId?: string;
  position: { x: number; y: number };
  /** Set for tasks and areas; boxes take the width of their label's style. */
  width?: number;
  height?: number;
  /** Part of the workflow step shown. */
  active: boolean;
  /** A step is shown and this node is not part of it. */
  dimmed: boolean;
}

export type Side = "top" | "right" | "bottom" | "left";

export interface PlacedEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  /** The side of the source it leaves from, and the side of the target it enters. */
  sourceSide: Side;
  targetSide: Side;
  active: boolean;
  /** A step is shown and this edge is not part of it. */
  faded: boolean;
}

export interface Layout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** Top-left corner of each node outside the compute area. If you move one, check ROUTES. */
const POSITIONS: Record<string, { x: number; y: number }> = {
  developer: { x: 0, y: 0 },
  image: { x: 230, y: 0 },
  ecr: { x: 460, y: 0 },
  iam: { x: 0, y: 170 },
  ecs: { x: 230, y: 170 },
  vpc: { x: 0, y: 340 },
  compute: { x: 460, y: 120 },
  elb: { x: 850, y: 170 },
  users: { x: 1080, y: 170 },
};

/** Which side each edge leaves its source and enters its target, so it reads best. */
const ROUTES: Record<string, [Side, Side]> = {
  build: ["right", "left"],
  push: ["right", "left"],
  pull: ["bottom", "top"],
  run: ["right", "left"],
  register: ["bottom", "bottom"],
  route: ["left", "right"],
  request: ["left", "right"],
  permissions: ["right", "left"],
  network: ["right", "bottom"],
};

const TASK_WIDTH = 125;
const TASK_HEIGHT = 34;
const GAP = 10;
/** Room at the top of an area for its label. */
const HEADER = 40;

/**
 * Lays out `graph` with workflow step `step` highlighted (0: the overview, nothing dimmed):
 * tasks two by two inside the Fargate area, or in a column inside each EC2 instance, with the
 * compute area sized to hold them. Areas come before the nodes inside them, as React Flow needs.
 */
export function layOutDiagram(graph: Graph, step: number): Layout {
  const active = activeElements(step, graph);
  const anyActive = step > 0;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const place = (
    id: string,
    kind: PlacedKind,
    rest: Pick<PlacedNode, "position" | "parentId" | "width" | "height">,
  ): PlacedNode => {
    const node = byId.get(id);
    if (!node) throw new Error(`diagram layout: no node "${id}" in the graph`);
    const on = active.nodes.has(id);
    return { id, kind, node, ...rest, active: on, dimmed: anyActive && !on };
  };

  const inner: PlacedNode[] = [];
  let computeWidth = 2 * TASK_WIDTH + 3 * GAP;
  let computeHeight: number;
  if (graph.instances.length === 0) {
    graph.tasks.forEach((id, i) => {
      inner.push(
        place(id, "task", {
          parentId: "compute",
          position: {
            x: GAP + (i % 2) * (TASK_WIDTH + GAP),
            y: HEADER + Math.floor(i / 2) * (TASK_HEIGHT + GAP),
          },
          width: TASK_WIDTH,
        }),
      );
    });
    computeHeight = HEADER + Math.ceil(graph.tasks.length / 2) * (TASK_HEIGHT + GAP) + GAP;
  } else {
    const instanceWidth = TASK_WIDTH + 2 * GAP;
    computeWidth = graph.instances.length * (instanceWidth + GAP) + GAP;
    let tallest = 0;
    graph.instances.forEach((instanceId, j) => {
      const tasks = graph.tasks.filter((t) => graph.placement[t] === instanceId);
      const height = HEADER + 8 + tasks.length * (TASK_HEIGHT + GAP) + GAP;
      tallest = Math.max(tallest, height);
      inner.push(
        place(instanceId, "area", {
          parentId: "compute",
          position: { x: GAP + j * (instanceWidth + GAP), y: HEADER + 14 },
          width: instanceWidth,
          height,
        }),
      );
      tasks.forEach((taskId, k) => {
        inner.push(
          place(taskId, "task", {
            parentId: instanceId,
            position: { x: GAP, y: HEADER + 8 + k * (TASK_HEIGHT + GAP) },
            width: TASK_WIDTH,
          }),
        );
      });
    });
    computeHeight = HEADER + 14 + tallest + GAP;
  }

  const outer = graph.nodes.flatMap((n) => {
    const position = POSITIONS[n.id];
    if (!position) return [];
    return n.id === "compute"
      ? [place(n.id, "area", { position, width: computeWidth, height: computeHeight })]
      : [place(n.id, "box", { position })];
  });

  const edges = graph.edges.map((edge): PlacedEdge => {
    const on = active.edges.has(edge.id);
    const [sourceSide, targetSide] = ROUTES[edge.id] ?? ["right", "left"];
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      label: edge.label,
      sourceSide,
      targetSide,
      active: on,
      faded: anyActive && !on,
    };
  });

  return { nodes: [...outer, ...inner], edges };
}
