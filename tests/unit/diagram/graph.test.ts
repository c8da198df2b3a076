import { describe, expect, it } from "vitest";

import { getContentPaths } from "@/lib/content";
import {
  activeElements,
  buildGraph,
  clampCount,
  MAX_TASKS,
  narrateScale,
  parseStep,
  validateGraph,
  walkElements,
} from "@/lib/diagram/graph";
import { loadDiagramContent } from "@/lib/diagram/load";

const content = loadDiagramContent(getContentPaths());

describe("buildGraph", () => {
  it("is a valid graph for every launch type and count", () => {
    for (const launchType of ["fargate", "ec2"] as const) {
      for (let count = 1; count <= MAX_TASKS; count++) {
        expect(validateGraph(buildGraph(content, { launchType, desiredCount: count }))).toEqual([]);
      }
    }
  });

  it("draws one task node per desired task, clamped to 1–10", () => {
    expect(buildGraph(content, { launchType: "fargate", desiredCount: 3 }).tasks).toEqual([
      "task-1",
      "task-2",
      "task-3",
    ]);
    expect(buildGraph(content, { launchType: "fargate", desiredCount: 99 }).tasks).toHaveLength(10);
    expect(buildGraph(content, { launchType: "fargate", desiredCount: 0 }).tasks).toHaveLength(1);
    expect(clampCount(Number.NaN)).toBe(1);
  });

  it("spreads tasks over the two zones, in the private subnets", () => {
    const graph = buildGraph(content, { launchType: "fargate", desiredCount: 5 });
    expect(graph.zoneOf).toEqual({
      "task-1": "a",
      "task-2": "b",
      "task-3": "a",
      "task-4": "b",
      "task-5": "a",
    });
    const parents = graph.nodes.filter((n) => n.kind === "task").map((n) => n.parentId);
    expect(parents).toEqual(["private-a", "private-b", "private-a", "private-b", "private-a"]);
  });

  it("shows EC2 instances you manage, one per zone, only with the EC2 launch type", () => {
    const fargate = buildGraph(content, { launchType: "fargate", desiredCount: 4 });
    expect(fargate.instances).toEqual([]);
    expect(fargate.nodes.find((n) => n.id === "compute")).toMatchObject({
      label: "AWS Fargate",
      explanation: expect.stringMatching(/capacity it manages/),
    });

    const ec2 = buildGraph(content, { launchType: "ec2", desiredCount: 4 });
    expect(ec2.instances).toEqual(["instance-1", "instance-2"]);
    expect(ec2.nodes.find((n) => n.id === "instance-1")).toMatchObject({
      label: "EC2 instance 1 (you manage)",
      parentId: "private-a",
    });
    expect(ec2.nodes.find((n) => n.id === "compute")?.label).toMatch(/you manage/);
    expect(ec2.placement).toEqual({
      "task-1": "instance-1",
      "task-2": "instance-2",
      "task-3": "instance-1",
      "task-4": "instance-2",
    });
  });

  it("draws the AWS groups inside one another: cloud > Region > VPC > zone > subnet", () => {
    const graph = buildGraph(content, { launchType: "fargate", desiredCount: 2 });
    const parent = (id: string) => graph.nodes.find((n) => n.id === id)?.parentId;
    expect(parent("nat-a")).toBe("public-a");
    expect(parent("public-a")).toBe("az-a");
    expect(parent("az-a")).toBe("vpc");
    expect(parent("vpc")).toBe("region");
    expect(parent("ecr")).toBe("region");
    expect(parent("region")).toBe("cloud");
    expect(parent("users")).toBeUndefined();
    expect(parent("developer")).toBeUndefined();
  });

  it("fans an edge to `tasks` out to every task, labelled once", () => {
    const graph = buildGraph(content, { launchType: "fargate", desiredCount: 3 });
    const route = graph.edges.filter((e) => e.from === "route");
    expect(route.map((e) => e.target)).toEqual(["task-1", "task-2", "task-3"]);
  });

  it("draws the lab's tasks with their state and health", () => {
    const graph = buildGraph(content, {
      launchType: "fargate",
      desiredCount: 1,
      tasks: [
        { zone: "b", state: "pending" },
        { zone: "a", state: "running", health: "unhealthy" },
      ],
    });
    expect(graph.nodes.filter((n) => n.kind === "task")).toMatchObject([
      { id: "task-1", parentId: "private-b", state: "pending" },
      { id: "task-2", parentId: "private-a", state: "running", health: "unhealthy" },
    ]);
  });
});

describe("validateGraph", () => {
  it("reports duplicate ids and edges to nowhere", () => {
    const graph = buildGraph(content, { launchType: "fargate", desiredCount: 1 });
    const broken = {
      nodes: [...graph.nodes, graph.nodes[0]!],
      edges: [...graph.edges, { id: "x", source: "developer", target: "mars", from: "x" }],
    };
    expect(validateGraph(broken)).toEqual([
      'duplicate node id "developer"',
      'edge "x" points at missing node "mars"',
    ]);
  });
});

describe("steps and flows", () => {
  it("go Build → Push → Deploy → Run & scale, then the request path", () => {
    expect(content.steps.map((s) => s.title)).toEqual([
      "Build",
      "Push",
      "Deploy",
      "Run & scale",
      "Serve users",
    ]);
  });

  it("light up their nodes and edges, with every task for the tasks placeholder", () => {
    const graph = buildGraph(content, { launchType: "ec2", desiredCount: 3 });
    const push = activeElements(content, 2, graph);
    expect([...push.nodes]).toEqual(["image", "ecr"]);
    expect([...push.edges]).toEqual(["push"]);
    const run = activeElements(content, 4, graph);
    expect(run.nodes).toEqual(
      new Set([
        "ecs",
        "compute",
        "task-1",
        "task-2",
        "task-3",
        "instance-1",
        "instance-2",
        "alb",
        "vpc",
      ]),
    );
    expect(activeElements(content, 0, graph).nodes.size).toBe(0);
  });

  it("follow the request from the user to every healthy target, and the image to the tasks", () => {
    const graph = buildGraph(content, { launchType: "fargate", desiredCount: 2 });
    const request = walkElements(
      content.flows.find((f) => f.id === "request"),
      graph,
    );
    expect([...request.nodes]).toEqual(["users", "igw", "alb", "task-1", "task-2"]);
    expect([...request.edges]).toEqual(["request", "ingress", "route-task-1", "route-task-2"]);
    const image = walkElements(
      content.flows.find((f) => f.id === "image"),
      graph,
    );
    expect(image.nodes).toContain("iam");
    expect(image.edges).toContain("pull");
  });

  it("come from the URL, and a bad value means no step", () => {
    const n = content.steps.length;
    expect(parseStep("2", n)).toBe(2);
    expect(parseStep(String(n), n)).toBe(n);
    for (const bad of [null, "", "0", "-1", "2.5", "abc", "99"]) expect(parseStep(bad, n)).toBe(0);
  });
});

describe("narrateScale", () => {
  it("says what ECS does for the count and launch type", () => {
    expect(narrateScale(1, "fargate")).toMatch(/until 1 task run, spreads them/);
    expect(narrateScale(5, "ec2")).toMatch(/until 5 tasks run.*EC2 instances/);
  });
});
