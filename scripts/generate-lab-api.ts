// Writes lib/lab/cli/aws-api.json: the operations, parameters, enums and waiters of the AWS CLI
// commands the lab simulates, read from the AWS SDK's own API models in node_modules/aws-sdk.
// The models' min.json files keep types and `required` but strip names and enums, so every
// shape is walked beside the SDK's typings (clients/<svc>.d.ts), which keep both.
// tests/unit/lab/cli/api.test.ts runs buildLabApi() again and compares, so the committed JSON
// cannot drift from the models.
//
//   npx tsx scripts/generate-lab-api.ts
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import type {
  ApiAcceptor,
  ApiOperation,
  ApiService,
  ApiShape,
  ApiWaiter,
  LabApi,
  ShapeType,
} from "../lib/lab/cli/api-types";
import { xformName } from "../lib/lab/cli/xform";

interface ServiceSpec {
  /** The model's file name without `.min.json`. */
  model: string;
  /** The SDK's typings file, clients/<dts>.d.ts. */
  dts: string;
  operations: string[];
  waiters: string[];
}

/** What the lab's students may type: CLI service → operations and waiters, in the CLI's names. */
export const LAB_COMMANDS: Record<string, ServiceSpec> = {
  ecs: {
    model: "ecs-2014-11-13",
    dts: "ecs",
    operations: [
      "create-cluster",
      "delete-cluster",
      "describe-clusters",
      "list-clusters",
      "register-task-definition",
      "deregister-task-definition",
      "describe-task-definition",
      "list-task-definitions",
      "list-task-definition-families",
      "create-service",
      "update-service",
      "delete-service",
      "describe-services",
      "list-services",
      "run-task",
      "stop-task",
      "describe-tasks",
      "list-tasks",
    ],
    waiters: ["services-stable", "services-inactive", "tasks-running", "tasks-stopped"],
  },
  ecr: {
    model: "ecr-2015-09-21",
    dts: "ecr",
    operations: [
      "create-repository",
      "delete-repository",
      "describe-repositories",
      "describe-images",
      "list-images",
      "batch-delete-image",
      "put-image-tag-mutability",
      "put-image-scanning-configuration",
      "describe-image-scan-findings",
    ],
    waiters: ["image-scan-complete"],
  },
  elbv2: {
    model: "elasticloadbalancingv2-2015-12-01",
    dts: "elbv2",
    operations: [
      "create-load-balancer",
      "delete-load-balancer",
      "describe-load-balancers",
      "create-target-group",
      "delete-target-group",
      "describe-target-groups",
      "modify-target-group",
      "modify-target-group-attributes",
      "describe-target-group-attributes",
      "describe-target-health",
      "register-targets",
      "deregister-targets",
      "create-listener",
      "delete-listener",
      "describe-listeners",
    ],
    waiters: [
      "load-balancer-available",
      "load-balancers-deleted",
      "target-in-service",
      "target-deregistered",
    ],
  },
  logs: {
    model: "logs-2014-03-28",
    dts: "cloudwatchlogs",
    operations: [
      "create-log-group",
      "delete-log-group",
      "describe-log-groups",
      "describe-log-streams",
      "get-log-events",
      "filter-log-events",
      "put-retention-policy",
    ],
    waiters: [],
  },
  iam: {
    model: "iam-2010-05-08",
    dts: "iam",
    operations: [
      "create-role",
      "delete-role",
      "get-role",
      "list-roles",
      "attach-role-policy",
      "detach-role-policy",
      "list-attached-role-policies",
    ],
    waiters: ["role-exists"],
  },
  ec2: {
    model: "ec2-2016-11-15",
    dts: "ec2",
    operations: [
      "describe-vpcs",
      "describe-subnets",
      "describe-route-tables",
      "describe-internet-gateways",
      "describe-availability-zones",
      "describe-security-groups",
      "create-security-group",
      "delete-security-group",
      "authorize-security-group-ingress",
      "revoke-security-group-ingress",
      "allocate-address",
      "release-address",
      "describe-addresses",
      "create-nat-gateway",
      "delete-nat-gateway",
      "describe-nat-gateways",
      "create-route",
      "delete-route",
      "create-vpc-endpoint",
      "delete-vpc-endpoints",
      "describe-vpc-endpoints",
    ],
    waiters: ["nat-gateway-available", "nat-gateway-deleted"],
  },
  sts: {
    model: "sts-2011-06-15",
    dts: "sts",
    operations: ["get-caller-identity"],
    waiters: [],
  },
  "application-autoscaling": {
    model: "application-autoscaling-2016-02-06",
    dts: "applicationautoscaling",
    operations: [
      "register-scalable-target",
      "deregister-scalable-target",
      "describe-scalable-targets",
      "put-scaling-policy",
      "delete-scaling-policy",
      "describe-scaling-policies",
      "describe-scaling-activities",
    ],
    waiters: [],
  },
};

/** A shape or member reference as min.json writes it: `{shape: "S19"}`, `{type: "integer"}`, `{}`. */
interface MinShape {
  type?: string;
  shape?: string;
  members?: Record<string, MinShape>;
  required?: string[];
  member?: MinShape;
  key?: MinShape;
  value?: MinShape;
  min?: number;
  max?: number;
  idempotencyToken?: boolean;
}

interface MinModel {
  operations: Record<string, { input?: MinShape }>;
  shapes: Record<string, MinShape>;
}

interface WaiterModel {
  waiters: Record<string, Omit<ApiWaiter, "name">>;
}

/** What the SDK's typings say about each named type. */
interface Typings {
  enums: Map<string, string[]>;
  lists: Map<string, string>;
  maps: Map<string, string>;
  interfaces: Map<string, Map<string, string>>;
  /** lowerCamel method → its params type: `createService` → `CreateServiceRequest`. */
  inputs: Map<string, string>;
}

/** Reads the declarations of a clients/<svc>.d.ts that name types; the rest is documentation. */
export function parseTypings(text: string): Typings {
  const typings: Typings = {
    enums: new Map(),
    lists: new Map(),
    maps: new Map(),
    interfaces: new Map(),
    inputs: new Map(),
  };
  let current: Map<string, string> | undefined;
  for (const line of text.split("\n")) {
    if (current) {
      if (line === "  }") current = undefined;
      const member = /^ {4}(\w+)\??: ([\w[\]]+);$/.exec(line);
      if (member?.[1] && member[2]) current?.set(member[1], member[2]);
      continue;
    }
    let m = /^ {2}export interface (\w+) /.exec(line);
    if (m?.[1]) {
      current = new Map();
      typings.interfaces.set(m[1], current);
      continue;
    }
    m = /^ {2}export type (\w+) = ((?:"[^"]*"\|)+)string;$/.exec(line);
    if (m?.[1] && m[2]) {
      typings.enums.set(
        m[1],
        [...m[2].matchAll(/"([^"]*)"/g)].map((e) => e[1] ?? ""),
      );
      continue;
    }
    m = /^ {2}export type (\w+) = (\w+)\[\];$/.exec(line);
    if (m?.[1] && m[2]) {
      typings.lists.set(m[1], m[2]);
      continue;
    }
    m = /^ {2}export type (\w+) = \{\[key: string\]: (\w+)\};$/.exec(line);
    if (m?.[1] && m[2]) {
      typings.maps.set(m[1], m[2]);
      continue;
    }
    m = /^ {2}(\w+)\(params: \w+\.Types\.(\w+), callback/.exec(line);
    if (m?.[1] && m[2]) typings.inputs.set(m[1], m[2]);
  }
  return typings;
}

function buildService(cli: string, spec: ServiceSpec, root: string): ApiService {
  const apis = join(root, "node_modules/aws-sdk/apis");
  const model = JSON.parse(readFileSync(join(apis, `${spec.model}.min.json`), "utf8")) as MinModel;
  const typings = parseTypings(
    readFileSync(join(root, "node_modules/aws-sdk/clients", `${spec.dts}.d.ts`), "utf8"),
  );
  const shapes: Record<string, ApiShape> = {};

  const resolve = (ref: MinShape): MinShape => {
    const target = ref.shape ? model.shapes[ref.shape] : undefined;
    return target ? { ...target, ...ref, shape: undefined } : ref;
  };

  // Names a shape after its type in the typings; where the typings have none (an inline list such
  // as `String[]`), after its place, so the name still says where it sits.
  const emit = (ref: MinShape, typeName: string | undefined, place: string): string => {
    const def = resolve(ref);
    const type = (def.type ?? "string") as ShapeType;
    let name = typeName ?? place;
    let element: string | undefined;
    if (name.endsWith("[]")) {
      element = name.slice(0, -2);
      name = `${element}List`;
    }
    if (shapes[name]) return name;
    const shape: ApiShape = { type };
    // Set before the members are walked, so a recursive shape ends at its own name.
    shapes[name] = shape;
    if (type === "structure") {
      const members = typings.interfaces.get(name);
      shape.members = {};
      for (const [member, memberRef] of Object.entries(def.members ?? {})) {
        shape.members[member] = emit(memberRef, members?.get(member), `${name}.${member}`);
      }
      // botocore fills idempotency tokens itself, so they are never missing (clidriver.py).
      const required = (def.required ?? []).filter(
        (member) => !resolve(def.members?.[member] ?? {}).idempotencyToken,
      );
      if (required.length > 0) shape.required = required;
    } else if (type === "list") {
      shape.member = emit(def.member ?? {}, element ?? typings.lists.get(name), `${name}.member`);
    } else if (type === "map") {
      shape.key = emit(def.key ?? {}, undefined, `${name}.key`);
      shape.value = emit(def.value ?? {}, typings.maps.get(name), `${name}.value`);
    } else {
      const values = typings.enums.get(name);
      if (values) shape.enum = values;
    }
    if (def.min !== undefined) shape.min = def.min;
    if (def.max !== undefined) shape.max = def.max;
    return name;
  };

  const byCliName = new Map(Object.keys(model.operations).map((op) => [xformName(op, "-"), op]));
  const operations: Record<string, ApiOperation> = {};
  for (const cliName of spec.operations) {
    const name = byCliName.get(cliName);
    if (!name) throw new Error(`${cli}: no operation ${cliName} in ${spec.model}`);
    const input = model.operations[name]?.input;
    const operation: ApiOperation = { name, flags: {} };
    if (input) {
      const typeName = typings.inputs.get(name.charAt(0).toLowerCase() + name.slice(1));
      operation.input = emit(input, typeName, `${name}Request`);
      for (const member of Object.keys(resolve(input).members ?? {})) {
        operation.flags[xformName(member, "-")] = member;
      }
    }
    operations[cliName] = operation;
  }

  const waiters: Record<string, ApiWaiter> = {};
  if (spec.waiters.length > 0) {
    const file = join(apis, `${spec.model}.waiters2.json`);
    const waiterModel = JSON.parse(readFileSync(file, "utf8")) as WaiterModel;
    const byWaiterName = new Map(
      Object.keys(waiterModel.waiters).map((w) => [xformName(w, "-"), w]),
    );
    for (const cliName of spec.waiters) {
      const name = byWaiterName.get(cliName);
      const config = name ? waiterModel.waiters[name] : undefined;
      if (!name || !config) throw new Error(`${cli}: no waiter ${cliName} in ${spec.model}`);
      if (!Object.values(operations).some((op) => op.name === config.operation)) {
        throw new Error(`${cli} wait ${cliName}: polls ${config.operation}, not in the list`);
      }
      waiters[cliName] = {
        name,
        operation: config.operation,
        delay: config.delay,
        maxAttempts: config.maxAttempts,
        acceptors: config.acceptors.map(({ state, matcher, expected, argument }): ApiAcceptor =>
          argument === undefined
            ? { state, matcher, expected }
            : { state, matcher, expected, argument },
        ),
      };
    }
  }

  const sorted: Record<string, ApiShape> = {};
  for (const key of Object.keys(shapes).sort()) sorted[key] = shapes[key] as ApiShape;
  return { model: spec.model, operations, waiters, shapes: sorted };
}

/** Builds the lab's API description from the models under `root`/node_modules/aws-sdk. */
export function buildLabApi(root: string): LabApi {
  const services: Record<string, ApiService> = {};
  for (const [cli, spec] of Object.entries(LAB_COMMANDS)) {
    services[cli] = buildService(cli, spec, root);
  }
  return { services };
}

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (isMain) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const prettier = await import("prettier");
  const target = join(root, "lib/lab/cli/aws-api.json");
  const options = (await prettier.resolveConfig(target)) ?? {};
  const text = await prettier.format(JSON.stringify(buildLabApi(root)), {
    ...options,
    parser: "json",
  });
  writeFileSync(target, text);
  console.log(`✓ wrote ${target} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB)`);
}
