/**
 * The architecture diagram as data: what a student explores on the lesson page. Pure
 * TypeScript; the words come from content/_data/diagram.yaml (./load.ts), the shape from
 * ./topology.ts, and components/diagram draws the result with React Flow.
 */
import type { NODE_KINDS } from "./schema";
import { ZONES, type Zone, parentOf } from "./topology";

export type LaunchType = "fargate" | "ec2";

export type NodeKind = (typeof NODE_KINDS)[number];

export interface DiagramNode {
  id: string;
  label: string;
  kind: NodeKind;
  /** One or two sentences: what this is and what it does here. */
  explanation: string;
  /** What a student should remember about it. */
  facts: string[];
  /** The lesson section that explains it. */
  link: string;
}

export interface DiagramEdge {
  id: string;
  source: string;
  target: string;
  label?: string;
}

/** A workflow step, or a flow a student lights up on demand. */
export interface DiagramWalk {
  id: string;
  title: string;
  narration: string;
  /** Node ids; `tasks` stands for every task and EC2 instance. */
  nodes: string[];
  /** Edge ids, as written in the content (before `tasks` targets are expanded). */
  edges: string[];
}

/** Everything the diagram says, validated (./load.ts). Plain data: it crosses to the client. */
export interface DiagramContent {
  nodes: Record<string, Omit<DiagramNode, "id">>;
  computeEc2: Omit<DiagramNode, "id">;
  task: Omit<DiagramNode, "id">;
  instance: Omit<DiagramNode, "id">;
  edges: DiagramEdge[];
  steps: DiagramWalk[];
  flows: DiagramWalk[];
}

export const MIN_TASKS = 1;
export const MAX_TASKS = 10;
/** EC2 instances drawn in EC2 mode: one per Availability Zone. */
export const EC2_INSTANCES = ZONES.length;

/** What a task is doing, as the lab's account reports it (undefined: simply running). */
export type TaskState = "pending" | "running" | "stopping" | "stopped";
/** What the load balancer's health checks say about a task (undefined: not shown). */
export type TargetHealth = "initial" | "healthy" | "unhealthy";

/** One task as the lab's account has it. */
export interface TaskSnapshot {
  zone: Zone;
  /** The zone's subnet it runs in: private unless said (the lab may run tasks in public ones). */
  subnet?: "public" | "private";
  state: TaskState;
  health?: TargetHealth;
}

export interface GraphOptions {
  launchType: LaunchType;
  desiredCount: number;
  /** The lab's tasks, in place of `desiredCount` tasks spread over the zones. */
  tasks?: TaskSnapshot[];
  /**
   * Content nodes to leave out, with their lines: what the lab's account does not have yet.
   * Their place stays empty, so nothing moves when they appear.
   */
  absent?: readonly string[];
}

const TASK_STATE_WORDS: Record<TaskState, string> = {
  pending: "starting",
  running: "running",
  stopping: "stopping",
  stopped: "stopped",
};
const HEALTH_WORDS: Record<TargetHealth, string> = {
  initial: "target being checked",
  healthy: "target healthy",
  unhealthy: "target unhealthy",
};

/**
 * A lab task's status in words ("running, target healthy"), for its accessible name and its
 * details; undefined for the tasks a lesson's diagram draws, which have no status.
 */
export function describeTaskStatus(node: {
  state?: TaskState | undefined;
  health?: TargetHealth | undefined;
}): string | undefined {
  if (!node.state) return undefined;
  const health = node.health ? `, ${HEALTH_WORDS[node.health]}` : "";
  return `${TASK_STATE_WORDS[node.state]}${health}`;
}

export interface GraphNode extends DiagramNode {
  /** The group it is drawn in. */
  parentId?: string;
  /** Tasks only, when the lab says. */
  state?: TaskState;
  health?: TargetHealth;
}

export interface GraphEdge extends DiagramEdge {
  /** The edge id in the content this one came from (`route` for `route-task-3`). */
  from: string;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Ids of the task nodes, in order. */
  tasks: string[];
  /** Ids of the EC2 instance nodes (none on Fargate). */
  instances: string[];
  /** The zone each task runs in. */
  zoneOf: Record<string, Zone>;
  /** Which instance each task runs on (EC2 only). */
  placement: Record<string, string>;
}

/** Clamps a desired count to what the diagram draws (1–10). */
export function clampCount(count: number): number {
  if (!Number.isFinite(count)) return MIN_TASKS;
  return Math.min(MAX_TASKS, Math.max(MIN_TASKS, Math.round(count)));
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/**
 * The nodes and edges shown for a launch type and desired task count: tasks alternate between
 * the two zones, as ECS spreads a service over the zones of its subnets, and on EC2 each runs
 * on the instance in its zone.
 */
export function buildGraph(content: DiagramContent, options: GraphOptions): Graph {
  const snapshots: TaskSnapshot[] =
    options.tasks ??
    Array.from({ length: clampCount(options.desiredCount) }, (_, i) => ({
      zone: ZONES[i % ZONES.length]!,
      state: "running" as const,
    }));
  const ec2 = options.launchType === "ec2";
  const instances = ec2 ? ZONES.map((_, i) => `instance-${i + 1}`) : [];
  const instanceIn = (zone: Zone) => `instance-${ZONES.indexOf(zone) + 1}`;

  const absent = new Set(options.absent);
  const nodes: GraphNode[] = [];
  for (const [id, node] of Object.entries(content.nodes)) {
    if (absent.has(id)) continue;
    const words = id === "compute" && ec2 ? content.computeEc2 : node;
    nodes.push({ id, ...words, ...withParent(parentOf(id)) });
  }
  instances.forEach((id, i) => {
    nodes.push({
      id,
      ...content.instance,
      label: fill(content.instance.label, { n: String(i + 1) }),
      parentId: `private-${ZONES[i]}`,
    });
  });
  const tasks: string[] = [];
  const zoneOf: Record<string, Zone> = {};
  const placement: Record<string, string> = {};
  snapshots.forEach((snapshot, i) => {
    const id = `task-${i + 1}`;
    tasks.push(id);
    zoneOf[id] = snapshot.zone;
    if (ec2) placement[id] = instanceIn(snapshot.zone);
    const where = ec2
      ? `placed by ECS on EC2 instance ${ZONES.indexOf(snapshot.zone) + 1}`
      : "on its own Fargate capacity";
    nodes.push({
      id,
      ...content.task,
      label: fill(content.task.label, { n: String(i + 1) }),
      explanation: fill(content.task.explanation, { where }),
      parentId: ec2
        ? instanceIn(snapshot.zone)
        : `${snapshot.subnet ?? "private"}-${snapshot.zone}`,
      ...(options.tasks ? { state: snapshot.state } : {}),
      ...(snapshot.health ? { health: snapshot.health } : {}),
    });
  });

  const drawn = content.edges.filter(
    (edge) => !absent.has(edge.source) && !absent.has(edge.target),
  );
  const edges: GraphEdge[] = drawn.flatMap((edge) =>
    edge.target === "tasks"
      ? tasks.map((task, i) => ({
          id: `${edge.id}-${task}`,
          source: edge.source,
          target: task,
          from: edge.id,
          // One label is enough for a fan of lines.
          ...(edge.label && i === 0 ? { label: edge.label } : {}),
        }))
      : [{ ...edge, from: edge.id }],
  );
  return { nodes, edges, tasks, instances, zoneOf, placement };
}

function withParent(parentId: string | undefined) {
  return parentId ? { parentId } : {};
}

/** Parses `?step=N` (1-based; 0 means no step selected). Anything invalid is 0. */
export function parseStep(value: string | null | undefined, stepCount: number): number {
  if (!value || !/^\d+$/.test(value)) return 0;
  const step = Number(value);
  return step >= 1 && step <= stepCount ? step : 0;
}

/**
 * The nodes and edges a walk (a step or a flow) lights up, with `tasks` expanded to every
 * task and instance and each content edge to the edges drawn for it.
 */
export function walkElements(
  walk: DiagramWalk | undefined,
  graph: Graph,
): { nodes: Set<string>; edges: Set<string> } {
  if (!walk) return { nodes: new Set(), edges: new Set() };
  const nodes = new Set<string>();
  for (const id of walk.nodes) {
    if (id === "tasks") {
      graph.tasks.forEach((t) => nodes.add(t));
      graph.instances.forEach((i) => nodes.add(i));
    } else {
      nodes.add(id);
    }
  }
  const wanted = new Set(walk.edges);
  const edges = new Set(graph.edges.filter((e) => wanted.has(e.from)).map((e) => e.id));
  return { nodes, edges };
}

/** The nodes and edges workflow step `step` (1-based) lights up; step 0 lights nothing. */
export function activeElements(content: DiagramContent, step: number, graph: Graph) {
  return walkElements(content.steps[step - 1], graph);
}

/** What ECS does when the desired count is set, said the way the caption says it. */
export function narrateScale(count: number, launchType: LaunchType): string {
  const n = clampCount(count);
  const tasks = n === 1 ? "1 task" : `${n} tasks`;
  const where =
    launchType === "fargate"
      ? "spreads them over both Availability Zones, and Fargate provides the compute for each one"
      : `places them on your ${EC2_INSTANCES} EC2 instances, one per zone, which must have room for them`;
  return `Desired count ${n}: ECS starts or stops tasks until ${tasks} run, ${where}. The load balancer sends traffic to every healthy task.`;
}

/** Checks a graph: unique ids, and edges that join existing nodes. Returns the problems. */
export function validateGraph(graph: Pick<Graph, "nodes" | "edges">): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const node of graph.nodes) {
    if (ids.has(node.id)) problems.push(`duplicate node id "${node.id}"`);
    ids.add(node.id);
  }
  const edgeIds = new Set<string>();
  for (const edge of graph.edges) {
    if (edgeIds.has(edge.id)) problems.push(`duplicate edge id "${edge.id}"`);
    edgeIds.add(edge.id);
    for (const end of [edge.source, edge.target]) {
      if (!ids.has(end)) problems.push(`edge "${edge.id}" points at missing node "${end}"`);
    }
  }
  for (const node of graph.nodes) {
    if (node.parentId && !ids.has(node.parentId))
      problems.push(`node "${node.id}" sits in missing group "${node.parentId}"`);
  }
  return problems;
}
