/**
 * What the CLI prints for a response: `--query` first, then the json, text, table or yaml
 * formatter, ported from awscli/formatter.py, text.py and table.py so a student's
 * `--output text --query …` pipeline prints what it prints against real AWS.
 */
import { search } from "@jmespath-community/jmespath";
import { stringify as stringifyYaml } from "yaml";

import type { Globals } from "./parse";
import { compileQuery } from "./query";
import { floatRepr } from "./py";

export type FormatResult =
  { ok: true; stdout: string } | { ok: false; stderr: string; exitCode: number };

export interface FormatOptions {
  /** The table's title: the API operation's name, as the CLI uses it (`DescribeServices`). */
  title?: string;
  /** The terminal's width, which decides when a wide table turns vertical. */
  width?: number;
}

/** `\nAn error occurred (Code) when calling the Op operation: message\n`, as CLI v2 prints it (exit 254). */
export function cliError(code: string, apiOperation: string, message: string): string {
  return `\nAn error occurred (${code}) when calling the ${apiOperation} operation: ${message}\n`;
}

/** Python's str() of a JSON value, as the text and table formatters print scalars. */
function pyScalar(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : floatRepr(value);
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isEmptyDict(value: unknown): boolean {
  return isObject(value) && Object.keys(value).length === 0;
}

// ---------------------------------------------------------------- json

function jsonNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
  return Number.isInteger(value) ? String(value) : floatRepr(value);
}

/** json.dump(indent=4, ensure_ascii=False): Python's spacing, non-ASCII kept. */
export function pythonJson(value: unknown, indent = 0): string {
  const pad = " ".repeat(indent + 4);
  const close = " ".repeat(indent);
  if (value === null || value === undefined) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return jsonNumber(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => pad + pythonJson(v, indent + 4)).join(",\n")}\n${close}]`;
  }
  if (isObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    const body = entries.map(
      ([k, v]) => `${pad}${JSON.stringify(k)}: ${pythonJson(v, indent + 4)}`,
    );
    return `{\n${body.join(",\n")}\n${close}}`;
  }
  return JSON.stringify(String(value));
}

// ---------------------------------------------------------------- text

function formatText(
  item: unknown,
  out: string[],
  identifier?: string,
  scalarKeys?: string[],
): void {
  if (isObject(item)) return formatDict(scalarKeys, item, identifier, out);
  if (Array.isArray(item)) return formatList(item, identifier, out);
  out.push(`${pyScalar(item)}\n`);
}

function formatScalarList(
  elements: unknown[],
  identifier: string | undefined,
  out: string[],
): void {
  if (identifier !== undefined) {
    for (const item of elements) out.push(`${identifier.toUpperCase()}\t${pyScalar(item)}\n`);
  } else {
    out.push(`${elements.map(pyScalar).join("\t")}\n`);
  }
}

function formatList(item: unknown[], identifier: string | undefined, out: string[]): void {
  if (item.length === 0) return;
  if (item.some(isObject)) {
    const keys = new Set<string>();
    for (const element of item) {
      if (!isObject(element)) continue;
      for (const [key, value] of Object.entries(element)) {
        if (!isObject(value) && !Array.isArray(value)) keys.add(key);
      }
    }
    const allKeys = [...keys].sort();
    for (const element of item) formatText(element, out, identifier, allKeys);
  } else if (item.some(Array.isArray)) {
    const scalars = item.filter((e) => !Array.isArray(e) && !isObject(e));
    const nonScalars = item.filter((e) => Array.isArray(e) || isObject(e));
    if (scalars.length > 0) formatScalarList(scalars, identifier, out);
    for (const nonScalar of nonScalars) formatText(nonScalar, out, identifier);
  } else {
    formatScalarList(item, identifier, out);
  }
}

function formatDict(
  scalarKeys: string[] | undefined,
  item: Record<string, unknown>,
  identifier: string | undefined,
  out: string[],
): void {
  const scalars: string[] = [];
  const nonScalars: [string, unknown][] = [];
  if (scalarKeys === undefined) {
    for (const key of Object.keys(item).sort()) {
      const value = item[key];
      if (isObject(value) || Array.isArray(value)) nonScalars.push([key, value]);
      else scalars.push(pyScalar(value));
    }
  } else {
    for (const key of scalarKeys) {
      scalars.push(Object.prototype.hasOwnProperty.call(item, key) ? pyScalar(item[key]) : "");
    }
    const rest = Object.keys(item)
      .filter((k) => !scalarKeys.includes(k))
      .sort();
    for (const key of rest) nonScalars.push([key, item[key]]);
  }
  if (scalars.length > 0) {
    if (identifier !== undefined) scalars.unshift(identifier.toUpperCase());
    out.push(`${scalars.join("\t")}\n`);
  }
  for (const [key, value] of nonScalars) formatText(value, out, key);
}

// ---------------------------------------------------------------- table

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

function textLength(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

/** Python's round(): halves go to the even neighbour. */
function pyRound(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

function centerText(
  text: string,
  length: number,
  left = "|",
  right = "|",
  textLen = textLength(text),
): string {
  const start = floorDiv(length, 2) - floorDiv(textLen, 2) - 1;
  const soFar = textLength(left) + Math.max(start, 0) + textLen;
  const rightSpaces = length - textLength(right) - soFar;
  return `${left}${" ".repeat(Math.max(start, 0))}${text}${" ".repeat(Math.max(rightSpaces, 0))}${right}`;
}

function alignLeft(text: string, length: number, left = "|", right = "|"): string {
  const len = textLength(text);
  const computed = len + 2 + textLength(left) + textLength(right);
  const padding = length - computed >= 0 ? 2 : 0;
  const soFar = left.length + padding + len;
  return `${left}${" ".repeat(padding)}${text}${" ".repeat(Math.max(length - soFar - right.length, 0))}${right}`;
}

class Section {
  title = "";
  headers: string[] = [];
  rows: string[][] = [];
  indent = 0;
  private cols: number | undefined;
  private maxWidths: number[] = [];

  widths(padding = 0, maxWidth?: number): number[] {
    const unscaled = this.maxWidths.map((w) => w + padding);
    if (maxWidth === undefined || unscaled.length === 0) return unscaled;
    const scale = maxWidth / unscaled.reduce((a, b) => a + b, 0);
    const scaled = unscaled.map((w) => pyRound(scale * w));
    let off = scaled.reduce((a, b) => a + b, 0) - maxWidth;
    while (off !== 0) {
      const order = [...scaled.keys()];
      if (off < 0) order.reverse();
      for (const i of order) {
        if (off > 0) {
          scaled[i] = (scaled[i] as number) - 1;
          off--;
        } else {
          scaled[i] = (scaled[i] as number) + 1;
          off++;
        }
        if (off === 0) break;
      }
    }
    return scaled;
  }

  totalWidth(padding: number, outer: number): number {
    let total = 0;
    for (const w of this.widths()) total += w + padding;
    total += 2 + outer * 2;
    return Math.max(textLength(this.title) + 2 + outer * 2, total);
  }

  addHeader(headers: string[]): void {
    this.updateWidths(headers);
    if (this.cols === undefined) this.cols = headers.length;
    this.headers = headers;
  }

  addRow(row: unknown[]): void {
    if (this.cols === undefined) this.cols = row.length;
    // table.py raises here; a ragged row from odd data is padded instead of failing the command.
    const cells = row.map(pyScalar);
    while (cells.length < this.cols) cells.push("");
    this.rows.push(cells);
    this.updateWidths(cells);
  }

  private updateWidths(row: string[]): void {
    if (this.maxWidths.length === 0) this.maxWidths = row.map(textLength);
    else
      row.forEach(
        (el, i) => (this.maxWidths[i] = Math.max(textLength(el), this.maxWidths[i] ?? 0)),
      );
  }
}

class MultiTable {
  sections: Section[] = [];
  private current: Section | undefined;

  constructor(private readonly terminalWidth: number) {}

  newSection(title: string, indent: number): void {
    this.current = new Section();
    this.current.title = title;
    this.current.indent = indent;
    this.sections.push(this.current);
  }

  addRowHeader(headers: string[]): void {
    this.section().addHeader(headers);
  }

  addRow(row: unknown[]): void {
    this.section().addRow(row);
  }

  private section(): Section {
    if (!this.current) this.newSection("", 0);
    return this.current as Section;
  }

  render(): string {
    let max = this.maxWidth();
    if (max > this.terminalWidth) {
      // convert_to_vertical_table: a one-row section becomes key/value rows.
      this.sections = this.sections.map((s) => {
        if (s.rows.length !== 1 || s.headers.length === 0) return s;
        const v = new Section();
        v.title = s.title;
        v.indent = s.indent;
        s.headers.forEach((h, i) => v.addRow([h, s.rows[0]?.[i] ?? ""]));
        return v;
      });
      max = this.maxWidth();
    }
    const out: string[] = [`${"-".repeat(max)}\n`];
    for (const s of this.sections) this.renderSection(s, max, out);
    return out.join("");
  }

  private maxWidth(): number {
    return Math.max(...this.sections.map((s) => s.totalWidth(4, s.indent)));
  }

  private renderSection(s: Section, maxWidth: number, out: string[]): void {
    const bar = "|".repeat(s.indent);
    const write = (line: string) => out.push(`${bar}${line}${bar}\n`);
    const width = maxWidth - s.indent * 2;
    if (s.title) {
      write(centerText(s.title, width));
      if (s.headers.length === 0 && s.rows.length === 0) write(`+${"-".repeat(width - 2)}+`);
    }
    const lineBreak = (widths: number[]) =>
      widths.map((w, i) => (i === 0 ? `+${"-".repeat(w - 2)}+` : `${"-".repeat(w - 1)}+`)).join("");
    if (s.headers.length > 0) {
      const widths = s.widths(4, width);
      write(lineBreak(widths));
      write(
        widths.map((w, i) => centerText(s.headers[i] ?? "", w, i === 0 ? "|" : "", "|")).join(""),
      );
    }
    if (s.rows.length > 0) {
      const widths = s.widths(4, width);
      if (widths.length === 0) return;
      write(lineBreak(widths));
      for (const row of s.rows) {
        write(widths.map((w, i) => alignLeft(row[i] ?? "", w, i === 0 ? "|" : "", "|")).join(""));
      }
      write(lineBreak(widths));
    }
  }
}

function isScalar(value: unknown): boolean {
  return !Array.isArray(value) && !isObject(value);
}

function groupScalarKeys(current: Record<string, unknown>): [string[], string[]] {
  const headers: string[] = [];
  const more: string[] = [];
  for (const [key, value] of Object.entries(current)) (isScalar(value) ? headers : more).push(key);
  return [headers.sort(), more.sort()];
}

function buildTable(
  table: MultiTable,
  title: string | undefined,
  current: unknown,
  indent = 0,
): boolean {
  if (
    current === null ||
    current === undefined ||
    current === false ||
    current === 0 ||
    current === "" ||
    (Array.isArray(current) && current.length === 0) ||
    isEmptyDict(current)
  ) {
    return false;
  }
  if (title !== undefined) table.newSection(title, indent);
  if (Array.isArray(current)) {
    if (isObject(current[0])) {
      const dicts = current.filter(isObject);
      const headers = new Set<string>();
      const more = new Set<string>();
      for (const item of dicts) {
        const [h, m] = groupScalarKeys(item);
        h.forEach((k) => headers.add(k));
        m.forEach((k) => more.add(k));
      }
      const headerList = [...headers].sort();
      const moreList = [...more].sort();
      table.addRowHeader(headerList);
      dicts.forEach((element, i) => {
        if (i > 0 && moreList.length > 0) {
          table.newSection(title ?? "", indent);
          table.addRowHeader(headerList);
        }
        table.addRow(
          headerList.map((h) =>
            Object.prototype.hasOwnProperty.call(element, h) ? element[h] : "",
          ),
        );
        for (const key of moreList) {
          if (Object.prototype.hasOwnProperty.call(element, key))
            buildTable(table, key, element[key], indent + 1);
        }
      });
    } else {
      for (const item of current) {
        if (isScalar(item)) table.addRow([item]);
        else if (Array.isArray(item) && item.every(isScalar)) table.addRow(item);
        else buildTable(table, undefined, item);
      }
    }
  }
  if (isObject(current)) {
    const [headers, more] = groupScalarKeys(current);
    if (headers.length === 1) table.addRow([headers[0], current[headers[0] as string]]);
    else if (headers.length > 0) {
      table.addRowHeader(headers);
      table.addRow(headers.map((h) => current[h]));
    }
    for (const key of more) buildTable(table, key, current[key], indent + 1);
  }
  return true;
}

// ---------------------------------------------------------------- entry point

/**
 * Prints a response as the CLI would: `--query` applied, then the chosen format. A bad query
 * expression or a query that fails on the data gives the CLI's error instead. Never throws.
 */
export function formatOutput(
  data: unknown,
  globals: Pick<Globals, "output" | "query">,
  options: FormatOptions = {},
): FormatResult {
  try {
    let result = data;
    if (isObject(result) && "ResponseMetadata" in result) {
      result = Object.fromEntries(Object.entries(result).filter(([k]) => k !== "ResponseMetadata"));
    }
    if (globals.query !== undefined) {
      const compiled = compileQuery(globals.query);
      if (!compiled.ok) {
        return { ok: false, stderr: `\n${compiled.message}\n`, exitCode: 252 };
      }
      try {
        result = search(result as Parameters<typeof search>[0], globals.query) as unknown;
      } catch (e) {
        return { ok: false, stderr: `\n${(e as Error).message}\n`, exitCode: 255 };
      }
    }
    switch (globals.output) {
      case "text": {
        const out: string[] = [];
        formatText(result, out);
        return { ok: true, stdout: out.join("") };
      }
      case "table": {
        const table = new MultiTable(options.width ?? 80);
        const built = buildTable(table, options.title ?? "", result);
        return { ok: true, stdout: built ? table.render() : "" };
      }
      case "yaml":
      case "yaml-stream": {
        if (isEmptyDict(result)) return { ok: true, stdout: "" };
        const value = globals.output === "yaml-stream" ? [result] : result;
        if (isScalar(value)) return { ok: true, stdout: `${pythonJson(value)}\n` };
        return { ok: true, stdout: stringifyYaml(value, { lineWidth: 0 }) };
      }
      default:
        if (isEmptyDict(result)) return { ok: true, stdout: "" };
        return { ok: true, stdout: `${pythonJson(result)}\n` };
    }
  } catch (e) {
    return { ok: false, stderr: `\n${(e as Error)?.message ?? String(e)}\n`, exitCode: 255 };
  }
}
