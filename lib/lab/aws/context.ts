import type { Account, LabState, Tag } from "../types";

/** What a service handler works on: the state (changed in place, on a copy) and the call's Region. */
export interface Ctx {
  state: LabState;
  account: Account;
  region: string;
}

/** Parameters as the CLI layer hands them over: API member names, typed values. */
export type Params = Record<string, unknown>;

export type Handler = (ctx: Ctx, params: Params) => unknown;

/** `2026-01-01T09:00:00+00:00`, as the AWS CLI v2 prints a timestamp. */
export function iso(ms: number): string {
  const date = new Date(ms);
  const base = date.toISOString().slice(0, 19);
  const millis = date.getUTCMilliseconds();
  return `${base}${millis ? `.${String(millis).padStart(3, "0")}000` : ""}+00:00`;
}

export const str = (value: unknown): string | undefined =>
  typeof value === "string" ? value : undefined;
export const num = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined;
export const bool = (value: unknown): boolean | undefined =>
  typeof value === "boolean" ? value : undefined;
export const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
export const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((v): v is Record<string, unknown> => typeof v === "object" && v !== null)
    : [];
export const record = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** The value of the `Name` tag, as consoles show resources. */
export const nameTag = (tags: Tag[]) => tags.find((t) => t.Key === "Name")?.Value;

/**
 * EC2-style `--filters Name=…,Values=…`: keeps the items every filter matches. `fields` maps a
 * filter name to the item's values for it; `tag:Key` filters read the item's tags.
 */
export function applyFilters<T extends { Tags?: Tag[] }>(
  items: T[],
  filters: unknown,
  fields: Record<string, (item: T) => (string | boolean | undefined)[]>,
  fail: (name: string) => never,
): T[] {
  let result = items;
  for (const filter of records(filters)) {
    const name = str(filter.Name) ?? "";
    const wanted = strings(filter.Values);
    let get: (item: T) => (string | boolean | undefined)[];
    if (name.startsWith("tag:")) {
      const key = name.slice(4);
      get = (item) => (item.Tags ?? []).filter((t) => t.Key === key).map((t) => t.Value);
    } else {
      const field = Object.hasOwn(fields, name) ? fields[name] : undefined;
      if (!field) fail(name);
      get = field;
    }
    result = result.filter((item) =>
      get(item).some((value) => wanted.some((w) => matchesWildcard(String(value), w))),
    );
  }
  return result;
}

/** EC2 filter values take `*` and `?` wildcards. */
function matchesWildcard(value: string, pattern: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".")}$`,
  );
  return regex.test(value);
}
