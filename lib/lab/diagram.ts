import type { GraphOptions, TaskSnapshot, TaskState } from "../diagram/graph";
import { ZONES, type Zone } from "../diagram/topology";
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

/**
 * What the architecture diagram draws for the lab's account: its tasks, each in the zone of
 * its subnet, with its status and what the load balancer's health checks say about it. Draw
 * it with `buildGraph(content, accountDiagram(state))`.
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
    const letter = task.availabilityZone.slice(-1);
    const zone: Zone = (ZONES as readonly string[]).includes(letter) ? (letter as Zone) : "a";
    const targetHealth = health.get(task.taskArn);
    return {
      zone,
      state: STATES[task.lastStatus],
      ...(targetHealth ? { health: targetHealth } : {}),
    };
  });
  return { launchType: "fargate", desiredCount: tasks.length, tasks };
}
