/**
 * Where the diagram's lines run: each edge an orthogonal route of a few points around the boxes
 * already placed (./layout.ts), and where its label sits. Pure; components/diagram draws the
 * points as a path. React Flow's own step edges go straight through whatever lies between the
 * two ends; these go around it.
 *
 * The router works on a sparse grid: the lines through every port and along every obstacle's
 * sides (a little way off) and through the middle of every gap between obstacles. A shortest
 * path on that grid that pays extra for each bend gives routes with few corners that keep clear
 * of every box except their own two ends.
 */

export interface Point {
  x: number;
  y: number;
}

/** A rectangle in the drawing's own coordinates. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Side = "top" | "right" | "bottom" | "left";

export interface Route {
  points: Point[];
  sourceSide: Side;
  targetSide: Side;
  /** Where the label sits, when the route was made to leave room for one. */
  label?: Rect;
}

/** A label a route must leave room for on one of its straight stretches. */
export interface LabelRoom {
  w: number;
  h: number;
  /** What the label may not cover. */
  keepOut: Rect[];
}

export interface RouteOptions {
  /** How far a line keeps from a box it passes. */
  clearance: number;
  /** What a bend costs, in units of length. */
  bend: number;
  /** The drawing's edges, which no line goes beyond. */
  bounds: Rect;
}

const SIDES: Side[] = ["top", "right", "bottom", "left"];
/** Unit steps: right, down, left, up. */
const DIRS = [
  { x: 1, y: 0 },
  { x: 0, y: 1 },
  { x: -1, y: 0 },
  { x: 0, y: -1 },
] as const;
const OUTWARD: Record<Side, number> = { right: 0, bottom: 1, left: 2, top: 3 };

const EPS = 0.01;

/** Whether two rectangles share some area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.x < b.x + b.w - EPS && b.x < a.x + a.w - EPS && a.y < b.y + b.h - EPS && b.y < a.y + a.h - EPS
  );
}

/** Whether the axis-parallel segment p–q runs through the inside of `r`. */
export function crosses(p: Point, q: Point, r: Rect): boolean {
  const minX = Math.min(p.x, q.x);
  const maxX = Math.max(p.x, q.x);
  const minY = Math.min(p.y, q.y);
  const maxY = Math.max(p.y, q.y);
  return minX < r.x + r.w - EPS && maxX > r.x + EPS && minY < r.y + r.h - EPS && maxY > r.y + EPS;
}

/** Whether `inner` lies wholly within `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x - EPS &&
    inner.y >= outer.y - EPS &&
    inner.x + inner.w <= outer.x + outer.w + EPS &&
    inner.y + inner.h <= outer.y + outer.h + EPS
  );
}

function clip(r: Rect, to: Rect): Rect {
  const x = Math.max(r.x, to.x);
  const y = Math.max(r.y, to.y);
  return {
    x,
    y,
    w: Math.min(r.x + r.w, to.x + to.w) - x,
    h: Math.min(r.y + r.h, to.y + to.h) - y,
  };
}

export function inflate(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, w: r.w + 2 * by, h: r.h + 2 * by };
}

/** The points along `side` of `box` a line may leave or enter by. */
function ports(box: Rect, side: Side, toward: Point): { point: Point; cost: number }[] {
  const horizontal = side === "top" || side === "bottom";
  const y = side === "top" ? box.y : box.y + box.h;
  const x = side === "left" ? box.x : box.x + box.w;
  const mid = horizontal ? box.x + box.w / 2 : box.y + box.h / 2;
  const at = (v: number) => (horizontal ? { x: v, y } : { x, y: v });
  const out = [{ point: at(mid), cost: 0 }];
  // Where the other end lies straight across, a straight line needs no bend.
  const lo = (horizontal ? box.x : box.y) + Math.min(12, (horizontal ? box.w : box.h) / 4);
  const hi =
    (horizontal ? box.x + box.w : box.y + box.h) - Math.min(12, (horizontal ? box.w : box.h) / 4);
  const facing = horizontal ? toward.x : toward.y;
  if (facing > lo && facing < hi && Math.abs(facing - mid) > 1)
    out.push({ point: at(facing), cost: 6 });
  return out;
}

/**
 * An orthogonal route from `source` to `target` that passes through none of `obstacles`
 * (kept `clearance` away from them) nor through either end's own box, or null if none exists.
 * `avoid` are rectangles it keeps out of when it can, such as the labels of areas.
 */
export function routeEdge(
  source: Rect,
  target: Rect,
  obstacles: Rect[],
  options: RouteOptions,
  avoid: Rect[] = [],
  label?: LabelRoom,
): Route | null {
  // Most routes stay near their two ends: search a window round them first, as the whole
  // drawing is many times the work.
  const x = Math.min(source.x, target.x);
  const y = Math.min(source.y, target.y);
  const near = clip(
    inflate(
      {
        x,
        y,
        w: Math.max(source.x + source.w, target.x + target.w) - x,
        h: Math.max(source.y + source.h, target.y + target.h) - y,
      },
      120,
    ),
    options.bounds,
  );
  const within = (rects: Rect[]) => rects.filter((r) => overlaps(r, near));
  // A label's detour is worth taking only near the two ends.
  for (const window of label ? [near] : [near, options.bounds]) {
    const [o, a] = window === near ? [within(obstacles), within(avoid)] : [obstacles, avoid];
    const found =
      search(source, target, [...o, ...a], options, window, label) ??
      search(source, target, o, options, window, label);
    if (found) return found;
  }
  return null;
}

function search(
  source: Rect,
  target: Rect,
  obstacles: Rect[],
  options: RouteOptions,
  window: Rect,
  label?: LabelRoom,
): Route | null {
  const { clearance, bend } = options;
  const blocks = obstacles.map((o) => inflate(o, clearance - EPS));
  const ends = [source, target];
  const centre = (r: Rect) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });

  const starts = SIDES.flatMap((side) =>
    ports(source, side, centre(target)).map((p) => ({ ...p, side })),
  );
  const goals = SIDES.flatMap((side) =>
    ports(target, side, centre(source)).map((p) => ({ ...p, side })),
  );

  // The grid's lines: through each port, beside each box, through the middle of each gap.
  const xs = new Set<number>();
  const ys = new Set<number>();
  for (const p of [...starts, ...goals]) {
    xs.add(p.point.x);
    ys.add(p.point.y);
  }
  for (const r of [...obstacles, ...ends]) {
    xs.add(r.x - clearance);
    xs.add(r.x + r.w + clearance);
    ys.add(r.y - clearance);
    ys.add(r.y + r.h + clearance);
  }
  const middles = (edges: number[]) => {
    const sorted = [...new Set(edges)].sort((a, b) => a - b);
    return sorted.slice(1).map((v, i) => (v + sorted[i]!) / 2);
  };
  const all = [...obstacles, ...ends];
  middles(all.flatMap((r) => [r.x, r.x + r.w])).forEach((v) => xs.add(v));
  middles(all.flatMap((r) => [r.y, r.y + r.h])).forEach((v) => ys.add(v));
  // Lines outside the window are not searched; the window's own sides keep it closed.
  const inside = (v: number, lo: number, size: number) => v >= lo && v <= lo + size;
  xs.add(window.x);
  xs.add(window.x + window.w);
  ys.add(window.y);
  ys.add(window.y + window.h);
  const X = [...xs]
    .filter((v) => inside(v, window.x, window.w))
    .map((v) => Math.round(v * 100) / 100)
    .sort((a, b) => a - b);
  const Y = [...ys]
    .filter((v) => inside(v, window.y, window.h))
    .map((v) => Math.round(v * 100) / 100)
    .sort((a, b) => a - b);
  const ux = [...new Set(X)];
  const uy = [...new Set(Y)];
  const xi = new Map(ux.map((v, i) => [v, i]));
  const yi = new Map(uy.map((v, i) => [v, i]));
  const W = ux.length;
  const H = uy.length;
  // Layer 1: the label has been placed (always, when there is no label to place).
  const key = (i: number, j: number, d: number, layer = label ? 0 : 1) =>
    ((layer * H + j) * W + i) * 4 + d;
  const round = (v: number) => Math.round(v * 100) / 100;

  // Which steps between neighbouring grid points run through a box: blockedH for (i, j) to
  // (i + 1, j), blockedV for (i, j) to (i, j + 1).
  const blockedH = new Uint8Array(W * H);
  const blockedV = new Uint8Array(W * H);
  for (const b of [...blocks, ...ends]) {
    const x0 = b.x + EPS;
    const x1 = b.x + b.w - EPS;
    const y0 = b.y + EPS;
    const y1 = b.y + b.h - EPS;
    // The grid lines strictly inside the box, and the steps that overlap it.
    const rows = range(uy, (y) => y > y0 && y < y1);
    const cols = range(ux, (x) => x > x0 && x < x1);
    const stepsX = range(ux, (x, i) => i + 1 < W && x < x1 && ux[i + 1]! > x0);
    const stepsY = range(uy, (y, j) => j + 1 < H && y < y1 && uy[j + 1]! > y0);
    for (let j = rows[0]; j <= rows[1]; j++)
      for (let i = stepsX[0]; i <= stepsX[1]; i++) blockedH[j * W + i] = 1;
    for (let j = stepsY[0]; j <= stepsY[1]; j++)
      for (let i = cols[0]; i <= cols[1]; i++) blockedV[j * W + i] = 1;
  }
  /** Whether the step from grid point (i, j) in direction `d` is clear. */
  const open = (i: number, j: number, d: number) =>
    d === 0
      ? !blockedH[j * W + i]
      : d === 2
        ? !blockedH[j * W + i - 1]
        : d === 1
          ? !blockedV[j * W + i]
          : !blockedV[(j - 1) * W + i];

  const dist = new Float64Array(2 * W * H * 4).fill(Infinity);
  const prev = new Int32Array(2 * W * H * 4).fill(-1);
  const labelAt = new Map<number, Rect>();
  const labelFree = (r: Rect) =>
    contains(options.bounds, r) &&
    !label!.keepOut.some((o) => overlaps(r, o)) &&
    !blocks.some((o) => overlaps(r, o)) &&
    !ends.some((o) => overlaps(r, o));
  // A*: the heap orders by cost so far plus the straight distance still to go, which a route
  // can never beat, so the first goal reached at a given cost is still the cheapest.
  const goalPoints = goals.map((g) => g.point);
  const aheadOf = new Float64Array(W * H).fill(-1);
  const ahead = (i: number, j: number) => {
    const cell = j * W + i;
    if (aheadOf[cell]! >= 0) return aheadOf[cell]!;
    let least = Infinity;
    for (const g of goalPoints)
      least = Math.min(least, Math.abs(g.x - ux[i]!) + Math.abs(g.y - uy[j]!));
    aheadOf[cell] = least;
    return least;
  };
  const heap = new Heap();
  // Each start: the port, then a first step straight out of its side.
  const startKeys = new Map<number, Side>();
  for (const s of starts) {
    const i = xi.get(round(s.point.x));
    const j = yi.get(round(s.point.y));
    if (i === undefined || j === undefined) continue;
    const d = OUTWARD[s.side];
    const k = key(i, j, d);
    if (s.cost < dist[k]!) {
      dist[k] = s.cost;
      startKeys.set(k, s.side);
      heap.push(k, s.cost + ahead(i, j));
    }
  }
  const goalAt = new Map<number, { side: Side; cost: number }>();
  for (const g of goals) {
    const i = xi.get(round(g.point.x));
    const j = yi.get(round(g.point.y));
    if (i === undefined || j === undefined) continue;
    // Arriving means moving into the side: the opposite of its outward direction.
    const d = (OUTWARD[g.side] + 2) % 4;
    goalAt.set(key(i, j, d, 1), { side: g.side, cost: g.cost });
  }

  let best = -1;
  let bestCost = Infinity;
  while (heap.size > 0) {
    const [k, estimate] = heap.pop();
    if (estimate >= bestCost) break;
    const d = k % 4;
    const cell = (k - d) / 4;
    const i = cell % W;
    const layer = Math.floor(cell / (W * H));
    const j = (cell - layer * W * H - i) / W;
    const cost = dist[k]!;
    // A stale entry: this state was reached more cheaply since.
    if (estimate > cost + ahead(i, j) + EPS) continue;
    const goal = goalAt.get(k);
    if (goal && !startKeys.has(k) && cost + goal.cost < bestCost) {
      bestCost = cost + goal.cost;
      best = k;
    }
    const here = { x: ux[i]!, y: uy[j]! };
    // A start may only leave straight out of its side.
    const turns = startKeys.has(k) ? [d] : [d, (d + 1) % 4, (d + 3) % 4];
    for (const nd of turns) {
      const ni = i + DIRS[nd]!.x;
      const nj = j + DIRS[nd]!.y;
      if (ni < 0 || nj < 0 || ni >= W || nj >= H) continue;
      if (!open(i, j, nd)) continue;
      const there = { x: ux[ni]!, y: uy[nj]! };
      const step = Math.abs(there.x - here.x) + Math.abs(there.y - here.y) + (nd === d ? 0 : bend);
      const nk = key(ni, nj, nd, layer);
      if (cost + step < dist[nk]!) {
        dist[nk] = cost + step;
        prev[nk] = k;
        labelAt.delete(nk);
        heap.push(nk, cost + step + ahead(ni, nj));
      }
    }
    // Or a straight stretch long enough for the label, with the label on it.
    if (label && layer === 0) {
      for (const nd of turns) {
        const need = nd % 2 === 0 ? label.w : label.h;
        let ni = i;
        let nj = j;
        let there = here;
        for (let tries = 0; tries < 8;) {
          const mi = ni + DIRS[nd]!.x;
          const mj = nj + DIRS[nd]!.y;
          if (mi < 0 || mj < 0 || mi >= W || mj >= H) break;
          if (!open(ni, nj, nd)) break;
          const next = { x: ux[mi]!, y: uy[mj]! };
          ni = mi;
          nj = mj;
          there = next;
          const length = Math.abs(there.x - here.x) + Math.abs(there.y - here.y);
          if (length < need + 8) continue;
          tries++;
          const c = { x: (here.x + there.x) / 2, y: (here.y + there.y) / 2 };
          const rect = spots(c, label, nd % 2 === 1).find(labelFree);
          if (!rect) continue;
          const nk = key(ni, nj, nd, 1);
          const total = cost + length + (nd === d ? 0 : bend);
          if (total < dist[nk]!) {
            dist[nk] = total;
            prev[nk] = k;
            labelAt.set(nk, rect);
            heap.push(nk, total + ahead(ni, nj));
          }
          break;
        }
      }
    }
  }
  if (best < 0) return null;

  const path: Point[] = [];
  let first = best;
  let placed: Rect | undefined;
  for (let k = best; k >= 0; k = prev[k]!) {
    const cell = ((k - (k % 4)) / 4) % (W * H);
    path.push({ x: ux[cell % W]!, y: uy[Math.floor(cell / W)]! });
    placed ??= labelAt.get(k);
    first = k;
  }
  path.reverse();
  return {
    points: simplify(path),
    sourceSide: startKeys.get(first)!,
    targetSide: goalAt.get(best)!.side,
    ...(placed ? { label: placed } : {}),
  };
}

/** The first and last index of the sorted `values` that pass `test` (which holds on a run). */
function range(values: number[], test: (v: number, i: number) => boolean): [number, number] {
  let first = -1;
  let last = -2;
  for (let i = 0; i < values.length; i++) {
    if (!test(values[i]!, i)) {
      if (first >= 0) break;
      continue;
    }
    if (first < 0) first = i;
    last = i;
  }
  return [first, last];
}

/** Drops repeated points and the middle of three points in a line. */
export function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < EPS && Math.abs(last.y - p.y) < EPS) continue;
    const before = out[out.length - 2];
    if (
      before &&
      last &&
      ((Math.abs(before.x - last.x) < EPS && Math.abs(last.x - p.x) < EPS) ||
        (Math.abs(before.y - last.y) < EPS && Math.abs(last.y - p.y) < EPS))
    ) {
      out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}

/**
 * Where a label of size `size` sits on a route: centred on one of its segments (or beside it),
 * within `bounds`, clear of `keepOut` (the labels of nodes) and, where it can, of `prefer`. Longer segments
 * are tried first, each from its middle outwards. Null if it fits nowhere.
 */
export function placeLabel(
  points: Point[],
  size: { w: number; h: number },
  keepOut: Rect[],
  bounds: Rect,
  prefer: Rect[] = [],
): Rect | null {
  const segments = points
    .slice(1)
    .map((q, i) => ({ p: points[i]!, q }))
    .map((s) => ({ ...s, length: Math.abs(s.q.x - s.p.x) + Math.abs(s.q.y - s.p.y) }))
    .sort((a, b) => b.length - a.length);
  for (const avoid of [[...keepOut, ...prefer], keepOut]) {
    for (const { p, q, length } of segments) {
      // A label across a vertical stretch needs only its height of it; along a horizontal one,
      // its width.
      const vertical = p.x === q.x;
      if (length < (vertical ? size.h : size.w)) continue;
      for (let offset = 0; offset <= length / 2; offset += 4) {
        for (const t of offset === 0 ? [0.5] : [0.5 - offset / length, 0.5 + offset / length]) {
          const c = { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t };
          const rect = spots(c, size, vertical).find(
            (r) => contains(bounds, r) && !avoid.some((o) => overlaps(r, o)),
          );
          if (rect) return rect;
        }
      }
    }
  }
  return null;
}

/** A label's places at point `c` of a line: on the line, else just beside it on either side. */
function spots(c: Point, size: { w: number; h: number }, vertical: boolean): Rect[] {
  const { w, h } = size;
  const on = { x: c.x - w / 2, y: c.y - h / 2, w, h };
  return vertical
    ? [on, { ...on, x: c.x - w - 2 }, { ...on, x: c.x + 2 }]
    : [on, { ...on, y: c.y - h - 2 }, { ...on, y: c.y + 2 }];
}

/** An SVG path through `points` with rounded corners. */
export function roundedPath(points: Point[], radius = 8): string {
  if (points.length === 0) return "";
  const parts = [`M ${points[0]!.x} ${points[0]!.y}`];
  for (let n = 1; n < points.length - 1; n++) {
    const a = points[n - 1]!;
    const b = points[n]!;
    const c = points[n + 1]!;
    const r = Math.min(
      radius,
      (Math.abs(b.x - a.x) + Math.abs(b.y - a.y)) / 2,
      (Math.abs(c.x - b.x) + Math.abs(c.y - b.y)) / 2,
    );
    const towards = (from: Point, to: Point, by: number) => {
      const len = Math.abs(to.x - from.x) + Math.abs(to.y - from.y) || 1;
      return { x: from.x + ((to.x - from.x) / len) * by, y: from.y + ((to.y - from.y) / len) * by };
    };
    const p = towards(b, a, r);
    const q = towards(b, c, r);
    parts.push(`L ${p.x} ${p.y}`, `Q ${b.x} ${b.y} ${q.x} ${q.y}`);
  }
  const last = points[points.length - 1]!;
  if (points.length > 1) parts.push(`L ${last.x} ${last.y}`);
  return parts.join(" ");
}

/** A binary min-heap of keys by cost. */
class Heap {
  private keys: number[] = [];
  private costs: number[] = [];
  get size() {
    return this.keys.length;
  }
  push(key: number, cost: number) {
    const { keys, costs } = this;
    let i = keys.length;
    keys.push(key);
    costs.push(cost);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (costs[parent]! <= cost) break;
      keys[i] = keys[parent]!;
      costs[i] = costs[parent]!;
      i = parent;
    }
    keys[i] = key;
    costs[i] = cost;
  }
  pop(): [number, number] {
    const { keys, costs } = this;
    const top: [number, number] = [keys[0]!, costs[0]!];
    const key = keys.pop()!;
    const cost = costs.pop()!;
    if (keys.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        let mc = cost;
        if (l < keys.length && costs[l]! < mc) {
          m = l;
          mc = costs[l]!;
        }
        if (r < keys.length && costs[r]! < mc) m = r;
        if (m === i) break;
        keys[i] = keys[m]!;
        costs[i] = costs[m]!;
        i = m;
      }
      keys[i] = key;
      costs[i] = cost;
    }
    return top;
  }
}
