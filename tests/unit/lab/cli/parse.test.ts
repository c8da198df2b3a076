import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseAwsCommand, USAGE } from "@/lib/lab/cli";

interface RecordedCase {
  argv: string[];
  exitCode: number;
  params?: Record<string, unknown>;
  stderr?: string;
  differs?: string;
}

const recorded = JSON.parse(
  readFileSync(
    fileURLToPath(
      new URL("../../../fixtures/lab-cli/aws-cli-v2-command-lines.json", import.meta.url),
    ),
    "utf8",
  ),
) as { files: Record<string, string>; cases: RecordedCase[] };

const files: Record<string, string> = {
  ...recorded.files,
  "policy.json": '{"Version":"2012-10-17","Statement":[]}',
};
const ctx = { readFile: (path: string) => files[path] };

/** Keys sorted, so a comparison ignores the order the CLI happened to build a dict in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

function parse(line: string[]) {
  return parseAwsCommand(line, ctx);
}

describe("parseAwsCommand against command lines the real CLI parsed", () => {
  const same = recorded.cases.filter((c) => !c.differs);
  it.each(same.map((c) => [c.argv.join(" "), c] as const))("aws %s", (_, c) => {
    const result = parse(c.argv);
    if (c.exitCode === 0) {
      expect(result.ok).toBe(true);
      if (result.ok) expect(canonical(result.command.params)).toEqual(canonical(c.params));
    } else {
      expect(result).toEqual({ ok: false, stderr: c.stderr, exitCode: c.exitCode });
    }
  });
});

describe("parseAwsCommand: the brief's examples", () => {
  it("reads create-service's shorthand network configuration and load balancer", () => {
    const result = parse([
      "ecs",
      "create-service",
      "--cluster",
      "hello",
      "--service-name",
      "web",
      "--network-configuration",
      "awsvpcConfiguration={subnets=[subnet-a,subnet-b],securityGroups=[sg-1],assignPublicIp=DISABLED}",
      "--load-balancers",
      "targetGroupArn=arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/hello-tg/abc,containerName=web,containerPort=80",
    ]);
    expect(result).toMatchObject({
      ok: true,
      command: {
        service: "ecs",
        operation: "create-service",
        apiOperation: "CreateService",
        globals: { output: "json" },
        params: {
          cluster: "hello",
          serviceName: "web",
          networkConfiguration: {
            awsvpcConfiguration: {
              subnets: ["subnet-a", "subnet-b"],
              securityGroups: ["sg-1"],
              assignPublicIp: "DISABLED",
            },
          },
          loadBalancers: [
            {
              targetGroupArn:
                "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/hello-tg/abc",
              containerName: "web",
              containerPort: 80,
            },
          ],
        },
      },
    });
  });

  it("keeps a JSON float a number for the simulator", () => {
    const result = parse([
      "application-autoscaling",
      "put-scaling-policy",
      "--policy-name",
      "cpu",
      "--service-namespace",
      "ecs",
      "--resource-id",
      "service/hello/web",
      "--scalable-dimension",
      "ecs:service:DesiredCount",
      "--target-tracking-scaling-policy-configuration",
      '{"TargetValue":60.0,"PredefinedMetricSpecification":{"PredefinedMetricType":"ECSServiceAverageCPUUtilization"}}',
    ]);
    expect(result.ok && result.command.params.TargetTrackingScalingPolicyConfiguration).toEqual({
      TargetValue: 60,
      PredefinedMetricSpecification: { PredefinedMetricType: "ECSServiceAverageCPUUtilization" },
    });
  });

  it("reads global options anywhere on the line", () => {
    const result = parse([
      "--region",
      "eu-west-1",
      "ecs",
      "list-clusters",
      "--output",
      "table",
      "--query",
      "clusterArns",
      "--no-cli-pager",
      "--profile",
      "lab",
      "--no-paginate",
      "--debug",
    ]);
    expect(result).toMatchObject({
      ok: true,
      command: {
        globals: {
          region: "eu-west-1",
          output: "table",
          query: "clusterArns",
          profile: "lab",
          paginate: false,
          debug: true,
        },
      },
    });
  });

  it("names the waiter of `wait`", () => {
    const result = parse([
      "ecs",
      "wait",
      "services-stable",
      "--cluster",
      "hello",
      "--services",
      "web",
    ]);
    expect(result).toMatchObject({
      ok: true,
      command: {
        operation: "wait",
        apiOperation: "DescribeServices",
        waiter: { name: "ServicesStable", cli: "services-stable" },
        params: { cluster: "hello", services: ["web"] },
      },
    });
  });

  it("gives the CLI's own commands their options", () => {
    expect(parse(["logs", "tail", "/ecs/web", "--follow"])).toMatchObject({
      ok: true,
      command: {
        apiOperation: "Tail",
        custom: true,
        params: { groupName: "/ecs/web", follow: true, since: "10m", format: "detailed" },
      },
    });
    expect(parse(["ecr", "get-login-password"])).toMatchObject({
      ok: true,
      command: { apiOperation: "GetLoginPassword", custom: true, params: {} },
    });
  });

  it("loads any parameter from file://", () => {
    const result = parse([
      "iam",
      "create-role",
      "--role-name",
      "r",
      "--assume-role-policy-document",
      "file://policy.json",
    ]);
    expect(result.ok && result.command.params.AssumeRolePolicyDocument).toBe(files["policy.json"]);
  });
});

describe("parseAwsCommand: mistakes", () => {
  const usage = (message: string) => `\naws: [ERROR]: ${message}\n\n${USAGE}\n`;
  it.each([
    [
      ["ecss", "list-clusters"],
      usage("argument command: Found invalid choice 'ecss'\n\nMaybe you meant:\n\n  * ecs"),
    ],
    [
      ["ecs", "create-servise"],
      usage(
        "argument operation: Found invalid choice 'create-servise'\n\nMaybe you meant:\n\n  * create-service",
      ),
    ],
    [
      ["ecs", "list-clusters", "--output", "jsn"],
      usage("argument --output: Found invalid choice 'jsn'\n\nMaybe you meant:\n\n  * json"),
    ],
    [
      ["ecs", "create-service", "--service-name", "s", "--desired-count", "1.5"],
      "\ninvalid literal for int() with base 10: '1.5'\n",
    ],
    [
      [
        "ecs",
        "create-service",
        "--service-name",
        "s",
        "--network-configuration",
        "awsvpcConfiguration={subnets=[a],foo=1}",
      ],
      '\nParameter validation failed:\nUnknown parameter in networkConfiguration.awsvpcConfiguration: "foo", must be one of: subnets, securityGroups, assignPublicIp\n',
    ],
    [
      [
        "ecs",
        "create-service",
        "--service-name",
        "s",
        "--network-configuration",
        "awsvpcConfiguration={assignPublicIp=ENABLED}",
      ],
      '\nParameter validation failed:\nMissing required parameter in networkConfiguration.awsvpcConfiguration: "subnets"\n',
    ],
    [
      ["ecs", "create-service", "--cli-input-json", '{"serviceName": "s", "desiredCount": 2.0}'],
      "\nParameter validation failed:\nInvalid type for parameter desiredCount, value: 2.0, type: <class 'float'>, valid types: <class 'int'>\n",
    ],
    [
      [
        "ecs",
        "create-service",
        "--service-name",
        "s",
        "--network-configuration",
        '{"awsvpcConfiguration": {subnets: []}}',
      ],
      "\nError parsing parameter '--network-configuration': Invalid JSON: Expecting property name enclosed in double quotes: line 1 column 26 (char 25)\nJSON received: {\"awsvpcConfiguration\": {subnets: []}}\n",
    ],
    [
      ["ecs", "register-task-definition", "--cli-input-json", "file://nope.json"],
      "\nError parsing parameter '--cli-input-json': Unable to load paramfile file://nope.json: [Errno 2] No such file or directory: 'nope.json'\n",
    ],
    [
      ["ecs", "register-task-definition", "--cli-input-json", "{nope"],
      "\nError parsing parameter 'cli-input-json': Invalid JSON received.\n",
    ],
  ])("aws %j", (argv, stderr) => {
    const result = parse(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.stderr).toBe(stderr);
      expect(result.exitCode).toBe(stderr.startsWith("\ninvalid literal") ? 255 : 252);
    }
  });

  it("suggests the nearest flag for an unknown one (the real CLI does not)", () => {
    const result = parse(["ecs", "list-services", "--clustr", "hello"]);
    expect(result).toEqual({
      ok: false,
      exitCode: 252,
      stderr: `\n${USAGE}\nUnknown options: --clustr, hello\n\nMaybe you meant:\n\n  * --cluster\n\n`,
    });
  });
});

describe("parseAwsCommand: help", () => {
  it.each([
    [["help"], "AVAILABLE SERVICES", "o application-autoscaling"],
    [["ecs", "help"], "AVAILABLE COMMANDS", "o wait"],
    [["ecs", "wait", "help"], "AVAILABLE COMMANDS", "o services-stable"],
    [["ecs", "create-service", "help"], "--service-name <value>\n", "o FARGATE"],
    [
      ["ecs", "wait", "services-stable", "help"],
      "It will poll every 15 seconds",
      "[--cluster <value>]",
    ],
  ])("aws %j", (argv, first, second) => {
    const result = parse(argv);
    expect(result.ok && result.command.help).toBe(true);
    const text = result.ok ? (result.command.text ?? "") : "";
    expect(text).toContain(first);
    expect(text).toContain(second);
  });

  it("marks required flags bare and optional ones in brackets", () => {
    const result = parse(["elbv2", "create-target-group", "help"]);
    const text = result.ok ? (result.command.text ?? "") : "";
    expect(text).toContain("          --name <value>\n");
    expect(text).toContain("          [--vpc-id <value>]\n");
    expect(text).toContain("--name (string) [required]");
  });
});

describe("parseAwsCommand never throws", () => {
  const words = fc.oneof(
    fc.constantFrom(
      "ecs",
      "create-service",
      "--cluster",
      "--network-configuration",
      "wait",
      "help",
      "--query",
      "file://x",
      "--",
      "-1",
      "--no-cli-pager",
      "{",
      "[",
      "a=b,c",
      "x={y=[1,2]}",
      "--cli-input-json",
      "--tags",
      "elbv2",
      "ec2",
      "--filters",
      "Name=a,Values=b,c",
    ),
    fc.string(),
  );
  it("on random command lines", () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }), (argv) => {
        const result = parseAwsCommand(argv, { readFile: () => undefined });
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
  });

  it("on random shorthand and JSON for every kind of parameter", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom(
          "--network-configuration",
          "--load-balancers",
          "--tags",
          "--desired-count",
          "--deployment-configuration",
        ),
        (value, flag) => {
          const result = parseAwsCommand(
            ["ecs", "create-service", "--service-name", "s", flag, value],
            { readFile: () => "" },
          );
          expect(typeof result.ok).toBe("boolean");
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("answers in well under a few milliseconds", () => {
    const argv = [
      "ec2",
      "describe-subnets",
      "--filters",
      "Name=vpc-id,Values=vpc-1",
      "Name=map-public-ip-on-launch,Values=true",
    ];
    parseAwsCommand(argv, ctx);
    const start = performance.now();
    for (let i = 0; i < 200; i++) parseAwsCommand(argv, ctx);
    expect((performance.now() - start) / 200).toBeLessThan(2);
  });
});
