import { describe, expect, it } from "vitest";

import { completeAws } from "@/lib/lab/cli";

describe("completeAws", () => {
  it.each([
    [["aws"], "e", ["ec2", "ecr", "ecs", "elbv2"]],
    [["aws"], "--reg", ["--region"]],
    [["aws", "--region", "us-east-1"], "ec", ["ec2", "ecr", "ecs"]],
    [
      ["aws", "ecs"],
      "list-",
      [
        "list-clusters",
        "list-task-definitions",
        "list-task-definition-families",
        "list-services",
        "list-tasks",
      ],
    ],
    [["aws", "ecs"], "w", ["wait"]],
    [["aws", "ecs", "wait"], "services-", ["services-stable", "services-inactive"]],
    [["aws", "ecs", "create-service"], "--launch", ["--launch-type"]],
    [["aws", "ecs", "create-service", "--launch-type"], "", ["EC2", "FARGATE", "EXTERNAL"]],
    [["aws", "ecs", "create-service", "--launch-type"], "F", ["FARGATE"]],
    [["aws", "ecs", "register-task-definition", "--cli-input-json"], "", ["file://"]],
    [["aws", "ecs", "create-service", "--cluster"], "f", ["file://", "fileb://"]],
    [["aws", "ecs", "list-clusters", "--output"], "t", ["text", "table"]],
    [["aws", "logs", "tail", "g", "--format"], "", ["detailed", "short", "json"]],
    [["aws", "ecs", "wait", "services-stable"], "--s", ["--services"]],
  ])("%j %j", (words, partial, expected) => {
    expect(completeAws(words, partial)).toEqual(expected);
  });

  it("offers required flags first and drops the ones already given", () => {
    const flags = completeAws(["aws", "ecs", "create-service", "--cluster", "c"], "--");
    expect(flags[0]).toBe("--service-name");
    expect(flags).not.toContain("--cluster");
    expect(
      completeAws(["aws", "ecs", "update-service", "--force-new-deployment"], "--no-force"),
    ).toEqual([]);
  });
});
