import { readFileSync } from "node:fs";
import path from "node:path";

import GithubSlugger from "github-slugger";
import { describe, expect, it } from "vitest";

import {
  activeElements,
  buildGraph,
  clampCount,
  MAX_TASKS,
  narrateScale,
  parseStep,
  STEPS,
  validateGraph,
} from "@/lib/diagram/graph";

describe("buildGraph", () => {
  it("is a valid graph for every launch type and count", () => {
    for (const launchType of ["fargate", "ec2"] as const) {
      for (let count = 1; count <= MAX_TASKS; count++) {
        expect(validateGraph(buildGraph({ launchType, desiredCount: count }))).toEqual([]);
      }
    }
  });

  it("draws one task node per desired task, clamped to 1–10", () => {
    expect(buildGraph({ launchType: "fargate", desiredCount: 3 }).tasks).toEqual([
      "task-1",
      "task-2",
      "task-3",
    ]);
    expect(buildGraph({ launchType: "fargate", desiredCount: 99 }).tasks).toHaveLength(10);
    expect(buildGraph({ launchType: "fargate", desiredCount: 0 }).tasks).toHaveLength(1);
    expect(clampCount(Number.NaN)).toBe(1);
  });

  it("shows EC2 instances you manage only with the EC2 launch type", () => {
    const fargate = buildGraph({ launchType: "fargate", desiredCount: 4 });
    expect(fargate.instances).toEqual([]);
    expect(fargate.nodes.find((n) => n.id === "compute")?.label).toMatch(/AWS manages/);

    const ec2 = buildGraph({ launchType: "ec2", desiredCount: 4 });
    expect(ec2.instances).toEqual(["instance-1", "instance-2"]);
    expect(ec2.nodes.find((n) => n.id === "instance-1")?.label).toMatch(/you manage/);
    expect(ec2.placement).toEqual({
      "task-1": "instance-1",
      "task-2": "instance-2",
      "task-3": "instance-1",
      "task-4": "instance-2",
    });
  });
});

describe("validateGraph", () => {
  it("reports duplicate ids and edges to nowhere", () => {
    const graph = buildGraph({ launchType: "fargate", desiredCount: 1 });
    const broken = {
      nodes: [...graph.nodes, graph.nodes[0]!],
      edges: [...graph.edges, { id: "x", source: "developer", target: "mars", label: "?" }],
    };
    expect(validateGraph(broken)).toEqual([
      'duplicate node id "developer"',
      'edge "x" points at missing node "mars"',
    ]);
  });
});

describe("steps", () => {
  it("go Build → Push → Deploy → Run & scale, then the request path", () => {
    expect(STEPS.map((s) => s.title)).toEqual([
      "Build",
      "Push",
      "Deploy",
      "Run & scale",
      "Serve users",
    ]);
  });

  it("light up their nodes and edges, with every task for the tasks placeholder", () => {
    const graph = buildGraph({ launchType: "ec2", desiredCount: 3 });
    const push = activeElements(2, graph);
    expect([...push.nodes]).toEqual(["image", "ecr"]);
    expect([...push.edges]).toEqual(["push"]);
    const run = activeElements(4, graph);
    expect(run.nodes).toEqual(
      new Set([
        "ecs",
        "compute",
        "task-1",
        "task-2",
        "task-3",
        "instance-1",
        "instance-2",
        "elb",
        "vpc",
      ]),
    );
    expect(activeElements(0, graph).nodes.size).toBe(0);
  });

  it("come from the URL, and a bad value means no step", () => {
    expect(parseStep("2")).toBe(2);
    expect(parseStep(String(STEPS.length))).toBe(STEPS.length);
    for (const bad of [null, "", "0", "-1", "2.5", "abc", "99"]) expect(parseStep(bad)).toBe(0);
  });
});

describe("narrateScale", () => {
  it("says what ECS does for the count and launch type", () => {
    expect(narrateScale(1, "fargate")).toMatch(/until 1 task run, and Fargate provides/);
    expect(narrateScale(5, "ec2")).toMatch(/until 5 tasks run.*EC2 instances/);
  });
});

describe("links", () => {
  it("point at headings that exist in the lessons", () => {
    const graph = buildGraph({ launchType: "ec2", desiredCount: 2 });
    const root = path.resolve(__dirname, "../../..");
    const files: Record<string, string> = {
      "containers-on-aws": "content/01-foundations/01-containers-on-aws.mdx",
      "ecs-fargate-ecr-in-depth": "content/01-foundations/02-ecs-fargate-ecr-in-depth.mdx",
    };
    for (const node of graph.nodes) {
      const [, slug, id] = /^\/lessons\/([^#]+)#(.+)$/.exec(node.link) ?? [];
      const source = readFileSync(path.join(root, files[slug!]!), "utf8");
      const slugger = new GithubSlugger();
      const ids = [...source.matchAll(/^#{2,4}\s+(.+)$/gm)].map((m) => slugger.slug(m[1]!));
      expect(ids, node.id).toContain(id);
    }
  });
});
