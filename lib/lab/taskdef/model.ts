/**
 * The shape of RegisterTaskDefinition's input, reduced from the AWS SDK's service model to what
 * the checker needs: each structure's keys and the type of each value. scripts/
 * generate-taskdef-keys.ts writes it to keys.json; tests/unit/lab/taskdef/keys.test.ts
 * regenerates it and fails if the committed file has drifted from the installed model.
 */

/** One value's type in the API, with the keys of a structure and the item of a list. */
export interface ShapeNode {
  type:
    "string" | "integer" | "long" | "double" | "float" | "boolean" | "list" | "map" | "structure";
  members?: Record<string, ShapeNode>;
  item?: ShapeNode;
  required?: string[];
}

/**
 * Keys ECS accepts that aws-sdk v2's frozen model predates (both were added in late 2024).
 * If the model is ever taken from a newer SDK, drop the entries it already has.
 */
export const KEYS_NEWER_THAN_MODEL: Record<string, Record<string, ShapeNode>> = {
  "": { enableFaultInjection: { type: "boolean" } },
  "containerDefinitions[]": { versionConsistency: { type: "string" } },
};

interface RawShape {
  shape?: string;
  type?: string;
  members?: Record<string, RawShape>;
  member?: RawShape;
  required?: string[];
}

interface RawModel {
  operations: Record<string, { input?: RawShape }>;
  shapes: Record<string, RawShape>;
}

function isRawModel(value: unknown): value is RawModel {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.operations === "object" && typeof v.shapes === "object";
}

const SCALARS = new Set(["string", "integer", "long", "double", "float", "boolean"]);

function resolve(raw: RawShape, shapes: Record<string, RawShape>, seen: string[]): ShapeNode {
  if (raw.shape !== undefined) {
    if (seen.includes(raw.shape)) throw new Error(`recursive shape ${raw.shape}`);
    const target = shapes[raw.shape];
    if (!target) throw new Error(`unknown shape ${raw.shape}`);
    return resolve(target, shapes, [...seen, raw.shape]);
  }
  // The minified model leaves `type` out of string shapes.
  const type = raw.type ?? "string";
  if (type === "structure") {
    const members: Record<string, ShapeNode> = {};
    for (const [key, member] of Object.entries(raw.members ?? {})) {
      members[key] = resolve(member, shapes, seen);
    }
    const node: ShapeNode = { type, members };
    if (raw.required && raw.required.length > 0) node.required = [...raw.required];
    return node;
  }
  if (type === "list") {
    if (!raw.member) throw new Error("list without member");
    return { type, item: resolve(raw.member, shapes, seen) };
  }
  if (type === "map") return { type };
  // Timestamps and blobs do not occur in this input; anything unknown is checked as a string.
  return { type: SCALARS.has(type) ? (type as ShapeNode["type"]) : "string" };
}

/** The input shape of RegisterTaskDefinition, from the parsed `ecs-2014-11-13.min.json`. */
export function buildTaskDefSchema(model: unknown): ShapeNode {
  if (!isRawModel(model)) throw new Error("not an AWS service model");
  const input = model.operations.RegisterTaskDefinition?.input;
  if (!input) throw new Error("the model has no RegisterTaskDefinition input");
  const schema = resolve(input, model.shapes, []);
  for (const [path, extra] of Object.entries(KEYS_NEWER_THAN_MODEL)) {
    const target = path === "" ? schema : schema.members?.containerDefinitions?.item;
    if (!target?.members) throw new Error(`no structure at ${path}`);
    for (const [key, node] of Object.entries(extra)) target.members[key] ??= node;
  }
  return schema;
}
