/**
 * The part of a POSIX shell a student needs to follow an AWS lesson: words and quotes,
 * variables, `$(…)`, `\` line continuations, comments, pipes, `&&`, `||` and `;`. Parsing is
 * separate from running, so what a line means can be tested without an account.
 */

/** One piece of a word: literal text, a variable, or a command substitution. */
export type WordPart =
  | { kind: "text"; text: string; quoted: boolean }
  | { kind: "var"; name: string; quoted: boolean }
  | { kind: "subst"; source: string; quoted: boolean };

export type Word = WordPart[];

export interface SimpleCommand {
  /** `NAME=value` words before the command name. */
  assignments: { name: string; value: Word }[];
  words: Word[];
}

/** Commands joined by `|`: each one's output is the next one's input. */
export type Pipeline = SimpleCommand[];

/** A list of pipelines; each after the first runs depending on the connector before it. */
export interface CommandList {
  items: { pipeline: Pipeline; connector: ";" | "&&" | "||" }[];
}

export class ShellSyntaxError extends Error {}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * Parses what the student typed. Throws ShellSyntaxError with a bash-like message for an
 * unclosed quote or `$(`, or an operator with nothing after it.
 */
export function parseShell(input: string): CommandList {
  // A backslash at the end of a line joins it with the next, as in any shell.
  const source = input.replace(/\r\n?/g, "\n").replace(/\\\n/g, "");
  let i = 0;
  const items: CommandList["items"] = [];
  let pipeline: Pipeline = [];
  let command: SimpleCommand = { assignments: [], words: [] };
  let connector: ";" | "&&" | "||" = ";";

  const endCommand = (operator: string) => {
    if (command.words.length === 0 && command.assignments.length === 0) {
      if (operator !== ";" && operator !== "\n") {
        throw new ShellSyntaxError(`syntax error near unexpected token \`${operator}'`);
      }
      if (pipeline.length > 0) {
        throw new ShellSyntaxError("syntax error: unexpected end of command after `|'");
      }
      return false;
    }
    pipeline.push(command);
    command = { assignments: [], words: [] };
    return true;
  };
  const endPipeline = (operator: string, next: ";" | "&&" | "||") => {
    const had = endCommand(operator);
    if (had) {
      items.push({ pipeline, connector });
      pipeline = [];
    } else if (next !== ";") {
      throw new ShellSyntaxError(`syntax error near unexpected token \`${operator}'`);
    }
    connector = next;
  };

  while (i < source.length) {
    const c = source[i]!;
    if (c === " " || c === "\t") {
      i++;
      continue;
    }
    if (c === "#") {
      while (i < source.length && source[i] !== "\n") i++;
      continue;
    }
    if (c === "\n" || c === ";") {
      endPipeline(c, ";");
      i++;
      continue;
    }
    if (source.startsWith("&&", i) || source.startsWith("||", i)) {
      const op = source.slice(i, i + 2) as "&&" | "||";
      endPipeline(op, op);
      i += 2;
      continue;
    }
    if (c === "|") {
      if (!endCommand("|")) throw new ShellSyntaxError("syntax error near unexpected token `|'");
      i++;
      continue;
    }
    if (c === "&") {
      throw new ShellSyntaxError("background jobs (`&`) are not available in the lab");
    }
    if (c === "<" || c === ">") {
      throw new ShellSyntaxError(
        "redirection (`<`, `>`) is not available in the lab: edit files in the Files tab",
      );
    }
    const [word, next] = readWord(source, i);
    i = next;
    const assignment = command.words.length === 0 ? asAssignment(word) : undefined;
    if (assignment) command.assignments.push(assignment);
    else command.words.push(word);
  }
  if (connector !== ";" && command.words.length === 0 && pipeline.length === 0) {
    throw new ShellSyntaxError("syntax error: unexpected end of file");
  }
  endPipeline("\n", ";");
  return { items };
}

function asAssignment(word: Word): { name: string; value: Word } | undefined {
  const first = word[0];
  if (!first || first.kind !== "text" || first.quoted) return undefined;
  const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text);
  if (!match) return undefined;
  const rest = first.text.slice(match[0].length);
  const value: Word = rest ? [{ ...first, text: rest }, ...word.slice(1)] : word.slice(1);
  return { name: match[1]!, value };
}

const WORD_END = new Set([" ", "\t", "\n", ";", "|", "&", "<", ">"]);

/** Reads one word from `start`; returns it and the index after it. */
function readWord(source: string, start: number): [Word, number] {
  const parts: Word = [];
  let i = start;
  const text = (value: string, quoted: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === "text" && last.quoted === quoted) last.text += value;
    else parts.push({ kind: "text", text: value, quoted });
  };
  while (i < source.length && !WORD_END.has(source[i]!)) {
    const c = source[i]!;
    if (c === "\\") {
      if (i + 1 < source.length) text(source[i + 1]!, true);
      i += 2;
    } else if (c === "'") {
      const end = source.indexOf("'", i + 1);
      if (end < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `''");
      text(source.slice(i + 1, end), true);
      i = end + 1;
    } else if (c === '"') {
      i = readDoubleQuoted(source, i + 1, parts, text);
    } else if (c === "$") {
      i = readDollar(source, i, parts, false, text);
    } else if (c === "`") {
      const end = source.indexOf("`", i + 1);
      if (end < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching ``'");
      parts.push({ kind: "subst", source: source.slice(i + 1, end), quoted: false });
      i = end + 1;
    } else {
      text(c, false);
      i++;
    }
  }
  if (parts.length === 0) parts.push({ kind: "text", text: "", quoted: true });
  return [parts, i];
}

function readDoubleQuoted(
  source: string,
  start: number,
  parts: Word,
  text: (value: string, quoted: boolean) => void,
): number {
  let i = start;
  let any = false;
  while (i < source.length && source[i] !== '"') {
    const c = source[i]!;
    if (c === "\\" && i + 1 < source.length && '$`"\\\n'.includes(source[i + 1]!)) {
      text(source[i + 1]!, true);
      i += 2;
    } else if (c === "$") {
      i = readDollar(source, i, parts, true, text);
    } else {
      text(c, true);
      i++;
    }
    any = true;
  }
  if (i >= source.length)
    throw new ShellSyntaxError("unexpected EOF while looking for matching `\"'");
  // "" is an empty word, not no word.
  if (!any) text("", true);
  return i + 1;
}

function readDollar(
  source: string,
  start: number,
  parts: Word,
  quoted: boolean,
  text: (value: string, quoted: boolean) => void,
): number {
  const after = source.slice(start + 1);
  if (after.startsWith("(")) {
    const end = matchingParen(source, start + 1);
    parts.push({ kind: "subst", source: source.slice(start + 2, end), quoted });
    return end + 1;
  }
  if (after.startsWith("{")) {
    const end = source.indexOf("}", start);
    if (end < 0) throw new ShellSyntaxError("bad substitution: missing `}'");
    const name = source.slice(start + 2, end);
    if (!/^([A-Za-z_][A-Za-z0-9_]*|\?)$/.test(name)) {
      throw new ShellSyntaxError(`\${${name}}: bad substitution`);
    }
    parts.push({ kind: "var", name, quoted });
    return end + 1;
  }
  if (after.startsWith("?")) {
    parts.push({ kind: "var", name: "?", quoted });
    return start + 2;
  }
  const match = NAME.exec(after);
  if (!match) {
    text("$", quoted);
    return start + 1;
  }
  parts.push({ kind: "var", name: match[0], quoted });
  return start + 1 + match[0].length;
}

/** Index of the `)` closing the `(` at `open`, skipping quotes and nested parentheses. */
function matchingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "'") {
      const end = source.indexOf("'", i + 1);
      if (end < 0) break;
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== '"') j += source[j] === "\\" ? 2 : 1;
      i = j;
    } else if (c === "(") depth++;
    else if (c === ")") {
      depth--;
      if (depth === 0) return i;
    }
  }
  throw new ShellSyntaxError("unexpected EOF while looking for matching `)'");
}

/** How a word's parts become strings: variables and substitutions are looked up by the caller. */
export interface Expander {
  variable(name: string): string | undefined;
  substitute(source: string): string;
}

/**
 * Expands one word into zero or more arguments: unquoted variables and substitutions are split
 * on whitespace (so `--subnets $SUBNETS` passes each subnet), quoted ones are kept whole.
 */
export function expandWord(word: Word, expander: Expander): string[] {
  const fields: string[] = [];
  let current = "";
  let started = false;
  for (const part of word) {
    if (part.kind === "text") {
      current += part.text;
      started = true;
      continue;
    }
    const value =
      part.kind === "var"
        ? (expander.variable(part.name) ?? "")
        : expander.substitute(part.source).replace(/\n+$/, "");
    if (part.quoted) {
      current += value;
      started = true;
      continue;
    }
    const pieces = value.split(/[ \t\n]+/);
    pieces.forEach((piece, index) => {
      if (index > 0) {
        if (started) fields.push(current);
        current = "";
        started = false;
      }
      if (piece) {
        current += piece;
        started = true;
      }
    });
  }
  if (started) fields.push(current);
  return fields;
}

/** Expands a word where no splitting happens (the value of `NAME=…`). */
export function expandWordWhole(word: Word, expander: Expander): string {
  return word
    .map((part) =>
      part.kind === "text"
        ? part.text
        : part.kind === "var"
          ? (expander.variable(part.name) ?? "")
          : expander.substitute(part.source).replace(/\n+$/, ""),
    )
    .join("");
}
