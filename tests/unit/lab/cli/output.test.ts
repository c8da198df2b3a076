import { describe, expect, it } from "vitest";

import { cliError, formatOutput } from "@/lib/lab/cli";

// Expected strings were printed by the AWS CLI v2.33 formatters for the same data.
const services = {
  services: [
    {
      serviceName: "web",
      status: "ACTIVE",
      desiredCount: 2,
      runningCount: 1,
      deployments: [{ id: "ecs-svc/1", status: "PRIMARY", rolloutState: "IN_PROGRESS" }],
      loadBalancers: [],
    },
  ],
  failures: [],
};

describe("formatOutput", () => {
  it("prints json with four spaces and non-ASCII kept", () => {
    const result = formatOutput(
      { clusterArns: ["arn:1", "ärn:2"], x: 1.5, y: true },
      { output: "json" },
    );
    expect(result).toEqual({
      ok: true,
      stdout:
        '{\n    "clusterArns": [\n        "arn:1",\n        "ärn:2"\n    ],\n    "x": 1.5,\n    "y": true\n}\n',
    });
  });

  it.each([
    ["text", services, "services[0].[serviceName,runningCount]", "web\t1\n"],
    ["json", services, "services[0].serviceName", '"web"\n'],
    ["text", services, "services[0].serviceName", "web\n"],
    [
      "text",
      services,
      undefined,
      "SERVICES\t2\t1\tweb\tACTIVE\nDEPLOYMENTS\tecs-svc/1\tIN_PROGRESS\tPRIMARY\n",
    ],
    ["json", {}, undefined, ""],
    ["text", {}, undefined, ""],
    ["table", {}, undefined, ""],
    ["json", { a: [] }, "a", "[]\n"],
    ["json", services, "nothing", "null\n"],
    ["text", { ids: ["subnet-a", "subnet-b"] }, "ids", "subnet-a\tsubnet-b\n"],
  ] as const)("%s with --query %s", (output, data, query, expected) => {
    const globals = query === undefined ? { output } : { output, query };
    const result = formatOutput(data, globals);
    expect(result).toEqual({ ok: true, stdout: expected });
  });

  it("draws the CLI's table, titled with the operation", () => {
    const result = formatOutput(services, { output: "table" }, { title: "DescribeServices" });
    expect(result).toEqual({
      ok: true,
      stdout:
        "-------------------------------------------------------------\n|                     DescribeServices                      |\n+-----------------------------------------------------------+\n||                        services                         ||\n|+--------------+----------------+---------------+---------+|\n|| desiredCount | runningCount   |  serviceName  | status  ||\n|+--------------+----------------+---------------+---------+|\n||  2           |  1             |  web          |  ACTIVE ||\n|+--------------+----------------+---------------+---------+|\n|||                      deployments                      |||\n||+----------------+----------------------+---------------+||\n|||       id       |    rolloutState      |    status     |||\n||+----------------+----------------------+---------------+||\n|||  ecs-svc/1     |  IN_PROGRESS         |  PRIMARY      |||\n||+----------------+----------------------+---------------+||\n",
    });
    expect(
      formatOutput(
        { clusterArns: ["arn:1", "arn:2"] },
        { output: "table" },
        { title: "ListClusters" },
      ),
    ).toEqual({
      ok: true,
      stdout:
        "---------------\n|ListClusters |\n+-------------+\n||clusterArns||\n|+-----------+|\n||  arn:1    ||\n||  arn:2    ||\n|+-----------+|\n",
    });
  });

  it("prints yaml", () => {
    expect(formatOutput({ a: [1, 2], b: "x" }, { output: "yaml" })).toEqual({
      ok: true,
      stdout: "a:\n  - 1\n  - 2\nb: x\n",
    });
    expect(formatOutput({ a: "x" }, { output: "yaml", query: "a" })).toEqual({
      ok: true,
      stdout: '"x"\n',
    });
  });

  it("rejects a bad --query with the CLI's message and exit code", () => {
    const result = formatOutput(services, { output: "json", query: "services[" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.exitCode).toBe(252);
      expect(result.stderr).toMatch(/^\nBad value for --query services\[: /);
    }
  });

  it("fails like the CLI when the query's function gets the wrong type", () => {
    const result = formatOutput({ a: 1 }, { output: "json", query: "length(a)" });
    expect(result).toMatchObject({ ok: false, exitCode: 255 });
  });
});

describe("cliError", () => {
  it("prints a service error as CLI v2 does", () => {
    expect(cliError("ClusterNotFoundException", "DescribeServices", "Cluster not found.")).toBe(
      "\nAn error occurred (ClusterNotFoundException) when calling the DescribeServices operation: Cluster not found.\n",
    );
  });
});
