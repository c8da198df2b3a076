import { describe, expect, it } from "vitest";

import { validateRegistration } from "@/lib/lab/taskdef";

import { type Container, type TaskDef, minimal } from "./helpers";

function broken(change: (def: TaskDef, web: Container) => void): Record<string, unknown> {
  const def = minimal();
  const web = def.containerDefinitions[0];
  if (!web) throw new Error("the minimal definition has a container");
  change(def, web);
  return def;
}

describe("validateRegistration: what the ECS API accepts", () => {
  it("accepts the minimal Fargate definition", () => {
    expect(validateRegistration(minimal())).toBeNull();
  });

  it("accepts what only the editor warns about: a bad tag, ARM64, a Docker Hub image", () => {
    const def = broken((d, w) => {
      w.image = "nginx:.oops";
      d.runtimePlatform = { operatingSystemFamily: "LINUX", cpuArchitecture: "ARM64" };
      d.unknownKey = true;
    });
    expect(validateRegistration(def)).toBeNull();
  });

  it("accepts an EC2-only definition in bridge mode without task-level cpu", () => {
    const def = broken((d) => {
      d.requiresCompatibilities = ["EC2"];
      d.networkMode = "bridge";
      delete d.cpu;
    });
    expect(validateRegistration(def)).toBeNull();
  });
});

describe("validateRegistration: what the ECS API rejects, in AWS's words", () => {
  it.each<[string, (def: TaskDef, web: Container) => void, string]>([
    ["family missing", (d) => delete d.family, "Family should not be null or empty."],
    ["family with a dot", (d) => (d.family = "hello.web"), "Family contains invalid characters."],
    ["no containers", (d) => (d.containerDefinitions = []), "Container list cannot be empty."],
    [
      "eleven containers",
      (d) => {
        d.containerDefinitions = Array.from({ length: 11 }, (_, i) => ({
          name: `c${i}`,
          image: "nginx",
        }));
      },
      "Too many containers.",
    ],
    [
      "container without a name",
      (_, w) => delete w.name,
      "Container.name should not be null or empty.",
    ],
    [
      "container name with a space",
      (_, w) => (w.name = "my web"),
      "Container.name contains invalid characters.",
    ],
    [
      "two containers named web",
      (d) => d.containerDefinitions.push({ name: "web", image: "nginx" }),
      "Container names must be unique within a Task Definition.",
    ],
    [
      "container without an image",
      (_, w) => (w.image = ""),
      "Container.image should not be null or empty.",
    ],
    [
      "no essential container",
      (_, w) => (w.essential = false),
      "Task definition doesn't have any essential container.",
    ],
    [
      "bridge on Fargate",
      (d) => (d.networkMode = "bridge"),
      "Fargate only supports network mode ‘awsvpc’.",
    ],
    [
      "networkMode omitted on Fargate",
      (d) => delete d.networkMode,
      "Fargate only supports network mode ‘awsvpc’.",
    ],
    [
      "cpu missing",
      (d) => delete d.cpu,
      "Fargate requires that 'cpu' be defined at the task level.",
    ],
    [
      "memory missing",
      (d) => delete d.memory,
      "Fargate requires that 'memory' be defined at the task level.",
    ],
    [
      "cpu unreadable",
      (d) => (d.cpu = "lots"),
      "Invalid 'cpu' setting for task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.",
    ],
    [
      "256 CPU with 4 GB",
      (d) => (d.memory = "4 GB"),
      "No Fargate configuration exists for given values: 256 CPU, 4096 memory. See the Amazon ECS documentation for the valid values.",
    ],
    [
      "ECR image without an execution role",
      (d, w) => {
        delete d.executionRoleArn;
        delete w.logConfiguration;
      },
      "Fargate requires task definition to have execution role ARN to support ECR images.",
    ],
    [
      "awslogs without an execution role",
      (d, w) => {
        delete d.executionRoleArn;
        w.image = "nginx";
      },
      "Fargate requires task definition to have execution role ARN to support log driver awslogs.",
    ],
    [
      "awslogs without a stream prefix",
      (_, w) => {
        w.logConfiguration = {
          logDriver: "awslogs",
          options: { "awslogs-group": "g", "awslogs-region": "us-east-1" },
        };
      },
      "Fargate requires log configuration options to include awslogs-stream-prefix to support log driver awslogs.",
    ],
    [
      "awslogs without group and region",
      (_, w) => (w.logConfiguration = { logDriver: "awslogs", options: {} }),
      "Log driver awslogs requires options: awslogs-region, awslogs-group",
    ],
    [
      "hostPort 8080 for containerPort 80",
      (_, w) => (w.portMappings = [{ containerPort: 80, hostPort: 8080 }]),
      "When networkMode=awsvpc, the host ports and container ports in port mappings must match.",
    ],
    [
      "hostname in awsvpc",
      (_, w) => (w.hostname = "web"),
      "hostname is not supported on container when networkMode=awsvpc.",
    ],
    [
      "container cpu above the task's",
      (_, w) => (w.cpu = 512),
      "The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'.",
    ],
    [
      "container memory above the task's",
      (_, w) => (w.memory = 1024),
      "The 'memory' setting for container 'web' is greater than for the task.",
    ],
    [
      "ipcMode",
      (d) => (d.ipcMode = "task"),
      "Tasks using the Fargate launch type do not support ipcMode.",
    ],
    [
      "privileged",
      (_, w) => (w.privileged = true),
      "Tasks using the Fargate launch type do not support privileged.",
    ],
    [
      "ephemeral storage of 500 GiB",
      (d) => (d.ephemeralStorage = { sizeInGiB: 500 }),
      "The ephemeral storage size must be between 21 and 200 GiB.",
    ],
  ])("%s", (_, change, message) => {
    expect(validateRegistration(broken(change))).toEqual({ code: "ClientException", message });
  });

  it("accepts a hostPort equal to the containerPort, and vCPU/GB notations", () => {
    const def = broken((d, w) => {
      w.portMappings = [{ containerPort: 80, hostPort: 80 }];
      d.cpu = "0.5 vCPU";
      d.memory = "1 GB";
    });
    expect(validateRegistration(def)).toBeNull();
  });
});
