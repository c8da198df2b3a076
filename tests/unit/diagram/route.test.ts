import { describe, expect, it } from "vitest";

import { crosses, placeLabel, roundedPath, routeEdge } from "@/lib/diagram/route";

const options = { clearance: 5, bend: 40, bounds: { x: 0, y: 0, w: 400, h: 300 } };

describe("routeEdge", () => {
  it("goes straight when nothing is in the way", () => {
    const route = routeEdge(
      { x: 0, y: 0, w: 50, h: 20 },
      { x: 150, y: 0, w: 50, h: 20 },
      [],
      options,
    );
    expect(route).toMatchObject({
      points: [
        { x: 50, y: 10 },
        { x: 150, y: 10 },
      ],
      sourceSide: "right",
      targetSide: "left",
    });
  });

  it("goes round a box in the way, keeping its distance", () => {
    const wall = { x: 80, y: 0, w: 20, h: 100 };
    const route = routeEdge(
      { x: 0, y: 40, w: 50, h: 20 },
      { x: 150, y: 40, w: 50, h: 20 },
      [wall],
      options,
    )!;
    const segments = route.points.slice(1).map((q, i) => [route.points[i]!, q] as const);
    expect(segments.some(([p, q]) => crosses(p, q, wall))).toBe(false);
    expect(segments.some(([p, q]) => crosses(p, q, { ...wall, x: 76, w: 28, h: 104 }))).toBe(false);
    expect(segments.every(([p, q]) => p.x === q.x || p.y === q.y)).toBe(true);
  });

  it("makes room for a label that the shortest way has none for", () => {
    const label = { w: 60, h: 20, keepOut: [] };
    const route = routeEdge(
      { x: 0, y: 100, w: 50, h: 20 },
      { x: 56, y: 100, w: 50, h: 20 },
      [],
      options,
      [],
      label,
    )!;
    expect(route.label).toMatchObject({ w: 60, h: 20 });
    expect(crosses({ x: 0, y: 100 }, { x: 106, y: 120 }, route.label!)).toBe(false);
  });
});

describe("placeLabel", () => {
  const line = [
    { x: 0, y: 0 },
    { x: 200, y: 0 },
  ];
  const open = { x: -100, y: -100, w: 400, h: 200 };
  it("centres the label on the line", () => {
    expect(placeLabel(line, { w: 40, h: 20 }, [], open)).toEqual({ x: 80, y: -10, w: 40, h: 20 });
  });

  it("moves it off what it must not cover, or gives up", () => {
    const box = { x: 70, y: -30, w: 60, h: 60 };
    const placed = placeLabel(line, { w: 40, h: 20 }, [box], open)!;
    expect(placed.x + placed.w <= box.x || placed.x >= box.x + box.w).toBe(true);
    expect(
      placeLabel(line, { w: 40, h: 20 }, [{ x: -10, y: -30, w: 220, h: 60 }], open),
    ).toBeNull();
    // Nor beyond the drawing's edge.
    const edge = { x: 0, y: -5, w: 200, h: 100 };
    expect(placeLabel(line, { w: 40, h: 20 }, [], edge)).toEqual({ x: 80, y: 2, w: 40, h: 20 });
  });
});

it("draws rounded corners", () => {
  expect(
    roundedPath([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
    ]),
  ).toBe("M 0 0 L 92 0 Q 100 0 100 8 L 100 100");
});
