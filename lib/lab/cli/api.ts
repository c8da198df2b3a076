/**
 * The lab's view of the AWS CLI's commands: the generated aws-api.json (from the API models)
 * plus the CLI's own customizations, which no model describes (`ecr get-login-password`,
 * `logs tail`, the simple flags of `ec2 authorize-security-group-ingress`).
 */
import type { ApiOperation, ApiService, ApiShape, ApiWaiter, LabApi } from "./api-types";
import apiJson from "./aws-api.json";

const API = apiJson as unknown as LabApi;

/** How a flag takes its value on the command line, as the CLI's argparse actions do. */
export type FlagKind = "value" | "list" | "true" | "false";

export interface FlagSpec {
  /** Without the leading `--`. */
  flag: string;
  /** Where the value goes: an input member for model flags, a name of ours for the CLI's own. */
  dest: string;
  kind: FlagKind;
  required: boolean;
  /** The member's shape, for model flags. */
  shape?: string;
  /** argparse converts long and double flags before anything else sees them. */
  convert?: "int" | "float";
  choices?: string[];
  /** A flag the CLI adds itself (not a member of the input). */
  custom?: boolean;
}

export interface CommandSpec {
  service: string;
  cli: string;
  apiOperation: string;
  /** The input shape's name; undefined for an operation without input or a CLI command. */
  input?: string;
  flags: FlagSpec[];
  /** `logs tail`'s group name: `name` in messages, `dest` in params. */
  positional?: { name: string; dest: string };
  /** A command the CLI implements itself. */
  custom?: boolean;
}

/** Every CLI service the lab knows, in the order `aws help` lists them. */
export function serviceNames(): string[] {
  return Object.keys(API.services).sort();
}

export function getService(service: string): ApiService | undefined {
  return Object.prototype.hasOwnProperty.call(API.services, service)
    ? API.services[service]
    : undefined;
}

/** A shape of a service by name. */
export function getShape(service: string, name: string): ApiShape | undefined {
  const shapes = getService(service)?.shapes;
  return shapes && Object.prototype.hasOwnProperty.call(shapes, name) ? shapes[name] : undefined;
}

export function shapeLookup(service: string): (name: string) => ApiShape | undefined {
  return (name) => getShape(service, name);
}

const CUSTOM_COMMANDS: Record<string, Record<string, CommandSpec>> = {
  ecr: {
    "get-login-password": {
      service: "ecr",
      cli: "get-login-password",
      apiOperation: "GetLoginPassword",
      flags: [],
      custom: true,
    },
  },
  logs: {
    tail: {
      service: "logs",
      cli: "tail",
      apiOperation: "Tail",
      custom: true,
      positional: { name: "group_name", dest: "groupName" },
      flags: [
        { flag: "since", dest: "since", kind: "value", required: false, custom: true },
        { flag: "follow", dest: "follow", kind: "true", required: false, custom: true },
        {
          flag: "format",
          dest: "format",
          kind: "value",
          required: false,
          custom: true,
          choices: ["detailed", "short", "json"],
        },
        {
          flag: "filter-pattern",
          dest: "filterPattern",
          kind: "value",
          required: false,
          custom: true,
        },
        {
          flag: "log-stream-names",
          dest: "logStreamNames",
          kind: "list",
          required: false,
          custom: true,
        },
        {
          flag: "log-stream-name-prefix",
          dest: "logStreamNamePrefix",
          kind: "value",
          required: false,
          custom: true,
        },
      ],
    },
  },
};

/** `logs tail`'s defaults, as tail.py declares them. */
export const TAIL_DEFAULTS = { since: "10m", follow: false, format: "detailed" } as const;

/** The flags awscli/customizations/ec2/secgroupsimplify.py adds to the ingress commands. */
export const SECGROUP_FLAGS = ["protocol", "port", "cidr", "source-group", "group-owner"] as const;
const SECGROUP_COMMANDS = new Set([
  "authorize-security-group-ingress",
  "revoke-security-group-ingress",
]);

/** argrename.py: where the CLI renames a flag. */
const RENAMES: Record<string, string> = {
  "ecs.no-enable-execute-command": "disable-execute-command",
};

/** The operations of a service, the CLI's own commands included, in the CLI's order. */
export function operationNames(service: string): string[] {
  const names = Object.keys(getService(service)?.operations ?? {});
  names.push(...Object.keys(CUSTOM_COMMANDS[service] ?? {}));
  return names;
}

export function waiterNames(service: string): string[] {
  return Object.keys(getService(service)?.waiters ?? {});
}

export function getWaiter(service: string, cli: string): ApiWaiter | undefined {
  const waiters = getService(service)?.waiters;
  return waiters && Object.prototype.hasOwnProperty.call(waiters, cli) ? waiters[cli] : undefined;
}

function flagsOf(service: string, cli: string, op: ApiOperation): FlagSpec[] {
  const input = op.input ? getShape(service, op.input) : undefined;
  const required = new Set(input?.required ?? []);
  const flags: FlagSpec[] = [];
  for (const [flag, member] of Object.entries(op.flags)) {
    const shapeName = input?.members?.[member] ?? "";
    const shape = getShape(service, shapeName);
    const type = shape?.type ?? "string";
    if (type === "boolean") {
      // BooleanArgument adds a `--no-` twin; argparse never requires either.
      flags.push({ flag, dest: member, kind: "true", required: false, shape: shapeName });
      const negative = `no-${flag}`;
      flags.push({
        flag: RENAMES[`${service}.${negative}`] ?? negative,
        dest: member,
        kind: "false",
        required: false,
        shape: shapeName,
      });
      continue;
    }
    const spec: FlagSpec = {
      flag,
      dest: member,
      kind: type === "list" ? "list" : "value",
      required: required.has(member),
      shape: shapeName,
    };
    // CLIArgument.TYPE_MAP: argparse converts long, float and double; integer stays a string.
    if (type === "long") spec.convert = "int";
    if (type === "double" || type === "float") spec.convert = "float";
    if (type === "list") {
      const element = getShape(service, shape?.member ?? "")?.type;
      if (element === "long") spec.convert = "int";
      if (element === "double" || element === "float") spec.convert = "float";
    }
    flags.push(spec);
  }
  if (service === "ec2" && SECGROUP_COMMANDS.has(cli)) {
    for (const flag of SECGROUP_FLAGS) {
      flags.push({ flag, dest: flag, kind: "value", required: false, custom: true });
    }
  }
  return flags;
}

/** Everything the parser needs to know about `aws <service> <cli> …`, or undefined. */
export function getCommand(service: string, cli: string): CommandSpec | undefined {
  const custom = CUSTOM_COMMANDS[service];
  if (custom && Object.prototype.hasOwnProperty.call(custom, cli)) return custom[cli];
  const operations = getService(service)?.operations;
  if (!operations || !Object.prototype.hasOwnProperty.call(operations, cli)) return undefined;
  const op = operations[cli] as ApiOperation;
  return { service, cli, apiOperation: op.name, input: op.input, flags: flagsOf(service, cli, op) };
}

/** The command a waiter runs: its operation's flags, under the waiter's name. */
export function getWaiterCommand(service: string, cli: string): CommandSpec | undefined {
  const waiter = getWaiter(service, cli);
  if (!waiter) return undefined;
  const opCli = Object.entries(getService(service)?.operations ?? {}).find(
    ([, op]) => op.name === waiter.operation,
  )?.[0];
  return opCli ? getCommand(service, opCli) : undefined;
}
