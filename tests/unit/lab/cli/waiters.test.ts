import { describe, expect, it } from "vitest";

import {
  evaluateWaiter,
  waiterDelay,
  waiterMaxAttempts,
  waiterTimeoutMessage,
} from "@/lib/lab/cli";

const service = (over: Record<string, unknown>) => ({
  serviceName: "web",
  status: "ACTIVE",
  desiredCount: 2,
  runningCount: 2,
  deployments: [{ id: "d1" }],
  ...over,
});

describe("evaluateWaiter", () => {
  it.each([
    ["ServicesStable", { services: [service({})], failures: [] }, "success", undefined],
    [
      "ServicesStable",
      { services: [service({ runningCount: 1 })], failures: [] },
      "retry",
      undefined,
    ],
    [
      "ServicesStable",
      { services: [service({ deployments: [{}, {}] })], failures: [] },
      "retry",
      undefined,
    ],
    [
      "ServicesStable",
      { services: [], failures: [{ arn: "x", reason: "MISSING" }] },
      "failure",
      'Waiter ServicesStable failed: Waiter encountered a terminal failure state: For expression "failures[].reason" we matched expected path: "MISSING" at least once',
    ],
    [
      "ServicesStable",
      { services: [service({ status: "DRAINING" })], failures: [] },
      "failure",
      'Waiter ServicesStable failed: Waiter encountered a terminal failure state: For expression "services[].status" we matched expected path: "DRAINING" at least once',
    ],
    [
      "TasksRunning",
      { tasks: [{ lastStatus: "RUNNING" }, { lastStatus: "RUNNING" }], failures: [] },
      "success",
      undefined,
    ],
    ["TasksRunning", { tasks: [{ lastStatus: "PENDING" }], failures: [] }, "retry", undefined],
    ["TasksStopped", { tasks: [], failures: [] }, "retry", undefined],
    ["RoleExists", { Role: { RoleName: "r" } }, "success", undefined],
    ["RoleExists", { error: { code: "NoSuchEntity", message: "no" } }, "retry", undefined],
    [
      "ServicesStable",
      { error: { code: "ClusterNotFoundException", message: "Cluster not found." } },
      "failure",
      "Waiter ServicesStable failed: An error occurred (ClusterNotFoundException): Cluster not found.",
    ],
    ["LoadBalancersDeleted", { error: { code: "LoadBalancerNotFound" } }, "success", undefined],
    ["NatGatewayAvailable", { NatGateways: [{ State: "available" }] }, "success", undefined],
  ] as const)("%s on %j → %s", (name, response, state, message) => {
    const step = evaluateWaiter(name, response);
    expect(step.state).toBe(state);
    expect(step.message).toBe(message);
  });

  it("gives delay and attempts from the model", () => {
    expect([waiterDelay("ServicesStable"), waiterMaxAttempts("ServicesStable")]).toEqual([15, 40]);
    expect([waiterDelay("TasksRunning"), waiterMaxAttempts("TasksRunning")]).toEqual([6, 100]);
  });

  it("says when it ran out of attempts", () => {
    const step = evaluateWaiter("ServicesStable", {
      services: [service({ runningCount: 0 })],
      failures: [],
    });
    expect(waiterTimeoutMessage("ServicesStable", step)).toBe(
      "Waiter ServicesStable failed: Max attempts exceeded",
    );
    const retried = evaluateWaiter("RoleExists", { error: { code: "NoSuchEntity" } });
    expect(waiterTimeoutMessage("RoleExists", retried, true)).toBe(
      "Waiter RoleExists failed: Max attempts exceeded. Previously accepted state: Matched expected service error code: NoSuchEntity",
    );
  });
});
