/**
 * Python's `json.loads`, with its error messages: the CLI prints them verbatim when a parameter's
 * JSON is wrong ("Expecting ',' delimiter: line 1 column 12 (char 11)"), and students will
 * meet them. Numbers with a fraction or exponent become PyFloat, as Python makes them floats.
 */
import { PyFloat, type PyValue } from "./py";

export class PyJsonError extends Error {}

/** Sets a key without letting `__proto__` reach the prototype. */
export function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

const WS = /[ \t\n\r]*/y;
const NUMBER = /(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

class Scanner {
  constructor(private readonly s: string) {}

  fail(message: string, pos: number): never {
    const before = this.s.slice(0, pos);
    const line = before.split("\n").length;
    const col = pos - (before.lastIndexOf("\n") + 1) + 1;
    throw new PyJsonError(`${message}: line ${line} column ${col} (char ${pos})`);
  }

  ws(pos: number): number {
    WS.lastIndex = pos;
    WS.exec(this.s);
    return WS.lastIndex;
  }

  value(pos: number): [PyValue, number] {
    const s = this.s;
    const ch = s[pos];
    if (ch === '"') return this.string(pos + 1);
    if (ch === "{") return this.object(pos + 1);
    if (ch === "[") return this.array(pos + 1);
    if (s.startsWith("null", pos)) return [null, pos + 4];
    if (s.startsWith("true", pos)) return [true, pos + 4];
    if (s.startsWith("false", pos)) return [false, pos + 5];
    if (s.startsWith("NaN", pos)) return [new PyFloat(NaN), pos + 3];
    if (s.startsWith("Infinity", pos)) return [new PyFloat(Infinity), pos + 8];
    if (s.startsWith("-Infinity", pos)) return [new PyFloat(-Infinity), pos + 9];
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(s);
    if (m && m[0] !== "" && m.index === pos) {
      const end = pos + m[0].length;
      if (m[2] || m[3]) return [new PyFloat(Number(m[0])), end];
      return [Number(m[0]), end];
    }
    return this.fail("Expecting value", pos);
  }

  string(start: number): [string, number] {
    const s = this.s;
    let out = "";
    let pos = start;
    for (;;) {
      if (pos >= s.length) this.fail("Unterminated string starting at", start - 1);
      const ch = s[pos] as string;
      if (ch === '"') return [out, pos + 1];
      if (ch === "\\") {
        const esc = s[pos + 1];
        if (esc === undefined) this.fail("Unterminated string starting at", start - 1);
        if (esc === "u") {
          const hex = s.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("Invalid \\uXXXX escape", pos + 1);
          out += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
          continue;
        }
        const mapped = ESCAPES[esc];
        if (mapped === undefined) this.fail("Invalid \\escape", pos);
        out += mapped;
        pos += 2;
        continue;
      }
      if (ch < " ") this.fail("Invalid control character at", pos);
      out += ch;
      pos += 1;
    }
  }

  object(start: number): [PyValue, number] {
    const s = this.s;
    const out: Record<string, PyValue> = {};
    let pos = this.ws(start);
    if (s[pos] === "}") return [out, pos + 1];
    for (;;) {
      if (s[pos] !== '"') {
        this.fail("Expecting property name enclosed in double quotes", pos);
      }
      const [key, afterKey] = this.string(pos + 1);
      pos = this.ws(afterKey);
      if (s[pos] !== ":") this.fail("Expecting ':' delimiter", pos);
      pos = this.ws(pos + 1);
      const [value, afterValue] = this.value(pos);
      setKey(out, key, value);
      pos = this.ws(afterValue);
      if (s[pos] === "}") return [out, pos + 1];
      if (s[pos] !== ",") this.fail("Expecting ',' delimiter", pos);
      pos = this.ws(pos + 1);
    }
  }

  array(start: number): [PyValue, number] {
    const s = this.s;
    const out: PyValue[] = [];
    let pos = this.ws(start);
    if (s[pos] === "]") return [out, pos + 1];
    for (;;) {
      const [value, afterValue] = this.value(pos);
      out.push(value);
      pos = this.ws(afterValue);
      if (s[pos] === "]") return [out, pos + 1];
      if (s[pos] !== ",") this.fail("Expecting ',' delimiter", pos);
      pos = this.ws(pos + 1);
    }
  }
}

/** Parses like Python's `json.loads`; throws PyJsonError with Python's message. */
export function pyJsonLoads(text: string): PyValue {
  const scanner = new Scanner(text);
  const start = scanner.ws(0);
  const [value, end] = scanner.value(start);
  const rest = scanner.ws(end);
  if (rest !== text.length) scanner.fail("Extra data", rest);
  return value;
}
