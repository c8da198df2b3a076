"use client";

import { BaseEdge, type Edge, type EdgeProps } from "@xyflow/react";
import { memo } from "react";

import type { Point, Rect } from "@/lib/diagram/route";
import { roundedPath } from "@/lib/diagram/route";

export type RoutedEdgeData = {
  /** The route's corners from lib/diagram/layout.ts, in the drawing's coordinates. */
  points: Point[];
  /** Where the label sits, clear of the nodes' labels. */
  labelBox?: Rect;
};
export type RoutedEdge = Edge<RoutedEdgeData, "routed">;

/**
 * A line along the route the layout worked out round the boxes, with its label where the
 * layout left room for it. React Flow's own edges would run straight through other nodes.
 */
export const RoutedEdgeView = memo(function RoutedEdgeView({
  id,
  data,
  style,
  label,
  labelStyle,
  labelShowBg,
  labelBgStyle,
  labelBgPadding,
  labelBgBorderRadius,
  markerEnd,
}: EdgeProps<RoutedEdge>) {
  const points = data?.points ?? [];
  const box = data?.labelBox;
  return (
    <BaseEdge
      id={id}
      path={roundedPath(points)}
      style={style}
      markerEnd={markerEnd}
      {...(label && box
        ? {
            label,
            labelX: box.x + box.w / 2,
            labelY: box.y + box.h / 2,
            labelStyle,
            labelShowBg,
            labelBgStyle,
            labelBgPadding,
            labelBgBorderRadius,
          }
        : {})}
    />
  );
});

// Module scope: React Flow warns when edgeTypes changes between renders.
export const edgeTypes = { routed: RoutedEdgeView };
