import type { GraphOptions, TargetHealth, TaskSnapshot, TaskState } from "../diagram/graph";
import { ZONES, type Zone } from "../diagram/topology";
import { isPublicSubnet } from "./network";
import type { LabState, TaskStatus } from "./types";

/** How the diagram draws each of ECS's task statuses. */
const STATES: Record<TaskStatus, TaskState> = {
  PROVISIONING: "pending",
  PENDING: "pending",
  ACTIVATING: "pending",
  RUNNING: "running",
  DEACTIVATING: "stopping",
  STOPPING: "stopping",
  DEPROVISIONING: "stopping",
  STOPPED: "stopped",
};

/** The diagram's zone for an Availability Zone ("us-east-1b" is "b"), if the diagram has it. */
function zoneOf(availabilityZone: string): Zone | undefined {
  const letter = availabilityZone.slice(-1);
  return (ZONES as readonly string[]).includes(letter) ? (letter as Zone) : undefined;
}

/**
 * The diagram's boxes for resources the learner creates, and whether the account has each.
 * The rest (the VPC, its subnets and internet gateway, which the lab starts with, and the
 * people and the image on the laptop) are always drawn.
 */
function absentResources(account: LabState["account"]): string[] {
  const subnetZone = (subnetId: string) => {
    const subnet = account.subnets.find((s) => s.SubnetId === subnetId);
    return subnet && zoneOf(subnet.AvailabilityZone);
  };
  const natIn = (zone: Zone) =>
    account.natGateways.some((n) => n.State !== "deleted" && subnetZone(n.SubnetId) === zone);
  const present: Record<string, boolean> = {
    ecr: account.repositories.length > 0,
    iam: account.roles.length > 0,
    logs: account.logGroups.length > 0,
    ecs: account.services.some((s) => s.status !== "INACTIVE"),
    alb: account.loadBalancers.length > 0,
    ...Object.fromEntries(ZONES.map((zone) => [`nat-${zone}`, natIn(zone)])),
  };
  return Object.keys(present).filter((id) => !present[id]);
}

/**
 * What the architecture diagram draws for the lab's account: what the learner has created so
 * far, and its tasks, each in its zone's public or private subnet (as the subnet's route table
 * makes it), with its status and what the load balancer's health checks say about it. Draw it
 * with `buildGraph(content, accountDiagram(state))`.
 */
export function accountDiagram(state: LabState): GraphOptions {
  const health = new Map<string, TaskSnapshot["health"]>();
  for (const group of state.account.targetGroups) {
    for (const target of group.Targets) {
      if (!target.taskArn) continue;
      if (target.State === "initial" || target.State === "healthy" || target.State === "unhealthy")
        health.set(target.taskArn, target.State);
    }
  }
  const tasks: TaskSnapshot[] = state.account.tasks.map((task) => {
    const zone = zoneOf(task.availabilityZone) ?? "a";
    const targetHealth = health.get(task.taskArn);
    const subnet = state.account.subnets.find((s) => s.SubnetId === task.subnetId);
    return {
      zone,
      subnet: subnet && isPublicSubnet(state.account, subnet) ? "public" : "private",
      state: STATES[task.lastStatus],
      ...(targetHealth ? { health: targetHealth } : {}),
    };
  });
  return {
    launchType: "fargate",
    desiredCount: tasks.length,
    tasks,
    absent: absentResources(state.account),
  };
}

// In the order a sentence gives them: what serves first.
const STATE_WORDS: [TaskState, string][] = [
  ["running", "running"],
  ["pending", "starting"],
  ["stopping", "stopping"],
  ["stopped", "stopped"],
];
const HEALTH_WORDS: [TargetHealth, string][] = [
  ["healthy", "healthy"],
  ["initial", "being checked"],
  ["unhealthy", "unhealthy"],
];

/** "1 running, 1 starting": how many of `values` are each key, in the order of `words`. */
function tally<K>(words: [K, string][], values: (K | undefined)[]): string {
  return words
    .map(([key, word]) => ({ n: values.filter((value) => value === key).length, word }))
    .filter(({ n }) => n > 0)
    .map(({ n, word }) => `${n} ${word}`)
    .join(", ");
}

/**
 * The account's tasks in one sentence, under its diagram: how many in each state, and what the
 * load balancer says of them ("2 tasks: 1 running, 1 starting. Targets: 1 healthy.").
 */
export function describeAccountDiagram(options: GraphOptions): string {
  const tasks = options.tasks ?? [];
  if (tasks.length === 0) {
    return "No tasks yet: when a service starts them, they appear in its subnets.";
  }
  const states = tally(
    STATE_WORDS,
    tasks.map((task) => task.state),
  );
  const health = tally(
    HEALTH_WORDS,
    tasks.map((task) => task.health),
  );
  const head = `${tasks.length} ${tasks.length === 1 ? "task" : "tasks"}: ${states}.`;
  return health ? `${head} Targets: ${health}.` : head;
}
