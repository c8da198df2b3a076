"use client";

import { Handle, type Node, type NodeProps, Position } from "@xyflow/react";
import {
  Archive,
  ArrowUpFromLine,
  Box,
  Building2,
  CircleCheck,
  CircleX,
  Cloud,
  Cpu,
  DoorOpen,
  Globe,
  Hourglass,
  KeyRound,
  Layers,
  Lock,
  type LucideIcon,
  MapPin,
  Network,
  Package,
  ScrollText,
  Server,
  Split,
  User,
} from "lucide-react";
import { createContext, memo, useContext } from "react";

import { describeTaskStatus, type GraphNode, type NodeKind } from "@/lib/diagram/graph";
import type { PlacedNode } from "@/lib/diagram/layout";

export type BoxData = Pick<PlacedNode, "node" | "active" | "dimmed"> & { font: number };
export type BoxNode = Node<BoxData, "box" | "area" | "task">;

/** One icon per kind of node, from lucide (ISC licence, each icon its own module). */
const ICONS: Record<NodeKind, LucideIcon> = {
  person: User,
  image: Package,
  cloud: Cloud,
  region: MapPin,
  vpc: Network,
  zone: Building2,
  "public-subnet": Globe,
  "private-subnet": Lock,
  gateway: DoorOpen,
  nat: ArrowUpFromLine,
  "load-balancer": Split,
  registry: Archive,
  orchestrator: Layers,
  identity: KeyRound,
  logs: ScrollText,
  compute: Cpu,
  task: Box,
  instance: Server,
};

/**
 * A lab task's icon says what its border's colour and dashes say, for those who cannot tell
 * the colours apart: checked healthy, unhealthy, or on its way up or down.
 */
function taskIcon({ state, health }: GraphNode): { Icon: LucideIcon; colour: string } | undefined {
  if (health === "unhealthy") return { Icon: CircleX, colour: "text-red-700 dark:text-red-400" };
  if (health === "healthy")
    return { Icon: CircleCheck, colour: "text-emerald-700 dark:text-emerald-400" };
  if (state === "pending" || state === "stopping")
    return { Icon: Hourglass, colour: "text-slate-600 dark:text-slate-300" };
  return undefined;
}

/**
 * AWS's architecture colours: each group its frame colour and line style (the Region and the
 * Availability Zones dashed), each service the colour of its category.
 */
const FRAMES: Partial<Record<NodeKind, string>> = {
  cloud: "border-[#232F3E] dark:border-slate-300 border-2",
  region: "border-[#00A4A6] border-2 border-dashed",
  vpc: "border-[#8C4FFF] dark:border-[#B18CFF] border-2",
  zone: "border-[#147EBA] dark:border-[#5FB0E8] border-2 border-dashed",
  "public-subnet": "border-[#7AA116] bg-[#F2F6E8] dark:bg-[#1F2A0E] border",
  "private-subnet": "border-[#00A4A6] bg-[#E6F6F7] dark:bg-[#0B2A2B] border",
  instance:
    "border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950 border-2 border-dashed",
};

const ICON_COLOURS: Partial<Record<NodeKind, string>> = {
  gateway: "text-[#8C4FFF] dark:text-[#B18CFF]",
  nat: "text-[#8C4FFF] dark:text-[#B18CFF]",
  "load-balancer": "text-[#8C4FFF] dark:text-[#B18CFF]",
  vpc: "text-[#8C4FFF] dark:text-[#B18CFF]",
  registry: "text-[#D45B07] dark:text-[#FF9D5C]",
  orchestrator: "text-[#D45B07] dark:text-[#FF9D5C]",
  compute: "text-[#D45B07] dark:text-[#FF9D5C]",
  task: "text-[#D45B07] dark:text-[#FF9D5C]",
  instance: "text-amber-700 dark:text-amber-300",
  identity: "text-[#DD344C] dark:text-[#FF7B8C]",
  logs: "text-[#E7157B] dark:text-[#FF6FB5]",
  "public-subnet": "text-[#5A7A10] dark:text-[#A8D14F]",
  "private-subnet": "text-[#007A7C] dark:text-[#3FD0D2]",
  region: "text-[#007A7C] dark:text-[#3FD0D2]",
  zone: "text-[#147EBA] dark:text-[#5FB0E8]",
};

/** What a node needs from the diagram: a context, so node data stays plain data. */
export const DiagramNodeContext = createContext<{
  select: (id: string) => void;
  /** A static copy (a handout, the presenter's preview): nothing to press. */
  interactive: boolean;
}>({ select: () => {}, interactive: true });

function NodeLabel({
  data,
  className,
  iconAbove = false,
}: {
  data: BoxData;
  className: string;
  iconAbove?: boolean;
}) {
  const { select, interactive } = useContext(DiagramNodeContext);
  const status = taskIcon(data.node);
  const Icon = status?.Icon ?? ICONS[data.node.kind];
  const icon = Math.round(data.font * 1.25);
  const content = (
    <>
      <Icon
        aria-hidden="true"
        width={icon}
        height={icon}
        className={`shrink-0 ${status?.colour ?? ICON_COLOURS[data.node.kind] ?? "text-slate-600 dark:text-slate-300"}`}
      />
      <span data-diagram-label="" className="min-w-0 break-words">
        {data.node.label}
      </span>
    </>
  );
  const layout = `flex ${iconAbove ? "flex-col items-center text-center" : "items-center"} gap-1.5 leading-tight ${className}`;
  const style = { fontSize: data.font };
  if (!interactive) {
    return (
      <div data-node-id={data.node.id} className={layout} style={style}>
        {content}
      </div>
    );
  }
  return (
    <button
      type="button"
      data-node-id={data.node.id}
      onClick={() => select(data.node.id)}
      aria-label={`${[data.node.label, describeTaskStatus(data.node)].filter(Boolean).join(", ")}: show details`}
      className={`nodrag nopan ${layout}`}
      style={style}
    >
      {content}
    </button>
  );
}

const SIDES = {
  top: Position.Top,
  right: Position.Right,
  bottom: Position.Bottom,
  left: Position.Left,
};

// A source and a target handle on every side, so each edge can leave and arrive where the
// layout reads best (lib/diagram/layout.ts). Invisible: nobody connects anything by hand here.
const handles = (
  <>
    {Object.entries(SIDES).map(([side, position]) => (
      <span key={side}>
        <Handle
          id={`s-${side}`}
          type="source"
          position={position}
          className="!opacity-0"
          isConnectable={false}
        />
        <Handle
          id={`t-${side}`}
          type="target"
          position={position}
          className="!opacity-0"
          isConnectable={false}
        />
      </span>
    ))}
  </>
);

function stateClasses({ active, dimmed }: BoxData) {
  if (active)
    return "border-accent-600 bg-accent-50 text-accent-950 ring-2 ring-accent-500 dark:border-accent-300 dark:bg-accent-900 dark:text-white";
  if (dimmed)
    return "border-slate-300 bg-white text-slate-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-400";
  return "border-slate-400 bg-white text-slate-900 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100";
}

const BoxNodeView = memo(function BoxNodeView({ data, width, height }: NodeProps<BoxNode>) {
  const service = (height ?? 0) > 70;
  return (
    <div
      data-active={data.active || undefined}
      data-kind={data.node.kind}
      style={{ width, height }}
      className={`flex rounded-lg border-2 shadow-sm transition-colors ${stateClasses(data)}`}
    >
      {handles}
      <NodeLabel
        data={data}
        iconAbove={service}
        className={`h-full w-full px-2 font-medium ${service ? "justify-center py-1.5" : "py-1"}`}
      />
    </div>
  );
});

const TaskNodeView = memo(function TaskNodeView({ data, width, height }: NodeProps<BoxNode>) {
  const { state, health } = data.node;
  return (
    <div
      data-active={data.active || undefined}
      data-task=""
      data-state={state}
      data-health={health}
      style={{ width, height }}
      className={`flex rounded-md border-2 shadow-sm transition-colors ${stateClasses(data)} ${
        health === "unhealthy"
          ? "!border-red-600 dark:!border-red-400"
          : health === "healthy"
            ? "!border-emerald-600 dark:!border-emerald-400"
            : ""
      } ${state === "pending" || state === "stopping" ? "border-dashed" : ""} ${state === "stopped" ? "opacity-50" : ""}`}
    >
      {handles}
      <NodeLabel data={data} className="h-full w-full justify-center px-1 font-medium" />
    </div>
  );
});

const AreaNodeView = memo(function AreaNodeView({ data, width, height }: NodeProps<BoxNode>) {
  const yours = data.node.kind === "instance";
  return (
    <div
      style={{ width, height }}
      data-active={data.active || undefined}
      data-kind={data.node.kind}
      data-managed-by={yours ? "you" : "aws"}
      className={`rounded-md transition-colors ${FRAMES[data.node.kind] ?? "border"} ${
        data.active ? "ring-accent-500 ring-2" : ""
      } ${data.dimmed ? "opacity-70" : ""}`}
    >
      {handles}
      <NodeLabel
        data={data}
        className="max-w-full rounded-t-md px-2 py-1 text-left font-semibold text-slate-800 dark:text-slate-100"
      />
    </div>
  );
});

// Module scope: React Flow warns when nodeTypes changes between renders.
// ("area", not "group": React Flow styles its built-in group type.)
export const nodeTypes = { box: BoxNodeView, task: TaskNodeView, area: AreaNodeView };

/** React Flow's nodes for a laid-out diagram. */
export function toFlowNodes(placed: PlacedNode[], font: number): BoxNode[] {
  return placed.map(({ id, kind, node, parentId, position, width, height, active, dimmed }) => ({
    id,
    type: kind,
    position,
    ...(parentId ? { parentId } : {}),
    width,
    height,
    // Boxes above the areas they overlap (the load balancer spans two subnets).
    ...(kind === "area" ? {} : { zIndex: 1000 }),
    data: { node, active, dimmed, font },
    // Nodes that are neither draggable nor selectable get pointer-events: none from React
    // Flow; the buttons inside them must stay clickable.
    style: { pointerEvents: "all" },
  }));
}
