/**
 * The lab editor's checker for taskdef.json: JSON syntax, then the rules a Fargate task
 * definition must follow (facts.md §7), each problem placed at the value, key or object at fault
 * and explained for a student. It is stricter than the ECS API (see register.ts for what the API
 * itself rejects): it also warns about what registers fine but will not run on Fargate.
 */
import { parseTree, type Node, type ParseError } from "jsonc-parser";

import type { Diagnostic } from "../types";

import { parseImage } from "./image";
import keys from "./keys.json";
import type { ShapeNode } from "./model";
import {
  describeCpu,
  describeMemory,
  fargateCpuValues,
  fargateMemoryValues,
  fargateOs,
  nearestFargateSizes,
  parseCpu,
  parseMemory,
  type FargateOs,
} from "./sizes";
import { nearest } from "./suggest";
import { syntaxProblems } from "./syntax";

const SCHEMA = keys as ShapeNode;

/** Fields describe-task-definition prints that register-task-definition does not take. */
const OUTPUT_ONLY = new Set([
  "taskDefinitionArn",
  "revision",
  "status",
  "requiresAttributes",
  "compatibilities",
  "registeredAt",
  "registeredBy",
  "deregisteredAt",
]);

const NETWORK_MODES = ["awsvpc", "bridge", "host", "none"];
const COMPATIBILITIES = ["EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"];
const PROTOCOLS = ["tcp", "udp"];
const OS_FAMILIES = [
  "LINUX",
  "WINDOWS_SERVER_2019_FULL",
  "WINDOWS_SERVER_2019_CORE",
  "WINDOWS_SERVER_2016_FULL",
  "WINDOWS_SERVER_2004_CORE",
  "WINDOWS_SERVER_2022_CORE",
  "WINDOWS_SERVER_2022_FULL",
  "WINDOWS_SERVER_2025_CORE",
  "WINDOWS_SERVER_2025_FULL",
  "WINDOWS_SERVER_20H2_CORE",
];
const ARCHITECTURES = ["X86_64", "ARM64"];
const FAMILY = /^[A-Za-z0-9_-]{1,255}$/;
const CONTAINER_NAME = /^[A-Za-z0-9_-]{1,255}$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

interface Context {
  lineStarts: number[];
  out: Diagnostic[];
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) starts.push(i + 1);
  }
  return starts;
}

function lineIndex(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function report(
  ctx: Context,
  at: Node | number,
  rule: string,
  message: string,
  severity: Diagnostic["severity"] = "error",
): void {
  const offset = typeof at === "number" ? at : at.offset;
  const index = lineIndex(ctx.lineStarts, offset);
  ctx.out.push({
    line: index + 1,
    column: offset - (ctx.lineStarts[index] ?? 0) + 1,
    rule,
    message,
    severity,
  });
}

interface Entry {
  key: Node;
  value: Node;
}

/** The last `key` of `object` (JSON.parse keeps the last of duplicates), null counting as absent. */
function get(object: Node | undefined, key: string): Entry | undefined {
  if (object?.type !== "object") return undefined;
  let found: Entry | undefined;
  for (const property of object.children ?? []) {
    const [k, v] = property.children ?? [];
    if (k?.value === key && v && v.type !== "null") found = { key: k, value: v };
  }
  return found;
}

function str(node: Node | undefined): string | undefined {
  return node?.type === "string" && typeof node.value === "string" ? node.value : undefined;
}

function num(node: Node | undefined): number | undefined {
  return node?.type === "number" && typeof node.value === "number" ? node.value : undefined;
}

function items(node: Node | undefined): Node[] {
  return node?.type === "array" ? (node.children ?? []) : [];
}

function quote(value: string): string {
  return JSON.stringify(value);
}

function list(values: readonly (string | number)[]): string {
  if (values.length <= 1) return values.join("");
  return `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}

function raw(node: Node): string {
  return node.type === "string" ? String(node.value) : JSON.stringify(node.value);
}

// ── Keys and value types, from the AWS model ────────────────────────────────────────────────

const TYPE_WORDS: Record<ShapeNode["type"], string> = {
  string: "a string",
  integer: "a whole number",
  long: "a whole number",
  double: "a number",
  float: "a number",
  boolean: "true or false",
  list: "a list [ … ]",
  map: "an object of names and values { … }",
  structure: "an object { … }",
};

function typeProblem(node: Node, shape: ShapeNode, label: string): string | undefined {
  const t = shape.type;
  if (t === "string") {
    if (node.type === "string") return undefined;
    if (node.type === "number" || node.type === "boolean") {
      return `${label} is a string in the API: write "${raw(node)}" in double quotes.`;
    }
  } else if (t === "integer" || t === "long" || t === "double" || t === "float") {
    const whole = t === "integer" || t === "long";
    if (node.type === "number") {
      return whole && !Number.isInteger(node.value)
        ? `${label} must be a whole number.`
        : undefined;
    }
    if (node.type === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(String(node.value))) {
      return `${label} is a number in the API: write ${String(node.value).trim()} without quotes.`;
    }
  } else if (t === "boolean") {
    if (node.type === "boolean") return undefined;
    if (node.type === "string" && /^(true|false)$/i.test(String(node.value))) {
      return `${label} is true or false: write ${String(node.value).toLowerCase()} without quotes.`;
    }
  } else if (t === "list") {
    if (node.type === "array") return undefined;
    if (node.type === "object" || node.type === "string") {
      return `${label} is a list: put the value in square brackets, [ … ].`;
    }
  } else if (node.type === "object") {
    return undefined;
  }
  return `${label} should be ${TYPE_WORDS[t]}.`;
}

function unknownKey(ctx: Context, key: Node, candidates: string[], where: string): void {
  const name = String(key.value);
  if (where === "the task definition" && OUTPUT_ONLY.has(name)) {
    report(
      ctx,
      key,
      "unknown-key",
      `"${name}" is part of describe-task-definition's output, not of register-task-definition's input: delete it (ECS sets it).`,
      "warning",
    );
    return;
  }
  if (where === "the task definition" && name === "taskDefinition") {
    report(
      ctx,
      key,
      "unknown-key",
      'This looks like describe-task-definition\'s output: register-task-definition takes what is inside "taskDefinition", without the wrapper.',
      "warning",
    );
    return;
  }
  const suggestion = nearest(name, candidates);
  const hint =
    suggestion === undefined
      ? ""
      : suggestion.toLowerCase() === name.toLowerCase()
        ? ` Keys are case-sensitive: did you mean "${suggestion}"?`
        : ` Did you mean "${suggestion}"?`;
  report(
    ctx,
    key,
    "unknown-key",
    `"${name}" is not a key of ${where}; the AWS CLI would refuse the file.${hint}`,
    "warning",
  );
}

function walk(ctx: Context, node: Node, shape: ShapeNode, label: string, where: string): void {
  if (node.type === "null") return;
  const problem = typeProblem(node, shape, label);
  if (problem !== undefined) {
    report(ctx, node, "value-type", problem);
    return;
  }
  if (shape.type === "list" && shape.item) {
    for (const item of items(node)) {
      const itemWhere = label === "containerDefinitions" ? "a container definition" : label;
      walk(ctx, item, shape.item, label, itemWhere);
    }
    return;
  }
  if (shape.type !== "structure" || !shape.members) return;
  const members = shape.members;
  const candidates = Object.keys(members);
  const seen = new Map<string, Node>();
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key) continue;
    const name = String(key.value);
    const earlier = seen.get(name);
    if (earlier) {
      report(
        ctx,
        key,
        "duplicate-key",
        `"${name}" is written twice in the same object; only this last one counts.`,
        "warning",
      );
    }
    seen.set(name, key);
    const member = members[name];
    if (!member) unknownKey(ctx, key, candidates, where);
    else if (value) walk(ctx, value, member, name, name);
  }
  // The task definition's own required keys get their own rules below, with better messages.
  if (where !== "the task definition") {
    for (const required of shape.required ?? []) {
      if (!get(node, required)) {
        report(ctx, node, "required-key", `${label} needs "${required}".`);
      }
    }
  }
}

// ── The Fargate rules ───────────────────────────────────────────────────────────────────────

interface Task {
  root: Node;
  os: FargateOs;
  hasExecutionRole: boolean;
  awsvpc: boolean;
}

function checkFamily(ctx: Context, root: Node): void {
  const family = get(root, "family");
  if (!family) {
    report(
      ctx,
      root,
      "family-required",
      'Add "family": the task definition\'s name, such as "hello-web". Each registration adds a numbered revision to it.',
    );
    return;
  }
  const value = str(family.value);
  if (value === undefined || FAMILY.test(value)) return;
  const fixed = value.replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 255);
  const why =
    value.length === 0
      ? "it is empty"
      : value.length > 255
        ? `it is ${value.length} characters long`
        : `${quote(value)} contains ${quote((/[^A-Za-z0-9_-]/.exec(value) ?? [""])[0])}`;
  report(
    ctx,
    family.value,
    "family-invalid",
    `family may use only letters, digits, hyphens and underscores, 1–255 characters, but ${why}.` +
      (fixed && fixed !== value ? ` For example: ${quote(fixed)}.` : ""),
  );
}

function checkCompatibilities(ctx: Context, root: Node): void {
  const entry = get(root, "requiresCompatibilities");
  if (!entry) {
    report(
      ctx,
      root,
      "requires-fargate",
      'Add "requiresCompatibilities": ["FARGATE"], so ECS checks this definition against Fargate\'s rules and lets it run there.',
    );
    return;
  }
  if (entry.value.type !== "array") return;
  let fargate = false;
  for (const item of items(entry.value)) {
    const value = str(item);
    if (value === undefined) continue;
    if (value === "FARGATE") fargate = true;
    if (!COMPATIBILITIES.includes(value)) {
      const upper = COMPATIBILITIES.find((c) => c === value.toUpperCase().trim());
      report(
        ctx,
        item,
        "requires-compatibilities-value",
        upper
          ? `Write it in capitals: ${quote(upper)}.`
          : `${quote(value)} is not a launch type: use "FARGATE" (the others are "EC2", "EXTERNAL" and "MANAGED_INSTANCES").`,
      );
    }
  }
  if (!fargate && !items(entry.value).some((i) => str(i)?.toUpperCase().trim() === "FARGATE")) {
    report(
      ctx,
      entry.value,
      "requires-fargate",
      'requiresCompatibilities must include "FARGATE" for the task to run on Fargate.',
    );
  }
}

function checkNetworkMode(ctx: Context, root: Node): boolean {
  const entry = get(root, "networkMode");
  if (!entry) {
    report(
      ctx,
      root,
      "network-mode",
      'Add "networkMode": "awsvpc". Fargate needs it, and without it ECS uses "bridge", which Fargate does not support.',
    );
    return false;
  }
  const value = str(entry.value);
  if (value === undefined || value === "awsvpc") return value === "awsvpc";
  const message =
    value.toLowerCase() === "awsvpc"
      ? 'Write it in lowercase: "awsvpc".'
      : NETWORK_MODES.includes(value)
        ? `Fargate needs "awsvpc": each task gets its own network interface. ${quote(value)} is for tasks on EC2 instances.`
        : `${quote(value)} is not a network mode. Fargate needs "awsvpc".`;
  report(ctx, entry.value, "network-mode", message);
  return false;
}

function sizePairs(cpu: unknown, memory: unknown, os: FargateOs): string {
  return nearestFargateSizes(cpu, memory, 3, os)
    .map((s) => `cpu ${quote(String(s.cpu))} with memory ${quote(String(s.memory))}`)
    .join("; ");
}

/** The task's cpu and memory in units and MiB, when both are present and readable. */
function checkTaskSize(ctx: Context, task: Task): { cpu?: number; memory?: number } {
  const { root, os } = task;
  const cpuEntry = get(root, "cpu");
  const memoryEntry = get(root, "memory");
  if (!cpuEntry) {
    report(
      ctx,
      root,
      "task-size-required",
      'Add a task-level "cpu", such as "256" (.25 vCPU) or "1 vCPU": Fargate sizes and bills each task by it.',
    );
  }
  if (!memoryEntry) {
    report(
      ctx,
      root,
      "task-size-required",
      'Add a task-level "memory" in MiB, such as "512", or in GB, such as "2 GB": Fargate sizes and bills each task by it.',
    );
  }
  const cpu = cpuEntry ? parseCpu(cpuEntry.value.value) : undefined;
  const memory = memoryEntry ? parseMemory(memoryEntry.value.value) : undefined;
  if (cpuEntry && cpu === undefined && cpuEntry.value.type !== "object") {
    report(
      ctx,
      cpuEntry.value,
      "task-size-format",
      'cpu is CPU units, such as "256" or "1024", or vCPUs, such as "0.25 vCPU" or "1 vCPU".',
    );
  }
  if (memoryEntry && memory === undefined && memoryEntry.value.type !== "object") {
    report(
      ctx,
      memoryEntry.value,
      "task-size-format",
      'memory is MiB, such as "512" or "2048", or GB, such as "0.5 GB" or "2 GB".',
    );
  }
  if (cpuEntry && cpu !== undefined) {
    const cpus = fargateCpuValues(os);
    if (!cpus.includes(cpu)) {
      const windows =
        os === "WINDOWS" && fargateCpuValues("LINUX").includes(cpu)
          ? ` Windows tasks need 1024 (1 vCPU) to 4096 (4 vCPU).`
          : "";
      report(
        ctx,
        cpuEntry.value,
        "fargate-cpu-memory",
        `Fargate has no ${describeCpu(cpu)} size.${windows} cpu must be one of ${list(cpus.map(String))} (1024 is 1 vCPU).` +
          (memory !== undefined ? ` Nearest valid pairs: ${sizePairs(cpu, memory, os)}.` : ""),
      );
    } else if (memoryEntry && memory !== undefined) {
      const allowed = fargateMemoryValues(cpu, os);
      if (!allowed.includes(memory)) {
        const values =
          allowed.length <= 4
            ? list(allowed.map(String))
            : `${allowed[0]} to ${allowed[allowed.length - 1]} in steps of ${(allowed[1] ?? 0) - (allowed[0] ?? 0)}`;
        report(
          ctx,
          memoryEntry.value,
          "fargate-cpu-memory",
          `With cpu ${describeCpu(cpu)}, Fargate allows memory ${values} (MiB), not ${describeMemory(memory)}. Nearest valid pairs: ${sizePairs(cpu, memory, os)}.`,
        );
      }
    }
  }
  return { cpu, memory };
}

function checkRuntimePlatform(ctx: Context, root: Node): void {
  const platform = get(root, "runtimePlatform")?.value;
  const checks: [string, string[]][] = [
    ["operatingSystemFamily", OS_FAMILIES],
    ["cpuArchitecture", ARCHITECTURES],
  ];
  for (const [key, allowed] of checks) {
    const entry = get(platform, key);
    const value = str(entry?.value);
    if (!entry || value === undefined) continue;
    if (!allowed.includes(value)) {
      const upper = allowed.find((a) => a === value.toUpperCase().replace(/-/g, "_"));
      report(
        ctx,
        entry.value,
        "runtime-platform",
        upper
          ? `Write it as the API does: ${quote(upper)}.`
          : `${quote(value)} is not a valid ${key}: use ${list(allowed.slice(0, 3).map(quote))}${allowed.length > 3 ? " (or another WINDOWS_SERVER_… value)" : ""}.`,
      );
    } else if (key === "operatingSystemFamily" && value !== "LINUX") {
      // Spot takes Linux on X86_64 (platform 1.3.0+) and ARM64 (1.4.0+, which LATEST is), so
      // only the operating system can rule it out.
      report(
        ctx,
        entry.value,
        "fargate-spot",
        `Fargate Spot runs Linux tasks only (X86_64 or ARM64): this Windows task can run on FARGATE but not on FARGATE_SPOT.`,
        "warning",
      );
    }
  }
}

function checkEphemeralStorage(ctx: Context, root: Node): void {
  const size = get(get(root, "ephemeralStorage")?.value, "sizeInGiB");
  const value = num(size?.value);
  if (!size || value === undefined) return;
  if (value < 21 || value > 200) {
    report(
      ctx,
      size.value,
      "ephemeral-storage",
      `sizeInGiB must be between 21 and 200. Every task already gets 20 GiB free; leave ephemeralStorage out to keep that.`,
    );
  }
}

function unsupported(ctx: Context, key: Node, what: string): void {
  report(ctx, key, "fargate-unsupported", `Fargate does not support ${what}: remove it.`);
}

function isSet(node: Node | undefined): boolean {
  if (!node) return false;
  if (node.type === "boolean") return node.value === true;
  if (node.type === "array") return (node.children ?? []).length > 0;
  if (node.type === "object") return (node.children ?? []).length > 0;
  return node.type !== "null";
}

// The archived Fargate guide also forbids pidMode and systemControls. Current docs allow pidMode
// "task" (platform version 1.4.0) and namespaced systemControls, while ECS still rejected ipcMode
// in 2019, so ipcMode, pidMode "host" and the rest of facts.md §7 rule 12 are flagged.
function checkTaskUnsupported(ctx: Context, root: Node): void {
  const constraints = get(root, "placementConstraints");
  if (constraints && isSet(constraints.value)) {
    unsupported(
      ctx,
      constraints.key,
      "placementConstraints (AWS chooses where a Fargate task runs)",
    );
  }
  const ipc = get(root, "ipcMode");
  if (ipc) unsupported(ctx, ipc.key, "ipcMode");
  const pid = get(root, "pidMode");
  if (pid && str(pid.value) === "host") {
    unsupported(ctx, pid.value, 'pidMode "host" (only "task" is allowed)');
  }
  for (const volume of items(get(root, "volumes")?.value)) {
    const docker = get(volume, "dockerVolumeConfiguration");
    if (docker)
      unsupported(
        ctx,
        docker.key,
        "Docker volumes (dockerVolumeConfiguration); use EFS or a bind mount",
      );
  }
}

const CONTAINER_UNSUPPORTED: [string, string][] = [
  ["privileged", "privileged containers"],
  ["links", "links: containers in a task reach each other on localhost"],
  ["dnsServers", "dnsServers"],
  ["dnsSearchDomains", "dnsSearchDomains"],
  ["extraHosts", "extraHosts"],
  ["dockerSecurityOptions", "dockerSecurityOptions"],
  ["disableNetworking", "disableNetworking"],
];

const LINUX_UNSUPPORTED: [string, string][] = [
  ["devices", "linuxParameters.devices"],
  ["tmpfs", "linuxParameters.tmpfs"],
  ["sharedMemorySize", "linuxParameters.sharedMemorySize"],
  ["maxSwap", "swap (linuxParameters.maxSwap)"],
  ["swappiness", "swap (linuxParameters.swappiness)"],
];

interface Mapping {
  port: number;
  protocol: string;
  container: string;
  line: number;
}

function checkPortMappings(
  ctx: Context,
  container: Node,
  name: string,
  seen: Map<number, Mapping>,
): void {
  for (const mapping of items(get(container, "portMappings")?.value)) {
    if (mapping.type !== "object") continue;
    const containerPort = get(mapping, "containerPort");
    const port = num(containerPort?.value);
    if (!containerPort) {
      if (!get(mapping, "containerPortRange")) {
        report(
          ctx,
          mapping,
          "port-container-port",
          'Each port mapping needs "containerPort": the port your application listens on, such as 80.',
        );
      }
    } else if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) {
      report(
        ctx,
        containerPort.value,
        "port-container-port",
        "containerPort must be a port number from 1 to 65535.",
      );
    }
    const hostPort = get(mapping, "hostPort");
    const host = num(hostPort?.value);
    if (hostPort && host !== undefined && port !== undefined && host !== port) {
      report(
        ctx,
        hostPort.value,
        "port-host-mismatch",
        `With awsvpc, hostPort must equal containerPort (${port}) or be left out: the task has its own network interface, so nothing is mapped.`,
      );
    }
    const protocolEntry = get(mapping, "protocol");
    const protocol = str(protocolEntry?.value) ?? "tcp";
    if (protocolEntry && !PROTOCOLS.includes(protocol)) {
      const lower = protocol.toLowerCase();
      report(
        ctx,
        protocolEntry.value,
        "port-protocol",
        PROTOCOLS.includes(lower)
          ? `Write it in lowercase: ${quote(lower)}.`
          : `protocol is the transport, "tcp" or "udp"${/^https?$|^grpc$/i.test(protocol) ? `; for ${protocol.toUpperCase()} use "tcp" (appProtocol can say "${lower === "https" ? "http" : lower}")` : ""}.`,
      );
    }
    if (containerPort && port !== undefined) {
      const line = lineIndex(ctx.lineStarts, containerPort.value.offset) + 1;
      const earlier = seen.get(port);
      if (earlier) {
        const same = earlier.protocol === protocol;
        report(
          ctx,
          containerPort.value,
          "port-duplicate",
          same
            ? `Port ${port} is already mapped on line ${earlier.line} (container ${quote(earlier.container)}). Containers in a task share its network interface, so list each port once.`
            : `Port ${port} is already listed with ${earlier.protocol} on line ${earlier.line}; list each container port under one protocol only.`,
        );
      } else {
        seen.set(port, { port, protocol, container: name, line });
      }
    }
  }
}

function checkAwslogs(ctx: Context, logConfiguration: Node): void {
  const driver = get(logConfiguration, "logDriver");
  if (str(driver?.value) !== "awslogs") return;
  const options = get(logConfiguration, "options");
  const required = ["awslogs-group", "awslogs-region", "awslogs-stream-prefix"];
  const missing = required.filter((option) => !str(get(options?.value, option)?.value));
  if (missing.length === 0) return;
  report(
    ctx,
    options?.value ?? logConfiguration,
    "awslogs-options",
    `The awslogs driver on Fargate needs the options ${list(missing.map(quote))}: the log group, its Region, and a prefix for each task's log stream.` +
      (missing.length === required.length
        ? ' For example: "options": {"awslogs-group": "/ecs/hello-web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "ecs"}.'
        : ""),
  );
}

const NEEDS_ROLE =
  'Add "executionRoleArn" (usually arn:aws:iam::<account>:role/ecsTaskExecutionRole): the execution role';

function checkContainers(ctx: Context, task: Task, size: { cpu?: number; memory?: number }): void {
  const { root } = task;
  const entry = get(root, "containerDefinitions");
  if (!entry) {
    report(
      ctx,
      root,
      "containers-required",
      'Add "containerDefinitions": a list of 1 to 10 containers, each with a "name" and an "image".',
    );
    return;
  }
  if (entry.value.type !== "array") return;
  const containers = items(entry.value);
  if (containers.length === 0) {
    report(ctx, entry.value, "containers-count", "A task definition needs at least one container.");
    return;
  }
  const eleventh = containers[10];
  if (eleventh) {
    report(
      ctx,
      eleventh,
      "containers-count",
      `A task definition holds at most 10 containers; this is the 11th of ${containers.length}.`,
    );
  }
  const names = new Map<string, number>();
  const ports = new Map<number, Mapping>();
  let essential = false;
  let firstEssentialFalse: Node | undefined;
  let cpuTotal = 0;
  let cpuReported = false;
  let memoryTotal = 0;
  let memoryReported = false;

  containers.forEach((container, index) => {
    if (container.type !== "object") {
      report(ctx, container, "value-type", "Each container definition is an object { … }.");
      return;
    }
    const nameEntry = get(container, "name");
    const name = str(nameEntry?.value) ?? `#${index + 1}`;
    if (!nameEntry) {
      report(ctx, container, "container-name", 'Each container needs a "name", such as "web".');
    } else if (str(nameEntry.value) !== undefined) {
      if (!CONTAINER_NAME.test(name)) {
        report(
          ctx,
          nameEntry.value,
          "container-name",
          "A container name may use only letters, digits, hyphens and underscores, 1–255 characters.",
        );
      }
      const earlier = names.get(name);
      if (earlier !== undefined) {
        report(
          ctx,
          nameEntry.value,
          "container-name-duplicate",
          `Container names must be unique in a task definition; ${quote(name)} is also on line ${earlier}.`,
        );
      } else {
        names.set(name, lineIndex(ctx.lineStarts, nameEntry.value.offset) + 1);
      }
    }

    const imageEntry = get(container, "image");
    const image = str(imageEntry?.value);
    if (!imageEntry || image?.trim() === "") {
      report(
        ctx,
        imageEntry?.value ?? container,
        "container-image",
        `Container ${quote(name)} needs an "image", such as "nginx:1.27" or your ECR image "<account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>".`,
      );
    } else if (imageEntry && image !== undefined) {
      const parsed = parseImage(image);
      if (!parsed.ok) {
        report(
          ctx,
          imageEntry.value,
          "image-reference",
          `This image reference is not valid: ${parsed.problem}.`,
        );
      } else if (parsed.image.privateEcr && !task.hasExecutionRole) {
        report(
          ctx,
          imageEntry.value,
          "execution-role",
          `${NEEDS_ROLE} is what pulls images from your private ECR repository.`,
        );
      }
    }

    const essentialEntry = get(container, "essential");
    if (essentialEntry?.value.type === "boolean" && essentialEntry.value.value === false) {
      firstEssentialFalse ??= essentialEntry.value;
    } else {
      essential = true;
    }

    if (!task.hasExecutionRole) {
      const secrets = get(container, "secrets");
      if (secrets && isSet(secrets.value)) {
        report(
          ctx,
          secrets.key,
          "execution-role",
          `${NEEDS_ROLE} is what reads secrets for the container.`,
        );
      }
      const credentials = get(container, "repositoryCredentials");
      if (credentials) {
        report(
          ctx,
          credentials.key,
          "execution-role",
          `${NEEDS_ROLE} is what reads the private registry's credentials.`,
        );
      }
      const driver = get(get(container, "logConfiguration")?.value, "logDriver");
      if (driver && str(driver.value) === "awslogs") {
        report(
          ctx,
          driver.value,
          "execution-role",
          `${NEEDS_ROLE} is what writes the container's logs to CloudWatch Logs.`,
        );
      }
    }
    const logConfiguration = get(container, "logConfiguration");
    if (logConfiguration) checkAwslogs(ctx, logConfiguration.value);

    for (const [key, what] of CONTAINER_UNSUPPORTED) {
      const found = get(container, key);
      if (found && isSet(found.value)) unsupported(ctx, found.key, what);
    }
    const linux = get(container, "linuxParameters")?.value;
    for (const [key, what] of LINUX_UNSUPPORTED) {
      const found = get(linux, key);
      if (found && isSet(found.value)) unsupported(ctx, found.key, what);
    }
    for (const requirement of items(get(container, "resourceRequirements")?.value)) {
      const type = get(requirement, "type");
      if (str(type?.value)?.toUpperCase() === "GPU" && type) unsupported(ctx, type.value, "GPUs");
    }
    const hostname = get(container, "hostname");
    if (hostname && task.awsvpc) {
      report(
        ctx,
        hostname.key,
        "fargate-unsupported",
        "hostname is not supported with awsvpc: remove it (the task's network interface has its own DNS name).",
      );
    }

    checkPortMappings(ctx, container, name, ports);

    const cpuEntry = get(container, "cpu");
    const cpu = num(cpuEntry?.value);
    if (cpuEntry && cpu !== undefined) {
      cpuTotal += cpu;
      if (!cpuReported && size.cpu !== undefined && cpuTotal > size.cpu) {
        cpuReported = true;
        report(
          ctx,
          cpuEntry.value,
          "container-resources",
          containers.length === 1
            ? `The container asks for ${cpu} CPU units but the task has ${size.cpu}. Lower this, or raise the task's cpu.`
            : `The containers' cpu adds up to ${cpuTotal} here, more than the task's ${size.cpu}. Lower the containers' cpu, or raise the task's.`,
        );
      }
    }
    const memoryEntry = get(container, "memory");
    const reservationEntry = get(container, "memoryReservation");
    const hard = num(memoryEntry?.value);
    const reserved = num(reservationEntry?.value) ?? hard;
    if (memoryEntry && hard !== undefined && size.memory !== undefined && hard > size.memory) {
      memoryReported = true;
      report(
        ctx,
        memoryEntry.value,
        "container-resources",
        `Container ${quote(name)}'s memory (${hard} MiB) is more than the task's ${size.memory} MiB. Lower it, or raise the task's memory.`,
      );
    } else if (reserved !== undefined) {
      memoryTotal += reserved;
      const at = reservationEntry?.value ?? memoryEntry?.value;
      if (!memoryReported && at && size.memory !== undefined && memoryTotal > size.memory) {
        memoryReported = true;
        report(
          ctx,
          at,
          "container-resources",
          `The containers reserve ${memoryTotal} MiB of memory here, more than the task's ${size.memory} MiB.`,
        );
      }
    }
  });

  if (!essential && firstEssentialFalse) {
    report(
      ctx,
      firstEssentialFalse,
      "essential-container",
      'At least one container must be essential (an omitted "essential" counts as true): set "essential": true on the main container.',
    );
  }
}

function checkExecutionRoleArn(ctx: Context, root: Node): boolean {
  const entry = get(root, "executionRoleArn");
  const value = str(entry?.value);
  if (!entry || value === undefined) return false;
  if (value.trim() === "") return false;
  if (!ROLE_ARN.test(value)) {
    report(
      ctx,
      entry.value,
      "role-arn",
      "This is not an IAM role ARN. It looks like arn:aws:iam::123456789012:role/ecsTaskExecutionRole.",
      "warning",
    );
  }
  return true;
}

function checkRoot(ctx: Context, root: Node): void {
  walk(ctx, root, SCHEMA, "The task definition", "the task definition");
  checkFamily(ctx, root);
  checkCompatibilities(ctx, root);
  const awsvpc = checkNetworkMode(ctx, root);
  const os = fargateOs(
    str(get(get(root, "runtimePlatform")?.value, "operatingSystemFamily")?.value),
  );
  const task: Task = { root, os, hasExecutionRole: checkExecutionRoleArn(ctx, root), awsvpc };
  const size = checkTaskSize(ctx, task);
  checkRuntimePlatform(ctx, root);
  checkEphemeralStorage(ctx, root);
  checkTaskUnsupported(ctx, root);
  checkContainers(ctx, task, size);
}

/**
 * Every problem in the text of taskdef.json, sorted by position. JSON syntax errors come alone:
 * the rules run once the file parses, so a half-typed file shows what to fix first rather than
 * a cascade of "missing" errors. Never throws.
 */
export function checkTaskDefinition(text: string): Diagnostic[] {
  const ctx: Context = { lineStarts: lineStartsOf(text), out: [] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (text.trim() === "") {
    report(ctx, 0, "json-syntax", "The file is empty: a task definition is a JSON object { … }.");
  } else if (errors.length > 0 || !root) {
    const problems = syntaxProblems(text, errors, (offset) => lineIndex(ctx.lineStarts, offset));
    for (const problem of problems) report(ctx, problem.offset, "json-syntax", problem.message);
  } else if (root.type !== "object") {
    report(
      ctx,
      root,
      "json-syntax",
      "A task definition is a JSON object: start with { and end with }.",
    );
  } else {
    checkRoot(ctx, root);
  }
  return ctx.out.sort((a, b) => a.line - b.line || a.column - b.column);
}
