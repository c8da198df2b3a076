/**
 * Where the diagram's nodes sit: the graph of ./graph.ts in, positions and sizes out, for one of
 * three shapes of box it is shown in. Pure; components/diagram hands the result to React Flow,
 * which draws groups as sub-flows (a child's position is relative to its group's corner).
 *
 * - `portrait`: a lesson page. People and the image on top, the Region's services in a row,
 *   the VPC's two zones side by side below.
 * - `landscape`: a 16:9 slide. People on the left, services in a column on the right.
 * - `narrow`: a phone. Like portrait, with services two to a row and the load balancer on its
 *   own row of the public subnets.
 *
 * Sizes are in the diagram's own units, which are CSS pixels at zoom 1; the label font of each
 * shape is `FONT[shape]`, so a label renders at FONT × zoom.
 */
import type { Graph, GraphNode } from "./graph";
import { placeLabel, type Point, type Rect as Box, routeEdge, type Side } from "./route";
import { ZONES } from "./topology";

export type { Point, Side };

export type Shape = "portrait" | "landscape" | "narrow";

/** The label font size of each shape, in diagram units. */
export const FONT: Record<Shape, number> = { portrait: 16, landscape: 16, narrow: 13 };

/** How a node is drawn: a labelled box, a task, or an area that holds other nodes. */
export type PlacedKind = "box" | "task" | "area";

export interface Lit {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface PlacedNode {
  id: string;
  kind: PlacedKind;
  node: GraphNode;
  /** The area it sits in; its position is then relative to that area's corner. */
  parentId?: string;
  position: { x: number; y: number };
  width: number;
  height: number;
  /** Part of the step or flow shown. */
  active: boolean;
  /** A step or flow is shown and this node is not part of it. */
  dimmed: boolean;
}

export interface PlacedEdge {
  id: string;
  source: string;
  target: string;
  label?: string;
  sourceSide: Side;
  targetSide: Side;
  /** The line's corners, from source to target, in the drawing's own coordinates. */
  points: Point[];
  /** Where the label's box sits (its corner and size), clear of every node's label. */
  labelBox?: Box;
  active: boolean;
  /** A step or flow is shown and this edge is not part of it. */
  faded: boolean;
}

export interface Layout {
  shape: Shape;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** The whole drawing's size, in diagram units. */
  width: number;
  height: number;
}

interface Metrics {
  width: number;
  box: { w: number; h: number };
  /** The NAT gateways, narrower than other boxes so the load balancer fits beside them. */
  nat: number;
  /** Services with an icon above a label of up to three lines. */
  service: { w: number; h: number };
  task: { w: number; h: number };
  pad: number;
  gap: number;
  header: number;
}

const METRICS: Record<Shape, Metrics> = {
  portrait: {
    width: 760,
    box: { w: 170, h: 52 },
    nat: 150,
    service: { w: 136, h: 100 },
    task: { w: 100, h: 40 },
    pad: 12,
    gap: 10,
    header: 32,
  },
  landscape: {
    width: 1000,
    box: { w: 170, h: 48 },
    nat: 140,
    service: { w: 200, h: 46 },
    task: { w: 100, h: 38 },
    pad: 8,
    gap: 8,
    header: 27,
  },
  narrow: {
    width: 340,
    box: { w: 148, h: 44 },
    nat: 148,
    service: { w: 150, h: 64 },
    task: { w: 76, h: 34 },
    pad: 6,
    gap: 6,
    // Two lines: a zone's or a subnet's label wraps in a column half a phone wide.
    header: 42,
  },
};

// In this order each service sits next to the ones it has lines to (IAM to ECS to the
// compute, ECR to the compute), so few lines cross a box.
const SERVICES = ["iam", "ecs", "compute", "ecr", "logs"];

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
  parent?: string;
}

/** The drawing's size on a wide screen and on a narrow one, for a placeholder of its final height. */
export interface DiagramSizes {
  /** The shape drawn where there is room: portrait on a lesson page, landscape in the lab. */
  portrait: { width: number; height: number };
  narrow: { width: number; height: number };
}

/** The sizes of `graph`'s overview, drawn `wide` where there is room and narrow on a phone. */
export function diagramSizes(graph: Graph, wide: "portrait" | "landscape"): DiagramSizes {
  const size = (shape: Shape) => {
    const { width, height } = layOutDiagram(graph, null, shape);
    return { width, height };
  };
  return { portrait: size(wide), narrow: size("narrow") };
}

/**
 * Lays out `graph` with `lit` highlighted (null: the overview, nothing dimmed). Groups come
 * before the nodes inside them, as React Flow needs.
 */
export function layOutDiagram(graph: Graph, lit: Lit | null, shape: Shape): Layout {
  const m = METRICS[shape];
  const { pad, gap, header } = m;
  const rects = new Map<string, Rect>();
  const set = (id: string, rect: Rect) => rects.set(id, rect);

  // The tasks of each zone, in a grid inside the private subnet (or the zone's EC2 instance);
  // the lab's tasks in a public subnet in a grid of their own there, under its gateways.
  const zoneWidth = (vpcWidth: number) => (vpcWidth - 3 * pad) / 2;
  const taskArea = (innerWidth: number, count: number) => {
    const cols = Math.max(1, Math.floor((innerWidth + gap) / (m.task.w + gap)));
    const rows = Math.max(1, Math.ceil(count / cols));
    return { cols, rows, height: rows * m.task.h + (rows - 1) * gap };
  };
  const ec2 = graph.instances.length > 0;
  const inPublic = new Set(
    graph.nodes.filter((n) => n.parentId?.startsWith("public-")).map((n) => n.id),
  );
  const tasksIn = (zone: string, subnet: "public" | "private") =>
    graph.tasks.filter(
      (t) => graph.zoneOf[t] === zone && inPublic.has(t) === (subnet === "public"),
    );
  const most = Math.max(...ZONES.map((z) => tasksIn(z, "private").length), 1);
  const mostPublic = Math.max(...ZONES.map((z) => tasksIn(z, "public").length));

  /** Lays out the VPC at `width`; returns its height. */
  const layOutVpc = (width: number, x: number, y: number): number => {
    const azW = zoneWidth(width);
    const subnetW = azW - 2 * pad;
    const innerW = subnetW - 2 * pad;
    // The load balancer shares the NAT gateways' row when there is room for both.
    const natW = Math.min(m.nat, innerW);
    const sideBySide = innerW - natW - gap >= 90;
    const gatewaysH = sideBySide ? m.box.h : 2 * m.box.h + gap;
    const publicGrid = taskArea(innerW, mostPublic);
    const publicH = header + gatewaysH + (mostPublic ? gap + publicGrid.height : 0) + pad;
    const instanceInner = innerW - 2 * pad;
    const grid = taskArea(ec2 ? instanceInner : innerW, most);
    // An instance's label ("EC2 instance 1 (you manage)") may take two lines.
    const instanceHeader = Math.round(header * 1.75);
    const instanceH = instanceHeader + grid.height + pad;
    const privateH = header + (ec2 ? instanceH : grid.height) + pad;
    const azH = header + publicH + gap + privateH + pad;
    // The internet gateway sits on the VPC's top edge, as AWS draws it.
    const igwTop = -m.box.h / 2;
    const azTop = Math.max(header, m.box.h / 2) + gap;
    const height = azTop + azH + pad;
    set("vpc", { x, y, w: width, h: height, parent: "region" });
    set("igw", { x: (width - m.box.w) / 2, y: igwTop, w: m.box.w, h: m.box.h, parent: "vpc" });
    ZONES.forEach((zone, z) => {
      const azX = pad + z * (azW + pad);
      set(`az-${zone}`, { x: azX, y: azTop, w: azW, h: azH, parent: "vpc" });
      set(`public-${zone}`, { x: pad, y: header, w: subnetW, h: publicH, parent: `az-${zone}` });
      // NAT gateways at the outer edges, so the load balancer spans the middle.
      const natX = sideBySide && z === 0 ? pad : sideBySide ? innerW + pad - natW : pad;
      set(`nat-${zone}`, { x: natX, y: header, w: natW, h: m.box.h, parent: `public-${zone}` });
      const privateY = header + publicH + gap;
      set(`private-${zone}`, {
        x: pad,
        y: privateY,
        w: subnetW,
        h: privateH,
        parent: `az-${zone}`,
      });
      const host = ec2 ? `instance-${z + 1}` : `private-${zone}`;
      if (ec2) {
        set(host, { x: pad, y: header, w: innerW, h: instanceH, parent: `private-${zone}` });
      }
      const left = pad;
      tasksIn(zone, "public").forEach((task, i) => {
        set(task, {
          x: pad + (i % publicGrid.cols) * (m.task.w + gap),
          y: header + gatewaysH + gap + Math.floor(i / publicGrid.cols) * (m.task.h + gap),
          w: m.task.w,
          h: m.task.h,
          parent: `public-${zone}`,
        });
      });
      tasksIn(zone, "private").forEach((task, i) => {
        set(task, {
          x: left + (i % grid.cols) * (m.task.w + gap),
          y: (ec2 ? instanceHeader : header) + Math.floor(i / grid.cols) * (m.task.h + gap),
          w: m.task.w,
          h: m.task.h,
          parent: host,
        });
      });
    });
    // The load balancer: one box across both public subnets, in the VPC's coordinates.
    const publicTop = azTop + header + header;
    const albY = sideBySide ? publicTop : publicTop + m.box.h + gap;
    const albLeft = sideBySide ? 2 * pad + pad + natW + gap : 3 * pad;
    const albRight = sideBySide ? width - 3 * pad - natW - gap : width - 3 * pad;
    set("alb", { x: albLeft, y: albY, w: albRight - albLeft, h: m.box.h, parent: "vpc" });
    return height;
  };

  let width = m.width;
  let height: number;
  if (shape === "landscape") {
    // People on the left; the cloud with services in a column right of the VPC.
    const peopleW = m.nat + gap;
    set("developer", { x: 0, y: 0, w: peopleW, h: m.box.h });
    // Room between them for the line's label.
    set("image", { x: 0, y: m.box.h + 5 * gap, w: peopleW, h: m.box.h });
    const cloudX = peopleW + 4 * gap;
    const cloudW = width - cloudX;
    const regionW = cloudW - 2 * pad;
    const servicesW = m.service.w;
    const vpcW = regionW - 3 * pad - servicesW;
    const vpcY = header + m.box.h / 2;
    const vpcH = vpcY + layOutVpc(vpcW, pad, vpcY) - header;
    const servicesH = SERVICES.length * m.service.h + (SERVICES.length - 1) * gap;
    const regionH = header + Math.max(vpcH, servicesH) + pad;
    SERVICES.forEach((id, i) => {
      set(id, {
        x: pad + vpcW + pad,
        y: header + i * (m.service.h + gap),
        w: servicesW,
        h: m.service.h,
        parent: "region",
      });
    });
    const cloudH = header + regionH + pad;
    set("cloud", { x: cloudX, y: 0, w: cloudW, h: cloudH });
    set("region", { x: pad, y: header, w: regionW, h: regionH, parent: "cloud" });
    set("users", { x: 0, y: cloudH - m.box.h, w: peopleW, h: m.box.h });
    height = cloudH;
  } else {
    // People and the image on top, the cloud below.
    const narrow = shape === "narrow";
    const topW = narrow ? (width - 2 * gap) / 3 : m.box.w;
    set("developer", { x: 0, y: 0, w: topW, h: m.box.h });
    // Room between them for the line's label, where the width allows.
    set("image", { x: topW + (narrow ? gap : 8 * gap), y: 0, w: topW, h: m.box.h });
    set("users", { x: width - topW, y: 0, w: topW, h: m.box.h });
    const cloudY = m.box.h + 4 * gap;
    const regionW = width - 2 * pad;
    const innerW = regionW - 2 * pad;
    const perRow = narrow ? 2 : SERVICES.length;
    const serviceW = (innerW - (perRow - 1) * gap) / perRow;
    SERVICES.forEach((id, i) => {
      set(id, {
        x: pad + (i % perRow) * (serviceW + gap),
        y: header + Math.floor(i / perRow) * (m.service.h + gap),
        w: serviceW,
        h: m.service.h,
        parent: "region",
      });
    });
    const rows = Math.ceil(SERVICES.length / perRow);
    const vpcY = header + rows * (m.service.h + gap) + gap + m.box.h / 2;
    const vpcH = layOutVpc(innerW, pad, vpcY);
    const regionH = vpcY + vpcH + pad;
    const cloudH = header + regionH + pad;
    set("cloud", { x: 0, y: cloudY, w: width, h: cloudH });
    set("region", { x: pad, y: header, w: regionW, h: regionH, parent: "cloud" });
    height = cloudY + cloudH;
  }
  width = Math.ceil(width);

  const anyLit = lit !== null;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const areas = new Set([
    "cloud",
    "region",
    "vpc",
    ...ZONES.flatMap((z) => [`az-${z}`, `public-${z}`, `private-${z}`]),
    ...graph.instances,
  ]);
  // Parents before children: order by depth.
  const depth = (id: string): number => {
    const parent = rects.get(id)?.parent;
    return parent ? 1 + depth(parent) : 0;
  };
  const nodes: PlacedNode[] = graph.nodes
    .filter((node) => rects.has(node.id))
    .map((node) => {
      const rect = rects.get(node.id)!;
      const on = lit?.nodes.has(node.id) ?? false;
      return {
        id: node.id,
        kind: areas.has(node.id) ? "area" : node.kind === "task" ? "task" : "box",
        node: byId.get(node.id)!,
        ...(rect.parent ? { parentId: rect.parent } : {}),
        position: { x: Math.round(rect.x), y: Math.round(rect.y) },
        width: Math.round(rect.w),
        height: Math.round(rect.h),
        active: on,
        dimmed: anyLit && !on,
      } satisfies PlacedNode;
    })
    .sort((a, b) => depth(a.id) - depth(b.id));

  const routes = routeAll(graph, rects, areas, shape, width, height);
  const edges = graph.edges.map((edge): PlacedEdge => {
    const on = lit?.edges.has(edge.id) ?? false;
    const route = routes.get(edge.id)!;
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      ...(edge.label ? { label: edge.label } : {}),
      sourceSide: route.sourceSide,
      targetSide: route.targetSide,
      points: route.points,
      ...(route.label ? { labelBox: route.label } : {}),
      active: on,
      faded: anyLit && !on,
    };
  });

  return { shape, nodes, edges, width, height: Math.ceil(height) };
}

/**
 * The box an edge's label takes: React Flow's edge text at the shape's font, weight 500, with its
 * background's padding. Measured generously, as the text is measured only in the browser.
 */
export function edgeLabelSize(label: string, shape: Shape): { w: number; h: number } {
  const font = FONT[shape];
  return { w: Math.ceil(label.length * font * 0.6 + 12), h: Math.ceil(font * 1.3 + 6) };
}

/**
 * Where an area's label sits: an icon and semibold text at its top-left corner, within the
 * band the layout leaves for it (wrapping there when the area is narrow).
 */
export function areaLabelBox(area: Box, label: string, kind: string, shape: Shape): Box {
  const font = FONT[shape];
  const header =
    kind === "instance" ? Math.round(METRICS[shape].header * 1.75) : METRICS[shape].header;
  const w = 16 + Math.round(font * 1.25) + 6 + label.length * font * 0.62;
  return { x: area.x, y: area.y, w: Math.min(area.w, Math.ceil(w)), h: header };
}

interface RouteOut {
  points: Point[];
  sourceSide: Side;
  targetSide: Side;
  label?: Box;
}

// Routes depend on where boxes are and which edges join them, not on what is lit: worked out
// once for each picture, however many diagrams on the page draw it (a presenter shows two).
const routeCache = new Map<string, Map<string, RouteOut>>();
const CACHED = 64;

/** Each edge's route around the boxes that are not its ends, and its label's place. */
function routeAll(
  graph: Graph,
  rects: Map<string, Rect>,
  areas: Set<string>,
  shape: Shape,
  width: number,
  height: number,
): Map<string, RouteOut> {
  const signature = [
    shape,
    ...graph.edges.map((e) => `${e.id}:${e.source}>${e.target}:${e.label ?? ""}`),
    ...graph.nodes.map((n) => {
      const r = rects.get(n.id);
      return r ? `${n.id}:${n.label}@${r.x},${r.y},${r.w},${r.h},${r.parent ?? ""}` : n.id;
    }),
  ].join("|");
  const cached = routeCache.get(signature);
  if (cached) return cached;
  // Rounded as the nodes' positions are, so lines meet the boxes as drawn.
  const absolute = (id: string): Box => {
    const own = rects.get(id)!;
    let x = Math.round(own.x);
    let y = Math.round(own.y);
    for (let p = own.parent; p; p = rects.get(p)?.parent) {
      x += Math.round(rects.get(p)!.x);
      y += Math.round(rects.get(p)!.y);
    }
    return { x, y, w: Math.round(own.w), h: Math.round(own.h) };
  };
  const placed = graph.nodes.filter((n) => rects.has(n.id));
  const boxes = new Map(placed.filter((n) => !areas.has(n.id)).map((n) => [n.id, absolute(n.id)]));
  const areaLabels = placed
    .filter((n) => areas.has(n.id))
    .map((n) => areaLabelBox(absolute(n.id), n.label, n.kind, shape));
  const { gap } = METRICS[shape];
  const options = {
    clearance: Math.min(5, gap / 2),
    bend: 40,
    bounds: { x: 0, y: 0, w: Math.ceil(width), h: Math.ceil(height) },
  };

  const out = new Map<string, RouteOut>();
  const placedLabels: Box[] = [];
  for (const edge of graph.edges) {
    const source = absolute(edge.source);
    const target = absolute(edge.target);
    const obstacles = [...boxes]
      .filter(([id]) => id !== edge.source && id !== edge.target)
      .map(([, box]) => box);
    const route = routeEdge(source, target, obstacles, options, areaLabels) ?? {
      // Nowhere to go round: a straight elbow, as before.
      points: [
        { x: source.x + source.w / 2, y: source.y + source.h },
        { x: target.x + target.w / 2, y: target.y },
      ],
      sourceSide: "bottom" as const,
      targetSide: "top" as const,
    };
    if (!edge.label) {
      out.set(edge.id, route);
      continue;
    }
    const size = edgeLabelSize(edge.label, shape);
    // Nor on another edge's label: several lines can share a stretch.
    const keepOut = [...boxes.values(), ...areaLabels, ...placedLabels];
    const label = placeLabel(route.points, size, keepOut, options.bounds);
    // No straight stretch of the shortest route has room for the label: go a longer way round
    // that has.
    const roomy = label
      ? null
      : routeEdge(source, target, obstacles, options, areaLabels, { ...size, keepOut });
    const chosen = roomy ?? { ...route, ...(label ? { label } : {}) };
    if (chosen.label) placedLabels.push(chosen.label);
    out.set(edge.id, chosen);
  }
  if (routeCache.size >= CACHED) routeCache.delete(routeCache.keys().next().value!);
  routeCache.set(signature, out);
  return out;
}

/**
 * The shape for a box `width` CSS pixels wide: narrow on a phone, landscape where the box is
 * wider than it may be tall (a slide), portrait otherwise.
 */
export function chooseShape(width: number, landscape: boolean): Shape {
  if (width < 520) return "narrow";
  return landscape ? "landscape" : "portrait";
}
