/**
 * The few Python behaviours the CLI's messages show: how `int()` and `float()` read a string,
 * how `str()` and `repr()` print a value, and Python's float as a value of its own. botocore
 * rejects `2.0` where it wants an integer, so a float read from JSON or shorthand must stay a
 * float until validation has seen it; `unbox` turns the parameters into plain JSON afterwards.
 */

/** A Python float: `60.0` in JSON, or a double parameter's value. */
export class PyFloat {
  constructor(readonly value: number) {}
}

export type PyValue =
  string | number | boolean | null | PyFloat | PyValue[] | { [key: string]: PyValue };

export class PyValueError extends Error {}

const INT_RE = /^\s*[+-]?\d(?:_?\d)*\s*$/;

/** Python's `int(text)`, or a PyValueError with Python's message. */
export function pyInt(text: string): number {
  if (!INT_RE.test(text)) {
    throw new PyValueError(`invalid literal for int() with base 10: ${pyRepr(text)}`);
  }
  return Number(text.trim().replace(/_/g, ""));
}

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.)$/;

/** Python's `float(text)`, or a PyValueError with Python's message. */
export function pyFloat(text: string): number {
  const t = text.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(t);
  if (special) {
    if (special[2]?.toLowerCase() === "nan") return NaN;
    return special[1] === "-" ? -Infinity : Infinity;
  }
  if (!FLOAT_RE.test(t)) {
    throw new PyValueError(`could not convert string to float: ${pyRepr(text)}`);
  }
  return Number(t.replace(/_/g, ""));
}

/** Python's `repr()` of a float: `60.0`, `1e+16`, `1.5e-05`, `inf`. */
export function floatRepr(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e16 || abs < 1e-4)) {
    const [mantissa = "", exponent = ""] = value.toExponential().split("e");
    const sign = exponent.startsWith("-") ? "-" : "+";
    const digits = exponent.replace(/^[+-]/, "").padStart(2, "0");
    return `${mantissa}e${sign}${digits}`;
  }
  const text = String(value);
  return Number.isInteger(value) ? `${text}.0` : text;
}

function strRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "\\") out += "\\\\";
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out + quote;
}

/** Python's `repr()`, as botocore's messages print a value inside a list or dict. */
export function pyRepr(value: unknown): string {
  if (typeof value === "string") return strRepr(value);
  return pyStr(value);
}

/** Python's `str()`: a string bare, containers as Python prints them. */
export function pyStr(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : floatRepr(value);
  if (value instanceof PyFloat) return floatRepr(value.value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([k, v]) => `${strRepr(k)}: ${pyRepr(v)}`).join(", ")}}`;
  }
  return String(value);
}

/** The name Python gives a value's type, as in `<class 'str'>`. */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return "<class 'NoneType'>";
  if (typeof value === "boolean") return "<class 'bool'>";
  if (typeof value === "string") return "<class 'str'>";
  if (typeof value === "number")
    return Number.isInteger(value) ? "<class 'int'>" : "<class 'float'>";
  if (value instanceof PyFloat) return "<class 'float'>";
  if (Array.isArray(value)) return "<class 'list'>";
  return "<class 'dict'>";
}

/** Plain JSON data for the simulator: every PyFloat back to a number. */
export function unbox(value: unknown): unknown {
  if (value instanceof PyFloat) return value.value;
  if (Array.isArray(value)) return value.map(unbox);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = unbox(v);
    return out;
  }
  return value;
}
