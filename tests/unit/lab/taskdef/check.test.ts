import { describe, expect, it } from "vitest";

import { checkTaskDefinition } from "@/lib/lab/taskdef";

import { type Container, type TaskDef, minimal, positionOf, variant } from "./helpers";

const ECR_IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/hello-web:1.0";

function container(name: string, extra: Container = {}): Container {
  return { name, image: "nginx:1.27", ...extra };
}

interface Case {
  name: string;
  change: (def: TaskDef, web: Container) => void;
  rule: string;
  /** Where the problem is reported: the first occurrence of this text ("{" for the object). */
  at: string;
  after?: string;
  severity?: "error" | "warning";
}

const cases: Case[] = [
  // facts.md §7 rule 1, and family being required
  { name: "family missing", change: (d) => delete d.family, rule: "family-required", at: "{" },
  {
    name: "family with a space",
    change: (d) => (d.family = "hello web"),
    rule: "family-invalid",
    at: '"hello web"',
  },
  {
    name: "family too long",
    change: (d) => (d.family = "f".repeat(256)),
    rule: "family-invalid",
    at: '"fff',
  },
  // rule 2
  {
    name: "no containerDefinitions",
    change: (d) => delete (d as Partial<TaskDef>).containerDefinitions,
    rule: "containers-required",
    at: "{",
  },
  {
    name: "no containers",
    change: (d) => (d.containerDefinitions = []),
    rule: "containers-count",
    at: "[]",
  },
  {
    name: "eleven containers",
    change: (d) => {
      d.containerDefinitions = Array.from({ length: 11 }, (_, i) => container(`c${i}`));
    },
    rule: "containers-count",
    at: "{",
    after: '"c9"',
  },
  {
    name: "container without a name",
    change: (_, w) => delete w.name,
    rule: "container-name",
    at: "{",
    after: "[\n    {",
  },
  {
    name: "container name with a dot",
    change: (_, w) => (w.name = "web.1"),
    rule: "container-name",
    at: '"web.1"',
  },
  {
    name: "two containers named web",
    change: (d) => d.containerDefinitions.push(container("web", { essential: false })),
    rule: "container-name-duplicate",
    at: '"web"',
    after: '"essential": true',
  },
  {
    name: "container without an image",
    change: (_, w) => delete w.image,
    rule: "container-image",
    at: "{",
    after: "[\n    {",
  },
  { name: "empty image", change: (_, w) => (w.image = ""), rule: "container-image", at: '""' },
  // rule 3
  {
    name: "no essential container",
    change: (_, w) => (w.essential = false),
    rule: "essential-container",
    at: "false",
  },
  // rule 4
  {
    name: "requiresCompatibilities missing",
    change: (d) => delete d.requiresCompatibilities,
    rule: "requires-fargate",
    at: "{",
  },
  {
    name: "only EC2",
    change: (d) => (d.requiresCompatibilities = ["EC2"]),
    rule: "requires-fargate",
    at: "[",
    after: "requiresCompatibilities",
  },
  {
    name: "fargate in lowercase",
    change: (d) => (d.requiresCompatibilities = ["fargate"]),
    rule: "requires-compatibilities-value",
    at: '"fargate"',
  },
  // rule 5
  {
    name: "networkMode missing",
    change: (d) => delete d.networkMode,
    rule: "network-mode",
    at: "{",
  },
  {
    name: "bridge",
    change: (d) => (d.networkMode = "bridge"),
    rule: "network-mode",
    at: '"bridge"',
  },
  // rule 6
  { name: "cpu missing", change: (d) => delete d.cpu, rule: "task-size-required", at: "{" },
  { name: "memory missing", change: (d) => delete d.memory, rule: "task-size-required", at: "{" },
  {
    name: "cpu not readable",
    change: (d) => (d.cpu = "a quarter"),
    rule: "task-size-format",
    at: '"a quarter"',
  },
  {
    name: "256 CPU with 4 GB",
    change: (d) => (d.memory = "4096"),
    rule: "fargate-cpu-memory",
    at: '"4096"',
  },
  { name: "128 CPU", change: (d) => (d.cpu = "128"), rule: "fargate-cpu-memory", at: '"128"' },
  {
    name: "Windows with .25 vCPU",
    change: (d) => {
      d.runtimePlatform = {
        operatingSystemFamily: "WINDOWS_SERVER_2022_CORE",
        cpuArchitecture: "X86_64",
      };
    },
    rule: "fargate-cpu-memory",
    at: '"256"',
    // Windows also cannot use Fargate Spot: that warning is expected too, see below.
  },
  // rule 7
  {
    name: "container cpu above the task's",
    change: (_, w) => (w.cpu = 512),
    rule: "container-resources",
    at: "512",
    after: "essential",
  },
  {
    name: "container memory above the task's",
    change: (_, w) => (w.memory = 1024),
    rule: "container-resources",
    at: "1024",
  },
  {
    name: "containers' reservations add up to more than the task's",
    change: (d, w) => {
      w.memoryReservation = 300;
      d.containerDefinitions.push(container("sidecar", { memoryReservation: 300 }));
    },
    rule: "container-resources",
    at: "300",
    after: '"sidecar"',
  },
  // rule 8
  {
    name: "hostPort 8080 to containerPort 80",
    change: (_, w) => (w.portMappings = [{ containerPort: 80, hostPort: 8080 }]),
    rule: "port-host-mismatch",
    at: "8080",
  },
  {
    name: "protocol http",
    change: (_, w) => (w.portMappings = [{ containerPort: 80, protocol: "http" }]),
    rule: "port-protocol",
    at: '"http"',
  },
  {
    name: "protocol TCP",
    change: (_, w) => (w.portMappings = [{ containerPort: 80, protocol: "TCP" }]),
    rule: "port-protocol",
    at: '"TCP"',
  },
  {
    name: "port 80 under tcp and udp",
    change: (_, w) =>
      (w.portMappings = [
        { containerPort: 80, protocol: "tcp" },
        { containerPort: 80, protocol: "udp" },
      ]),
    rule: "port-duplicate",
    at: "80",
    after: '"tcp"',
  },
  {
    name: "containerPort missing",
    change: (_, w) => (w.portMappings = [{ protocol: "tcp" }]),
    rule: "port-container-port",
    at: "{",
    after: "portMappings",
  },
  {
    name: "containerPort 70000",
    change: (_, w) => (w.portMappings = [{ containerPort: 70000 }]),
    rule: "port-container-port",
    at: "70000",
  },
  // rule 9
  {
    name: "image tag starting with a dot",
    change: (_, w) => (w.image = "nginx:.1"),
    rule: "image-reference",
    at: '"nginx:.1"',
  },
  {
    name: "short digest",
    change: (_, w) => (w.image = "nginx@sha256:abc"),
    rule: "image-reference",
    at: '"nginx@',
  },
  {
    name: "uppercase repository",
    change: (_, w) => (w.image = "Nginx:latest"),
    rule: "image-reference",
    at: '"Nginx',
  },
  // rule 10
  {
    name: "ECR image without an execution role",
    change: (d, w) => {
      delete d.executionRoleArn;
      delete w.logConfiguration;
    },
    rule: "execution-role",
    at: `"${ECR_IMAGE}"`,
  },
  {
    name: "awslogs without an execution role",
    change: (d, w) => {
      delete d.executionRoleArn;
      w.image = "nginx";
    },
    rule: "execution-role",
    at: '"awslogs"',
  },
  {
    name: "secrets without an execution role",
    change: (d, w) => {
      delete d.executionRoleArn;
      delete w.logConfiguration;
      w.image = "nginx";
      w.secrets = [{ name: "DB", valueFrom: "arn:aws:ssm:us-east-1:123456789012:parameter/db" }];
    },
    rule: "execution-role",
    at: '"secrets"',
  },
  // rule 11
  {
    name: "awslogs without a stream prefix",
    change: (_, w) => {
      w.logConfiguration = {
        logDriver: "awslogs",
        options: { "awslogs-group": "/ecs/x", "awslogs-region": "us-east-1" },
      };
    },
    rule: "awslogs-options",
    at: "{",
    after: '"options"',
  },
  // rule 12
  {
    name: "privileged",
    change: (_, w) => (w.privileged = true),
    rule: "fargate-unsupported",
    at: '"privileged"',
  },
  {
    name: "links",
    change: (_, w) => (w.links = ["db"]),
    rule: "fargate-unsupported",
    at: '"links"',
  },
  {
    name: "linuxParameters.devices",
    change: (_, w) => (w.linuxParameters = { devices: [{ hostPath: "/dev/fuse" }] }),
    rule: "fargate-unsupported",
    at: '"devices"',
  },
  {
    name: "ipcMode",
    change: (d) => (d.ipcMode = "host"),
    rule: "fargate-unsupported",
    at: '"ipcMode"',
  },
  {
    name: "placementConstraints",
    change: (d) => (d.placementConstraints = [{ type: "memberOf", expression: "x" }]),
    rule: "fargate-unsupported",
    at: '"placementConstraints"',
  },
  {
    name: "GPU",
    change: (_, w) => (w.resourceRequirements = [{ type: "GPU", value: "1" }]),
    rule: "fargate-unsupported",
    at: '"GPU"',
  },
  {
    name: "hostname in awsvpc",
    change: (_, w) => (w.hostname = "web"),
    rule: "fargate-unsupported",
    at: '"hostname"',
  },
  // rule 13
  {
    name: "20 GiB of ephemeral storage",
    change: (d) => (d.ephemeralStorage = { sizeInGiB: 20 }),
    rule: "ephemeral-storage",
    at: "20",
  },
  {
    name: "ephemeralStorage without a size",
    change: (d) => (d.ephemeralStorage = {}),
    rule: "required-key",
    at: "{}",
  },
  // rule 14
  {
    name: "Windows cannot use Fargate Spot",
    change: (d) => {
      d.cpu = "1024";
      d.memory = "2048";
      d.runtimePlatform = {
        operatingSystemFamily: "WINDOWS_SERVER_2022_CORE",
        cpuArchitecture: "X86_64",
      };
    },
    rule: "fargate-spot",
    at: '"WINDOWS_SERVER_2022_CORE"',
    severity: "warning",
  },
  {
    name: "x86 written with a hyphen",
    change: (d) => (d.runtimePlatform = { cpuArchitecture: "X86-64" }),
    rule: "runtime-platform",
    at: '"X86-64"',
  },
  // keys and types from the AWS model
  {
    name: "misspelt key",
    change: (d) => (d.netwrokMode = "awsvpc"),
    rule: "unknown-key",
    at: '"netwrokMode"',
    severity: "warning",
  },
  {
    name: "describe output field",
    change: (d) => (d.revision = 3),
    rule: "unknown-key",
    at: '"revision"',
    severity: "warning",
  },
  {
    name: "misspelt container key",
    change: (_, w) => (w.portMapping = []),
    rule: "unknown-key",
    at: '"portMapping"',
    severity: "warning",
  },
  {
    name: "containerPort in quotes",
    change: (_, w) => (w.portMappings = [{ containerPort: "80" }]),
    rule: "value-type",
    at: '"80"',
  },
  {
    name: "essential in quotes",
    change: (_, w) => (w.essential = "true"),
    rule: "value-type",
    at: '"true"',
  },
  { name: "task cpu as a number", change: (d) => (d.cpu = 256), rule: "value-type", at: "256" },
  {
    name: "role that is not an ARN",
    change: (d) => (d.executionRoleArn = "ecsTaskExecutionRole"),
    rule: "role-arn",
    at: '"ecsTaskExecutionRole"',
    severity: "warning",
  },
];

describe("checkTaskDefinition: the minimal valid definition", () => {
  it("has no problems", () => {
    expect(checkTaskDefinition(JSON.stringify(minimal(), null, 2))).toEqual([]);
  });

  it("has no Fargate Spot warning for Linux on ARM64, which Spot runs", () => {
    const text = variant(
      (d) => (d.runtimePlatform = { operatingSystemFamily: "LINUX", cpuArchitecture: "ARM64" }),
    );
    expect(checkTaskDefinition(text)).toEqual([]);
  });

  it("accepts vCPU and GB notations, and a Docker Hub image without a role", () => {
    const text = variant((d, w) => {
      d.cpu = "1 vCPU";
      d.memory = "2 GB";
      delete d.executionRoleArn;
      delete w.logConfiguration;
      w.image = "nginx:1.27";
    });
    expect(checkTaskDefinition(text)).toEqual([]);
  });
});

describe("checkTaskDefinition: each broken variant reports its rule where the problem is", () => {
  it.each(cases)("$name → $rule", ({ change, rule, at, after, severity }) => {
    const text = variant(change);
    const diagnostics = checkTaskDefinition(text).filter(
      (d) => !(rule === "fargate-cpu-memory" && d.rule === "fargate-spot"),
    );
    const where =
      at === "{" && after === undefined ? { line: 1, column: 1 } : positionOf(text, at, after);
    expect(
      diagnostics.map((d) => ({
        rule: d.rule,
        line: d.line,
        column: d.column,
        severity: d.severity,
      })),
    ).toEqual([{ rule, ...where, severity: severity ?? "error" }]);
    expect(diagnostics[0]?.message.length).toBeGreaterThan(20);
  });
});

describe("checkTaskDefinition: messages tell the student what would be right", () => {
  const only = (text: string) => checkTaskDefinition(text)[0]?.message ?? "";

  it("lists the memory values valid for the cpu, and the nearest valid pairs", () => {
    const message = only(variant((d) => (d.memory = "4096")));
    expect(message).toContain("512, 1024 or 2048");
    expect(message).toContain('cpu "512" with memory "4096"');
  });

  it("describes a range with its step for the bigger sizes", () => {
    expect(only(variant((d) => ((d.cpu = "8192"), (d.memory = "16000"))))).toContain(
      "16384 to 61440 in steps of 4096",
    );
  });

  it("says Fargate needs awsvpc for bridge", () => {
    expect(only(variant((d) => (d.networkMode = "bridge")))).toMatch(/Fargate needs "awsvpc"/);
  });

  it("suggests the nearest key, and points out case", () => {
    expect(only(variant((d) => (d.netwrokMode = "awsvpc")))).toContain(
      'Did you mean "networkMode"?',
    );
    expect(only(variant((d) => (d.Volumes = []))).toLowerCase()).toContain("case-sensitive");
  });

  it("says where the other copy of a duplicated port is", () => {
    const text = variant((d, w) => {
      w.portMappings = [{ containerPort: 80 }];
      d.containerDefinitions.push(container("sidecar", { portMappings: [{ containerPort: 80 }] }));
    });
    expect(only(text)).toMatch(/already mapped on line \d+ \(container "web"\)/);
  });

  it("explains a wrapper copied from describe-task-definition", () => {
    const text = JSON.stringify({ taskDefinition: minimal() }, null, 2);
    const messages = checkTaskDefinition(text).map((d) => d.message);
    expect(messages.some((m) => m.includes("describe-task-definition's output"))).toBe(true);
  });
});

describe("checkTaskDefinition: JSON syntax", () => {
  it.each([
    ['{\n  "family": "x",\n}', 2, 16, /Remove this comma/],
    ['{\n  "family": "x"\n  "cpu": "256"\n}', 3, 3, /Expected a comma/],
    ['{\n  "family": "x",', 2, 17, /Unexpected end of the file/],
    ["{'family': 'x'}", 1, 2, /double quotes/],
    ["{family: 1}", 1, 2, /Put the property name in double quotes/],
    ['// my task\n{"family": "x"}', 1, 1, /Comments are not allowed/],
    ['{"family": "x}', 1, 12, /never closed/],
    ["", 1, 1, /empty/],
    ["[]", 1, 1, /JSON object/],
  ])("%j → line %i, column %i", (text, line, column, message) => {
    const diagnostics = checkTaskDefinition(text);
    expect(diagnostics[0]).toMatchObject({ line, column, rule: "json-syntax", severity: "error" });
    expect(diagnostics[0]?.message).toMatch(message);
  });

  it("reports one error per line, not the parser's cascade", () => {
    expect(checkTaskDefinition('{"a": 01}')).toHaveLength(1);
  });
});
