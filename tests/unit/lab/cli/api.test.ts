import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { getCommand, getShape, operationNames, serviceNames, xformName } from "@/lib/lab/cli";
import { getCloseMatches } from "@/lib/lab/cli/difflib";
import { buildLabApi } from "@/scripts/generate-lab-api";

const root = fileURLToPath(new URL("../../../../", import.meta.url));

describe("aws-api.json", () => {
  it("is what the generator makes from the installed models", () => {
    const committed: unknown = JSON.parse(readFileSync(`${root}lib/lab/cli/aws-api.json`, "utf8"));
    expect(committed).toEqual(buildLabApi(root));
  });

  it("has the brief's services and their operations", () => {
    expect(serviceNames()).toEqual([
      "application-autoscaling",
      "ec2",
      "ecr",
      "ecs",
      "elbv2",
      "iam",
      "logs",
      "sts",
    ]);
    expect(operationNames("ecr")).toContain("get-login-password");
    expect(operationNames("logs")).toContain("tail");
  });

  it("resolves enums through the typings", () => {
    const flag = getCommand("ecs", "create-service")?.flags.find((f) => f.flag === "launch-type");
    expect(getShape("ecs", flag?.shape ?? "")?.enum).toEqual(["EC2", "FARGATE", "EXTERNAL"]);
  });

  it("marks required members and drops idempotency tokens from them", () => {
    expect(
      getCommand("ecs", "create-service")
        ?.flags.filter((f) => f.required)
        .map((f) => f.flag),
    ).toEqual(["service-name"]);
    expect(
      getCommand("ec2", "create-nat-gateway")?.flags.find((f) => f.flag === "client-token")
        ?.required,
    ).toBe(false);
  });
});

describe("xformName", () => {
  it.each([
    ["CreateService", "create-service"],
    ["DNSName", "dns-name"],
    ["PolicyARN", "policy-arn"],
    ["LoadBalancerArns", "load-balancer-arns"],
    ["TargetGroupARNs", "target-group-arns"],
    ["enableECSManagedTags", "enable-ecs-managed-tags"],
    ["awsvpcConfiguration", "awsvpc-configuration"],
    ["DescribeVpcEndpoints", "describe-vpc-endpoints"],
    ["already-kebab", "already-kebab"],
  ])("%s → %s", (name, cli) => {
    expect(xformName(name, "-")).toBe(cli);
  });
});

describe("getCloseMatches (difflib)", () => {
  it.each([
    ["lis-clusters", ["list-clusters", "list-services", "delete-cluster"], 0.8, ["list-clusters"]],
    ["ecss", ["ecs", "ecr", "ec2"], 0.8, ["ecs"]],
    [
      "describe-service",
      ["describe-services", "describe-tasks", "delete-service"],
      0.6,
      ["describe-services", "delete-service", "describe-tasks"],
    ],
    ["zzz", ["ecs"], 0.6, []],
  ])("%s", (word, choices, cutoff, expected) => {
    expect(getCloseMatches(word, choices, 3, cutoff)).toEqual(expected);
  });
});
