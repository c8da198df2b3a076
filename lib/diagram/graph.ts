/**
 * The architecture diagram as data: what a student explores on the lesson page. Pure
 * TypeScript; components/diagram draws it with React Flow. Facts come from shared/facts.md.
 * If you rename a lesson heading, update the `link` anchors here (a unit test checks them).
 */

export type LaunchType = "fargate" | "ec2";

export type NodeKind = "actor" | "artifact" | "service" | "context" | "compute" | "task";

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
  label: string;
}

export interface DiagramStep {
  id: string;
  title: string;
  narration: string;
  nodes: string[];
  edges: string[];
}

const LESSON = "/lessons/ecs-fargate-ecr-in-depth";

/** The nodes every view has. Tasks and EC2 instances are added by `buildGraph`. */
export const BASE_NODES: DiagramNode[] = [
  {
    id: "developer",
    label: "Developer",
    kind: "actor",
    explanation: "Writes the application and a Dockerfile, then builds an image from them.",
    facts: ["Builds with `docker build -t hello-web:1.0 .`", "Tags name versions, such as 1.0"],
    link: `${LESSON}#the-workflow-from-code-to-users`,
  },
  {
    id: "image",
    label: "Docker image",
    kind: "artifact",
    explanation: "A packaged, read-only template: the code plus everything it needs to run.",
    facts: [
      "Every image has an unchangeable sha256 digest",
      "Leave out the tag and Docker assumes latest",
    ],
    link: "/lessons/containers-on-aws#a-quick-recap-of-docker",
  },
  {
    id: "ecr",
    label: "Amazon ECR repository",
    kind: "service",
    explanation:
      "A private registry in your account that stores images and controls who can push and pull them.",
    facts: [
      "Private by default: only the owning account has access",
      "A login token lasts 12 hours, for one registry",
      "Tag immutability stops a tag from being overwritten",
      "Scanning finds known vulnerabilities",
    ],
    link: `${LESSON}#amazon-ecr-more-than-storage`,
  },
  {
    id: "ecs",
    label: "Amazon ECS service",
    kind: "service",
    explanation:
      "Runs tasks from a task definition and keeps the desired number of them running, in a cluster.",
    facts: [
      "A service replaces tasks that stop or fail health checks",
      "ECS itself has no orchestration charge",
      "Each change to a task definition is a new revision",
    ],
    link: `${LESSON}#the-building-blocks-of-ecs`,
  },
  {
    id: "iam",
    label: "IAM",
    kind: "context",
    explanation:
      "Permissions: the task execution role lets ECS pull images and write logs; the task role is for your code.",
    facts: ["Both roles trust ecs-tasks.amazonaws.com", "The task role does not pull images"],
    link: `${LESSON}#the-building-blocks-of-ecs`,
  },
  {
    id: "vpc",
    label: "VPC",
    kind: "context",
    explanation:
      "The network: with awsvpc, every task gets its own network interface and private IP address.",
    facts: [
      "Security groups apply per task",
      "Private subnets need NAT or VPC endpoints to reach ECR",
    ],
    link: `${LESSON}#aws-fargate-serverless-compute-for-containers`,
  },
  {
    id: "elb",
    label: "Elastic Load Balancer",
    kind: "service",
    explanation: "Spreads user requests over the healthy tasks registered in its target group.",
    facts: [
      "Fargate tasks are registered by IP: target type ip",
      "Classic Load Balancers do not work with Fargate",
    ],
    link: `${LESSON}#the-architecture`,
  },
  {
    id: "users",
    label: "Users",
    kind: "actor",
    explanation: "People using the application. Their requests reach the load balancer, never ECR.",
    facts: ["They see one address: the load balancer's"],
    link: `${LESSON}#the-architecture`,
  },
];

/** The box that holds the tasks: Fargate (AWS manages it) or EC2 (you manage it). */
export const COMPUTE_NODES: Record<LaunchType, DiagramNode> = {
  fargate: {
    id: "compute",
    label: "AWS Fargate: AWS manages the servers",
    kind: "compute",
    explanation:
      "Serverless compute: AWS runs each task on capacity it manages. You choose CPU and memory; there are no instances for you to patch or scale.",
    facts: [
      "Billed for requested vCPU and memory, per second, 1-minute minimum on Linux",
      "Only certain CPU and memory pairs are valid",
      "Tasks share no kernel, CPU, memory or network interface",
    ],
    link: `${LESSON}#aws-fargate-serverless-compute-for-containers`,
  },
  ec2: {
    id: "compute",
    label: "EC2 container instances: you manage",
    kind: "compute",
    explanation:
      "With the EC2 launch type, you provision the instances, keep their machine image patched and scale them; ECS places tasks on them.",
    facts: ["You manage instances, AMI, patching and scaling", "AWS manages the ECS control plane"],
    link: `${LESSON}#launch-types-ec2-or-fargate`,
  },
};

export const EDGES: DiagramEdge[] = [
  { id: "build", source: "developer", target: "image", label: "build" },
  { id: "push", source: "image", target: "ecr", label: "push" },
  { id: "pull", source: "ecr", target: "compute", label: "pull image" },
  { id: "run", source: "ecs", target: "compute", label: "run tasks" },
  { id: "register", source: "ecs", target: "elb", label: "register targets" },
  { id: "route", source: "elb", target: "compute", label: "route traffic" },
  { id: "request", source: "users", target: "elb", label: "requests" },
  { id: "permissions", source: "iam", target: "ecs", label: "permissions" },
  { id: "network", source: "vpc", target: "compute", label: "network" },
];

export const STEPS: DiagramStep[] = [
  {
    id: "build",
    title: "Build",
    narration: "The developer builds a Docker image of the application on their machine.",
    nodes: ["developer", "image"],
    edges: ["build"],
  },
  {
    id: "push",
    title: "Push",
    narration:
      "The image is tagged with the repository's address and pushed to Amazon ECR, which stores it privately.",
    nodes: ["image", "ecr"],
    edges: ["push"],
  },
  {
    id: "deploy",
    title: "Deploy",
    narration:
      "An ECS service starts tasks from the task definition; using the execution role from IAM, each task pulls its image from ECR.",
    nodes: ["ecs", "iam", "ecr", "compute", "tasks"],
    edges: ["run", "pull", "permissions"],
  },
  {
    id: "run",
    title: "Run & scale",
    narration:
      "ECS keeps the desired number of tasks running, replaces any that fail, and registers each task with the load balancer.",
    nodes: ["ecs", "compute", "tasks", "elb", "vpc"],
    edges: ["run", "register", "network"],
  },
  {
    id: "request",
    title: "Serve users",
    narration:
      "Users send requests to the load balancer, which forwards each one to a healthy task.",
    nodes: ["users", "elb", "compute", "tasks"],
    edges: ["request", "route"],
  },
];

export const MIN_TASKS = 1;
export const MAX_TASKS = 10;
/** EC2 instances drawn in EC2 mode. */
export const EC2_INSTANCES = 2;

export interface GraphOptions {
  launchType: LaunchType;
  desiredCount: number;
}

export interface Graph {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Ids of the task nodes, in order. */
  tasks: string[];
  /** Ids of the EC2 instance nodes (none on Fargate). */
  instances: string[];
  /** Which instance each task runs on (EC2 only). */
  placement: Record<string, string>;
}

/** Clamps a desired count to what the diagram draws (1–10). */
export function clampCount(count: number): number {
  if (!Number.isFinite(count)) return MIN_TASKS;
  return Math.min(MAX_TASKS, Math.max(MIN_TASKS, Math.round(count)));
}

/** The nodes and edges shown for a launch type and desired task count. */
export function buildGraph({ launchType, desiredCount }: GraphOptions): Graph {
  const count = clampCount(desiredCount);
  const tasks = Array.from({ length: count }, (_, i) => `task-${i + 1}`);
  const instances =
    launchType === "ec2"
      ? Array.from({ length: EC2_INSTANCES }, (_, i) => `instance-${i + 1}`)
      : [];
  const placement: Record<string, string> = {};
  tasks.forEach((task, i) => {
    if (instances.length > 0) placement[task] = instances[i % instances.length]!;
  });
  const taskNode = (id: string, i: number): DiagramNode => ({
    id,
    label: `Task ${i + 1}`,
    kind: "task",
    explanation: `One running copy of the task definition${launchType === "ec2" ? `, placed by ECS on ${placement[id]?.replace("instance-", "instance ")}` : ", on its own Fargate capacity"}. It has its own IP address in the VPC.`,
    facts: ["A task can hold up to 10 containers", "Containers in a task share localhost"],
    link: `${LESSON}#the-building-blocks-of-ecs`,
  });
  const instanceNode = (id: string, i: number): DiagramNode => ({
    id,
    label: `EC2 instance ${i + 1} (you manage)`,
    kind: "compute",
    explanation:
      "A container instance you provision, patch and scale. The ECS agent on it reports to ECS and starts tasks when asked.",
    facts: ["You choose its type and keep it patched", "Several tasks can share one instance"],
    link: `${LESSON}#launch-types-ec2-or-fargate`,
  });
  return {
    nodes: [
      ...BASE_NODES,
      COMPUTE_NODES[launchType],
      ...instances.map(instanceNode),
      ...tasks.map(taskNode),
    ],
    edges: EDGES,
    tasks,
    instances,
    placement,
  };
}

/** Parses `?step=N` (1-based; 0 means no step selected). Anything invalid is 0. */
export function parseStep(value: string | null | undefined): number {
  if (!value || !/^\d+$/.test(value)) return 0;
  const step = Number(value);
  return step >= 1 && step <= STEPS.length ? step : 0;
}

/**
 * The nodes and edges a step lights up, with the task and instance nodes expanded from
 * the `tasks` placeholder. Step 0 (overview) lights nothing.
 */
export function activeElements(
  step: number,
  graph: Graph,
): { nodes: Set<string>; edges: Set<string> } {
  const current = STEPS[step - 1];
  if (!current) return { nodes: new Set(), edges: new Set() };
  const nodes = new Set<string>();
  for (const id of current.nodes) {
    if (id === "tasks") {
      graph.tasks.forEach((t) => nodes.add(t));
      graph.instances.forEach((i) => nodes.add(i));
    } else {
      nodes.add(id);
    }
  }
  return { nodes, edges: new Set(current.edges) };
}

/** What ECS does when the desired count is set, said the way the caption says it. */
export function narrateScale(count: number, launchType: LaunchType): string {
  const n = clampCount(count);
  const tasks = n === 1 ? "1 task" : `${n} tasks`;
  const where =
    launchType === "fargate"
      ? "Fargate provides the compute for each one"
      : `it places them on your ${EC2_INSTANCES} EC2 instances, which must have room for them`;
  return `Desired count ${n}: ECS starts or stops tasks until ${tasks} run, and ${where}. The load balancer sends traffic to every healthy task.`;
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
  for (const step of STEPS) {
    for (const id of step.edges) {
      if (!edgeIds.has(id)) problems.push(`step "${step.id}" uses missing edge "${id}"`);
    }
    for (const id of step.nodes) {
      if (id !== "tasks" && !ids.has(id))
        problems.push(`step "${step.id}" uses missing node "${id}"`);
    }
  }
  return problems;
}
