/**
 * The CLI's shorthand syntax (`Name=vpc-id,Values=vpc-1,vpc-2`, `a={b=[c,d]}`), ported from
 * awscli/shorthand.py: first a purely syntactic parse, then the "back-compat" pass that uses the
 * parameter's model to turn numbers and booleans into their types and single values into lists.
 * The parser's error messages are the CLI's, caret and all.
 */
import type { ApiShape } from "./api-types";
import { PyFloat, PyValueError, pyFloat, pyInt, type PyValue } from "./py";
import { setKey } from "./pyjson";

export class ShorthandError extends Error {}

/** An error the CLI does not catch as a parameter error (it exits 255 with the bare message). */
export class ShorthandFatal extends Error {}

const WHITESPACE = " \t\n\r\x0b\x0c";
const KEY_CHARS = /[A-Za-z0-9\-_.#/:]/;
const START_WORD = "!#-&(-+\\x2D-<>-Z\\x5C-z|-\\uffff";
const FIRST_FOLLOW = "\\s!#-&(-+\\x2D-\\x5C^-|~-\\uffff";
const SECOND_FOLLOW = "\\s!#-&(-+\\x2D-<>-\\uffff";
const ESCAPED_COMMA = "(\\\\,)";
const FIRST_VALUE = new RegExp(
  `(${ESCAPED_COMMA}|[${START_WORD}])(${ESCAPED_COMMA}|[${FIRST_FOLLOW}])*`,
  "y",
);
const SECOND_VALUE = new RegExp(
  `(${ESCAPED_COMMA}|[${START_WORD}])(${ESCAPED_COMMA}|[${SECOND_FOLLOW}])*`,
  "y",
);
const SINGLE_QUOTED = /'(?:\\'|[^'])*'/y;
const DOUBLE_QUOTED = /"(?:\\"|[^"])*"/y;

function errorLocation(value: string, index: number): string {
  let consumed = value;
  let remaining = "";
  let spaces = index;
  const before = value.slice(0, index);
  if (before.includes("\n")) spaces = index - before.lastIndexOf("\n") - 1;
  const after = value.slice(index);
  if (after.includes("\n")) {
    const next = index + after.indexOf("\n");
    consumed = value.slice(0, next);
    remaining = value.slice(next);
  }
  return `${consumed}\n${" ".repeat(spaces)}^${remaining}`;
}

class SyntaxErr extends ShorthandError {
  constructor(value: string, expected: string, actual: string, index: number) {
    super(
      `Expected: '${expected}', received: '${actual}' for input:\n ${errorLocation(value, index)}`,
    );
  }
}

/** Reads `file://` / `fileb://` values after `key@=`; undefined when the value is no file. */
export type ParamFileReader = (value: string) => string | undefined;

class Parser {
  private index = 0;
  private resolveFiles = false;

  constructor(
    private readonly input: string,
    private readonly readParamFile: ParamFileReader,
  ) {}

  parse(): Record<string, PyValue> {
    const params: Record<string, PyValue> = {};
    const [key, value] = this.keyval();
    setKey(params, key, value);
    let lastIndex = this.index;
    while (this.index < this.input.length) {
      this.expect(",", true);
      const [k, v] = this.keyval();
      if (Object.prototype.hasOwnProperty.call(params, k)) {
        throw new ShorthandError(
          `Second instance of key "${k}" encountered for input:\n${errorLocation(this.input, lastIndex + 1)}\n` +
            `This is often because there is a preceding "," instead of a space.`,
        );
      }
      setKey(params, k, v);
      lastIndex = this.index;
    }
    return params;
  }

  private keyval(): [string, PyValue] {
    const key = this.key();
    this.optionalAt();
    this.expect("=", true);
    return [key, this.values()];
  }

  private optionalAt(): void {
    this.resolveFiles = false;
    try {
      this.expect("@", true);
      this.resolveFiles = true;
    } catch (e) {
      if (!(e instanceof SyntaxErr)) throw e;
    }
  }

  private key(): string {
    const start = this.index;
    while (!this.atEof() && KEY_CHARS.test(this.current())) this.index++;
    return this.input.slice(start, this.index);
  }

  private values(): PyValue {
    if (this.atEof()) return "";
    if (this.current() === "[") return this.explicitList();
    if (this.current() === "{") return this.hashLiteral();
    return this.csvValue();
  }

  private csvValue(): PyValue {
    const first = this.firstValue();
    this.consumeWhitespace();
    if (this.atEof() || this.input[this.index] !== ",") return first;
    this.expect(",", true);
    const list: PyValue[] = [first];
    for (;;) {
      try {
        const current = this.secondValue();
        this.consumeWhitespace();
        if (this.atEof()) {
          list.push(current);
          break;
        }
        this.expect(",", true);
        list.push(current);
      } catch (e) {
        if (!(e instanceof SyntaxErr)) throw e;
        if (this.atEof()) throw e;
        // `Values=a,b,Name=c`: what follows the last comma is the next key, not a value.
        this.backtrackTo(",");
        break;
      }
    }
    return list.length === 1 ? first : list;
  }

  private value(): string {
    FIRST_VALUE.lastIndex = this.index;
    const m = FIRST_VALUE.exec(this.input);
    if (!m) return "";
    this.index += m[0].length;
    return this.maybeFile(m[0].replace(/\\,/g, ",").trimEnd());
  }

  private explicitList(): PyValue[] {
    this.expect("[", true);
    const values: PyValue[] = [];
    while (this.current() !== "]") {
      values.push(this.explicitValues());
      this.consumeWhitespace();
      if (this.current() !== "]") {
        this.expect(",");
        this.consumeWhitespace();
      }
    }
    this.expect("]");
    return values;
  }

  private explicitValues(): PyValue {
    if (this.current() === "[") return this.explicitList();
    if (this.current() === "{") return this.hashLiteral();
    return this.firstValue();
  }

  private hashLiteral(): Record<string, PyValue> {
    this.expect("{", true);
    const out: Record<string, PyValue> = {};
    while (this.current() !== "}") {
      const key = this.key();
      this.optionalAt();
      this.expect("=", true);
      const v = this.explicitValues();
      this.consumeWhitespace();
      if (this.current() !== "}") {
        this.expect(",");
        this.consumeWhitespace();
      }
      setKey(out, key, v);
    }
    this.expect("}");
    return out;
  }

  private firstValue(): string {
    if (this.current() === "'") return this.quoted(SINGLE_QUOTED, "'");
    if (this.current() === '"') return this.quoted(DOUBLE_QUOTED, '"');
    return this.value();
  }

  private quoted(regex: RegExp, quote: string): string {
    const raw = this.mustConsume(
      regex,
      regex === SINGLE_QUOTED ? "singled quoted" : "double quoted",
    );
    const value = raw.slice(1, -1).split(`\\${quote}`).join(quote).split("\\\\").join("\\");
    return this.maybeFile(value);
  }

  private secondValue(): string {
    if (this.current() === "'") return this.quoted(SINGLE_QUOTED, "'");
    if (this.current() === '"') return this.quoted(DOUBLE_QUOTED, '"');
    const consumed = this.mustConsume(SECOND_VALUE, "second");
    return this.maybeFile(consumed.replace(/\\,/g, ",").trimEnd());
  }

  private maybeFile(value: string): string {
    if (!this.resolveFiles) return value;
    return this.readParamFile(value) ?? value;
  }

  private expect(char: string, consumeWhitespace = false): void {
    if (consumeWhitespace) this.consumeWhitespace();
    if (this.index >= this.input.length) throw new SyntaxErr(this.input, char, "EOF", this.index);
    const actual = this.input[this.index] as string;
    if (actual !== char) throw new SyntaxErr(this.input, char, actual, this.index);
    this.index++;
    if (consumeWhitespace) this.consumeWhitespace();
  }

  private mustConsume(regex: RegExp, name: string): string {
    regex.lastIndex = this.index;
    const m = regex.exec(this.input);
    if (m) {
      this.index += m[0].length;
      return m[0];
    }
    throw new SyntaxErr(this.input, `<${name}>`, "<none>", this.index);
  }

  private current(): string {
    return this.index < this.input.length ? (this.input[this.index] as string) : "";
  }

  private atEof(): boolean {
    return this.index >= this.input.length;
  }

  private backtrackTo(char: string): void {
    while (this.index >= 0 && this.input[this.index] !== char) this.index--;
  }

  private consumeWhitespace(): void {
    while (!this.atEof() && WHITESPACE.includes(this.current())) this.index++;
  }
}

/** Parses one shorthand value into dicts, lists and strings, as ShorthandParser.parse does. */
export function parseShorthand(
  value: string,
  readParamFile: ParamFileReader = () => undefined,
): Record<string, PyValue> {
  return new Parser(value, readParamFile).parse();
}

type ShapeLookup = (name: string) => ApiShape | undefined;

function pyTypeWord(value: PyValue): string {
  if (Array.isArray(value)) return "list";
  if (value === null) return "NoneType";
  if (typeof value === "object") return value instanceof PyFloat ? "float" : "dict";
  return typeof value === "string" ? "str" : "int";
}

function convertScalar(shape: ApiShape, value: PyValue): PyValue {
  const type = shape.type;
  const isText = typeof value === "string";
  try {
    if (type === "integer" || type === "long") {
      if (!isText) {
        throw new ShorthandFatal(
          `int() argument must be a string, a bytes-like object or a real number, not '${pyTypeWord(value)}'`,
        );
      }
      return pyInt(value);
    }
    if (type === "double" || type === "float") {
      if (!isText) {
        throw new ShorthandFatal(
          `float() argument must be a string or a real number, not '${pyTypeWord(value)}'`,
        );
      }
      return new PyFloat(pyFloat(value));
    }
  } catch (e) {
    if (e instanceof PyValueError) throw new ShorthandFatal(e.message);
    throw e;
  }
  if (type === "boolean") {
    if (!isText) throw new ShorthandFatal(`'${pyTypeWord(value)}' object has no attribute 'lower'`);
    if (value.toLowerCase() === "true") return true;
    if (value.toLowerCase() === "false") return false;
  }
  return value;
}

/**
 * BackCompatVisitor: walks the parsed value beside the model, converting scalars in place and
 * wrapping a lone value where the model wants a list (`Values=vpc-1` → `["vpc-1"]`).
 */
export function applyModel(value: PyValue, shapeName: string, lookup: ShapeLookup): PyValue {
  const visit = (
    current: PyValue | undefined,
    name: string,
    depth: number,
  ): PyValue | undefined => {
    const shape = lookup(name);
    if (current === undefined || current === null || !shape || depth > 64) return current;
    if (shape.type === "structure") {
      if (typeof current !== "object" || Array.isArray(current) || current instanceof PyFloat) {
        return current;
      }
      for (const [member, memberShape] of Object.entries(shape.members ?? {})) {
        if (!Object.prototype.hasOwnProperty.call(current, member)) continue;
        const next = visit(current[member], memberShape, depth + 1);
        if (next !== undefined) setKey(current, member, next);
      }
      return current;
    }
    if (shape.type === "list") {
      if (!Array.isArray(current)) return [current];
      return current.map((element) => visit(element, shape.member ?? "", depth + 1) ?? element);
    }
    if (shape.type === "map") {
      if (typeof current !== "object" || Array.isArray(current) || current instanceof PyFloat) {
        return current;
      }
      for (const [key, v] of Object.entries(current)) {
        setKey(current, key, visit(v, shape.value ?? "", depth + 1) ?? v);
      }
      return current;
    }
    return convertScalar(shape, current);
  };
  // The top level has no parent to put a wrapped list into, so botocore leaves it as it is.
  const shape = lookup(shapeName);
  if (shape?.type === "list" && !Array.isArray(value)) return value;
  return visit(value, shapeName, 0) ?? value;
}
