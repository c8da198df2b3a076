/**
 * What the ECS RegisterTaskDefinition API itself rejects, with AWS's wording, for the lab's
 * `aws ecs register-task-definition`. Deliberately narrower than the editor's checker
 * (check.ts): a definition that registers but cannot run (a bad image tag, a Windows task meant
 * for Fargate Spot) passes here, as it does in a real account, and fails later where AWS would
 * fail it.
 *
 * Messages are those AWS returned in public reports, verbatim. Some wording could not be
 * confirmed and is marked UNCONFIRMED where it is built: it follows the confirmed messages'
 * pattern. The CLI's own client-side checks (unknown keys, value types, missing required
 * parameters, enum values) belong to the CLI emulator, not here.
 */
import { ECR_REGISTRY } from "./image";
import { fargateMemoryValues, fargateOs, parseCpu, parseMemory } from "./sizes";

export interface RegistrationError {
  code: "ClientException" | "InvalidParameterException";
  message: string;
}

type Input = Record<string, unknown>;

function record(value: unknown): Input | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Input)
    : undefined;
}

function records(value: unknown): Input[] {
  return Array.isArray(value) ? value.map(record).filter((v): v is Input => v !== undefined) : [];
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function present(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function number(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^\s*\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

function client(message: string): RegistrationError {
  return { code: "ClientException", message };
}

const NAME = /^[A-Za-z0-9_-]+$/;

// Fargate's unsupported container parameters, and the task-level ones. Only ipcMode's message
// is confirmed ("Tasks using the Fargate launch type do not support ipcMode.", 2019);
// UNCONFIRMED: the others are built on its pattern.
const FARGATE_UNSUPPORTED_CONTAINER = [
  "privileged",
  "links",
  "dnsServers",
  "dnsSearchDomains",
  "extraHosts",
  "dockerSecurityOptions",
  "disableNetworking",
];
const FARGATE_UNSUPPORTED_LINUX = ["devices", "tmpfs", "sharedMemorySize", "maxSwap", "swappiness"];

function fargateProblems(input: Input, containers: Input[]): RegistrationError | null {
  if (text(input.networkMode) !== "awsvpc") {
    // Confirmed (aws/amazon-ecs-cli#1145, 2022), curly quotes included.
    return client("Fargate only supports network mode ‘awsvpc’.");
  }
  if (!present(input.cpu)) {
    // Confirmed (terraform-provider-aws#6879, mongodb/terraform-aws-ecs-task-definition#38).
    return client("Fargate requires that 'cpu' be defined at the task level.");
  }
  if (!present(input.memory)) {
    // UNCONFIRMED: the cpu message with 'memory'; emulators (floci) use this wording.
    return client("Fargate requires that 'memory' be defined at the task level.");
  }
  const cpu = parseCpu(input.cpu);
  if (cpu === undefined) {
    // Confirmed: the Amazon ECS Developer Guide's troubleshooting page, task-cpu-memory-error.
    return client(
      "Invalid 'cpu' setting for task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.",
    );
  }
  const memory = parseMemory(input.memory);
  if (memory === undefined) {
    // UNCONFIRMED: the cpu message with 'memory'.
    return client(
      "Invalid 'memory' setting for task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.",
    );
  }
  const os = fargateOs(record(input.runtimePlatform)?.operatingSystemFamily);
  if (!fargateMemoryValues(cpu, os).includes(memory)) {
    // Confirmed in this form since 2022 (CloudFormation, convox, i-dot-ai/redbox 2025); before,
    // it ended after "given values.".
    return client(
      `No Fargate configuration exists for given values: ${cpu} CPU, ${memory} memory. See the Amazon ECS documentation for the valid values.`,
    );
  }
  if (present(input.ipcMode)) {
    return client("Tasks using the Fargate launch type do not support ipcMode.");
  }
  if (text(input.pidMode) === "host") {
    return client("Tasks using the Fargate launch type do not support pidMode 'host'.");
  }
  if (present(input.placementConstraints)) {
    return client("Tasks using the Fargate launch type do not support placementConstraints.");
  }
  for (const volume of records(input.volumes)) {
    if (present(volume.dockerVolumeConfiguration)) {
      return client(
        "Tasks using the Fargate launch type do not support dockerVolumeConfiguration.",
      );
    }
  }
  const hasRole = (text(input.executionRoleArn) ?? "").trim() !== "";
  for (const container of containers) {
    for (const key of FARGATE_UNSUPPORTED_CONTAINER) {
      if (present(container[key])) {
        return client(`Tasks using the Fargate launch type do not support ${key}.`);
      }
    }
    const linux = record(container.linuxParameters) ?? {};
    for (const key of FARGATE_UNSUPPORTED_LINUX) {
      if (present(linux[key])) {
        return client(`Tasks using the Fargate launch type do not support ${key}.`);
      }
    }
    const image = text(container.image) ?? "";
    const registry = image.split("/")[0] ?? "";
    if (!hasRole && image.includes("/") && ECR_REGISTRY.test(registry)) {
      // Confirmed (terraform-provider-aws#3051, jenkinsci/amazon-ecs-plugin#62, 2018).
      return client(
        "Fargate requires task definition to have execution role ARN to support ECR images.",
      );
    }
    const log = record(container.logConfiguration);
    if (text(log?.logDriver) === "awslogs") {
      if (!hasRole) {
        // Confirmed (virtual-kubelet/virtual-kubelet#193, 2018).
        return client(
          "Fargate requires task definition to have execution role ARN to support log driver awslogs.",
        );
      }
      const options = record(log?.options) ?? {};
      if (!present(options["awslogs-stream-prefix"])) {
        // Confirmed (aws/aws-cdk#1422, 2018).
        return client(
          "Fargate requires log configuration options to include awslogs-stream-prefix to support log driver awslogs.",
        );
      }
    }
  }
  // Whether ECS rejects secrets or repositoryCredentials without an execution role at
  // registration (rather than when the task starts) is not confirmed, so it is not checked.
  return null;
}

/**
 * Why RegisterTaskDefinition would refuse `input` (the parsed task definition), or null if it
 * would register. Checks run in a fixed order and the first failure is returned, as the API
 * reports one problem at a time.
 */
export function validateRegistration(input: Record<string, unknown>): RegistrationError | null {
  const family = text(input.family);
  if (family === undefined || family === "") {
    // UNCONFIRMED: the CLI refuses a missing family before calling the API; this follows the
    // "Container.name should not be null or empty." pattern.
    return client("Family should not be null or empty.");
  }
  if (!NAME.test(family)) {
    // Confirmed (aws/amazon-ecs-cli#37 and #542, 2015–2018).
    return client("Family contains invalid characters.");
  }
  if (family.length > 255) {
    // UNCONFIRMED wording; the 255-character limit is documented.
    return client("Family name must be 255 characters or fewer.");
  }

  const containers = records(input.containerDefinitions);
  if (!Array.isArray(input.containerDefinitions) || input.containerDefinitions.length === 0) {
    // Confirmed (awsdocs/aws-cloudformation-user-guide#454, 2019).
    return client("Container list cannot be empty.");
  }
  if (input.containerDefinitions.length > 10) {
    // Confirmed (aws/amazon-ecs-cli#184).
    return client("Too many containers.");
  }
  const names = new Set<string>();
  for (const container of containers) {
    const name = text(container.name);
    // The three container messages are confirmed (hashicorp/terraform#2888, ansible#22860,
    // convox/praxis#121, Shippable/support#2946).
    if (name === undefined || name === "")
      return client("Container.name should not be null or empty.");
    if (!NAME.test(name) || name.length > 255) {
      return client("Container.name contains invalid characters.");
    }
    if (names.has(name)) return client("Container names must be unique within a Task Definition.");
    names.add(name);
    const image = text(container.image);
    if (image === undefined || image.trim() === "") {
      return client("Container.image should not be null or empty.");
    }
  }
  if (containers.every((container) => container.essential === false)) {
    // From emulators and cfn-lint's tests ("doesn't have any essential container"), 2026.
    return client("Task definition doesn't have any essential container.");
  }

  const awsvpc = text(input.networkMode) === "awsvpc";
  const taskCpu = parseCpu(input.cpu);
  const taskMemory = parseMemory(input.memory);
  let cpuTotal = 0;
  for (const container of containers) {
    if (awsvpc && present(container.hostname)) {
      // Confirmed (labd/ecs-deplojo#26, 2020).
      return client("hostname is not supported on container when networkMode=awsvpc.");
    }
    for (const mapping of records(container.portMappings)) {
      const host = number(mapping.hostPort);
      const port = number(mapping.containerPort);
      // A hostPort of 0 is left alone: whether awsvpc accepts it is not confirmed.
      if (awsvpc && host !== undefined && host !== 0 && port !== undefined && host !== port) {
        // Confirmed (pulumi/pulumi-awsx#935, klothoplatform/klotho#892).
        return client(
          "When networkMode=awsvpc, the host ports and container ports in port mappings must match.",
        );
      }
    }
    const log = record(container.logConfiguration);
    if (text(log?.logDriver) === "awslogs") {
      const options = record(log?.options) ?? {};
      const missing = ["awslogs-region", "awslogs-group"].filter((o) => !present(options[o]));
      if (missing.length > 0) {
        // Confirmed with both missing (klothoplatform/klotho#892); the list of one is inferred.
        return client(`Log driver awslogs requires options: ${missing.join(", ")}`);
      }
    }
    cpuTotal += number(container.cpu) ?? 0;
    const memory = number(container.memory);
    if (taskMemory !== undefined && memory !== undefined && memory > taskMemory) {
      // Confirmed (pulumi/pulumi-awsx#1220, 2024).
      return client(
        `The 'memory' setting for container '${text(container.name) ?? ""}' is greater than for the task.`,
      );
    }
  }
  if (taskCpu !== undefined && cpuTotal > taskCpu) {
    // Confirmed (aws/aws-cdk#1553, klothoplatform/klotho#892).
    return client(
      "The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'.",
    );
  }

  const compatibilities = Array.isArray(input.requiresCompatibilities)
    ? input.requiresCompatibilities
    : [];
  if (compatibilities.includes("FARGATE")) {
    const problem = fargateProblems(input, containers);
    if (problem) return problem;
  }

  const storage = record(input.ephemeralStorage);
  const size = number(storage?.sizeInGiB);
  if (storage && (size === undefined || size < 21 || size > 200)) {
    // UNCONFIRMED wording; the 21–200 GiB range is documented (API_EphemeralStorage).
    return client("The ephemeral storage size must be between 21 and 200 GiB.");
  }
  return null;
}
