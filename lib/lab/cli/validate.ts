/**
 * botocore's client-side parameter validation (botocore/validate.py): the checks the CLI runs
 * before it sends anything, with its messages. Enums are not checked here, as botocore does not
 * check them: the service does.
 */
import type { ApiShape } from "./api-types";
import { PyFloat, pyStr, pyTypeName } from "./py";

type ShapeLookup = (name: string) => ApiShape | undefined;

const VALID_TYPES: Record<string, string> = {
  structure: "<class 'dict'>",
  map: "<class 'dict'>",
  string: "<class 'str'>",
  list: "<class 'list'>, <class 'tuple'>",
  integer: "<class 'int'>",
  long: "<class 'int'>",
  boolean: "<class 'bool'>",
  double: "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
  float: "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
  timestamp: "<class 'datetime.datetime'>, timestamp-string",
  blob: "<class 'bytes'>, <class 'bytearray'>, file-like object",
};

function isDict(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof PyFloat)
  );
}

// Python's bool is an int, so botocore takes `true` where it wants a number.
function isInt(value: unknown): boolean {
  return typeof value === "boolean" || (typeof value === "number" && Number.isInteger(value));
}

function isTimestamp(value: unknown): boolean {
  if (typeof value === "number" || value instanceof PyFloat) return true;
  if (typeof value !== "string") return false;
  const text = value.trim();
  if (/^[+-]?\d+(\.\d*)?$/.test(text)) return true;
  return text !== "" && !Number.isNaN(Date.parse(text));
}

function displayName(name: string): string {
  if (!name) return "input";
  return name.startsWith(".") ? name.slice(1) : name;
}

/** Validates `params` against the operation's input shape; returns botocore's report lines. */
export function validateParams(params: unknown, shapeName: string, lookup: ShapeLookup): string[] {
  const errors: string[] = [];
  const invalidType = (name: string, value: unknown, type: string) => {
    errors.push(
      `Invalid type for parameter ${displayName(name)}, value: ${pyStr(value)}, ` +
        `type: ${pyTypeName(value)}, valid types: ${VALID_TYPES[type] ?? ""}`,
    );
  };
  const minCheck = (name: string, value: number, shape: ApiShape, what: "length" | "value") => {
    if (shape.min !== undefined && value < shape.min) {
      const kind = what === "length" ? "Invalid length" : "Invalid value";
      errors.push(
        `${kind} for parameter ${displayName(name)}, value: ${value}, valid min ${what}: ${shape.min}`,
      );
    }
  };

  const visit = (value: unknown, shapeRef: string, name: string, depth: number): void => {
    const shape = lookup(shapeRef);
    if (!shape || depth > 64) return;
    switch (shape.type) {
      case "structure": {
        if (!isDict(value)) return invalidType(name, value, shape.type);
        for (const required of shape.required ?? []) {
          if (!Object.prototype.hasOwnProperty.call(value, required)) {
            errors.push(`Missing required parameter in ${displayName(name)}: "${required}"`);
          }
        }
        const members = shape.members ?? {};
        const known: string[] = [];
        for (const key of Object.keys(value)) {
          if (Object.prototype.hasOwnProperty.call(members, key)) known.push(key);
          else {
            errors.push(
              `Unknown parameter in ${displayName(name)}: "${key}", must be one of: ` +
                Object.keys(members).join(", "),
            );
          }
        }
        for (const key of known)
          visit(value[key], members[key] as string, `${name}.${key}`, depth + 1);
        return;
      }
      case "list": {
        if (!Array.isArray(value)) return invalidType(name, value, shape.type);
        minCheck(name, value.length, shape, "length");
        value.forEach((item, i) => visit(item, shape.member ?? "", `${name}[${i}]`, depth + 1));
        return;
      }
      case "map": {
        if (!isDict(value)) return invalidType(name, value, shape.type);
        for (const [key, item] of Object.entries(value)) {
          visit(key, shape.key ?? "", `${name} (key: ${key})`, depth + 1);
          visit(item, shape.value ?? "", `${name}.${key}`, depth + 1);
        }
        return;
      }
      case "string":
        if (typeof value !== "string") return invalidType(name, value, shape.type);
        return minCheck(name, value.length, shape, "length");
      case "integer":
      case "long":
        if (!isInt(value)) return invalidType(name, value, shape.type);
        return minCheck(name, Number(value), shape, "value");
      case "double":
      case "float":
        if (!isInt(value) && typeof value !== "number" && !(value instanceof PyFloat)) {
          return invalidType(name, value, shape.type);
        }
        return minCheck(
          name,
          value instanceof PyFloat ? value.value : Number(value),
          shape,
          "value",
        );
      case "boolean":
        if (typeof value !== "boolean") invalidType(name, value, shape.type);
        return;
      case "timestamp":
        if (!isTimestamp(value)) invalidType(name, value, shape.type);
        return;
      case "blob":
        if (typeof value !== "string") invalidType(name, value, shape.type);
        return;
    }
  };
  visit(params, shapeName, "", 0);
  return errors;
}
