/**
 * The part of Python's argparse the CLI relies on, with its messages: options anywhere, values
 * taken only from words that are not options, `--flag=value`, unique prefixes (`--out json`),
 * nargs `*`/`+`, store_true/store_false, choices with the CLI's "Found invalid choice" text, and
 * unknown words collected in order for the next parser (parse_known_args).
 */
import { getCloseMatches } from "./difflib";
import { PyFloat, pyRepr } from "./py";

export interface OptionSpec {
  /** The option string, with its dashes: `--region`. */
  name: string;
  dest: string;
  kind: "value" | "list" | "list+" | "true" | "false" | "version";
  convert?: "int" | "float";
  choices?: readonly string[];
  required?: boolean;
}

export interface PositionalSpec {
  dest: string;
  optional?: boolean;
  choices?: readonly string[];
}

export interface Parsed {
  values: Map<string, unknown>;
  extras: string[];
  /** Set when `--version` was read: argparse prints and exits at once. */
  version?: boolean;
}

export class ArgError extends Error {}

const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

/** The CLI's replacement for argparse's invalid choice text (argparser.py _check_value). */
export function invalidChoice(value: string, choices: readonly string[]): string {
  const lines = [`Found invalid choice '${value}'\n`];
  const possible = getCloseMatches(value, choices, 3, 0.8);
  if (possible.length > 0) {
    lines.push("Maybe you meant:\n");
    for (const word of possible) lines.push(`  * ${word}`);
  }
  return lines.join("\n");
}

function convert(spec: OptionSpec, raw: string): unknown {
  if (spec.convert === "int") {
    if (!/^\s*[+-]?\d(?:_?\d)*\s*$/.test(raw)) {
      throw new ArgError(`argument ${spec.name}: invalid int value: ${pyRepr(raw)}`);
    }
    return Number(raw.trim().replace(/_/g, ""));
  }
  if (spec.convert === "float") {
    const t = raw.trim();
    const special = /^([+-]?)(inf|infinity|nan)$/i.exec(t);
    if (special) {
      const lower = special[2]?.toLowerCase();
      return new PyFloat(lower === "nan" ? NaN : special[1] === "-" ? -Infinity : Infinity);
    }
    if (
      !/^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/.test(
        t,
      )
    ) {
      throw new ArgError(`argument ${spec.name}: invalid float value: ${pyRepr(raw)}`);
    }
    return new PyFloat(Number(t.replace(/_/g, "")));
  }
  return raw;
}

function checkChoice(name: string, value: string, choices?: readonly string[]): void {
  if (choices && !choices.includes(value)) {
    throw new ArgError(`argument ${name}: ${invalidChoice(value, choices)}`);
  }
}

type Token =
  { kind: "A"; text: string } | { kind: "O"; text: string; spec?: OptionSpec; explicit?: string };

function classify(args: readonly string[], options: readonly OptionSpec[]): Token[] {
  const byName = new Map(options.map((o) => [o.name, o]));
  const tokens: Token[] = [];
  let positionalOnly = false;
  for (const text of args) {
    if (positionalOnly) {
      tokens.push({ kind: "A", text });
      continue;
    }
    if (text === "--") {
      positionalOnly = true;
      continue;
    }
    if (!text.startsWith("-") || text === "-") {
      tokens.push({ kind: "A", text });
      continue;
    }
    const exact = byName.get(text);
    if (exact) {
      tokens.push({ kind: "O", text, spec: exact });
      continue;
    }
    const eq = text.indexOf("=");
    const head = eq >= 0 ? text.slice(0, eq) : text;
    const explicit = eq >= 0 ? text.slice(eq + 1) : undefined;
    const withValue = eq >= 0 ? byName.get(head) : undefined;
    if (withValue) {
      tokens.push({ kind: "O", text, spec: withValue, explicit });
      continue;
    }
    if (text.startsWith("--")) {
      const matches = options.filter((o) => o.name.startsWith(head));
      if (matches.length > 1) {
        const names = matches.map((o) => o.name).join(", ");
        throw new ArgError(`ambiguous option: ${head} could match ${names}`);
      }
      if (matches.length === 1) {
        tokens.push({ kind: "O", text, spec: matches[0], explicit });
        continue;
      }
    }
    if (NEGATIVE_NUMBER.test(text) || text.includes(" ")) {
      tokens.push({ kind: "A", text });
      continue;
    }
    tokens.push({ kind: "O", text });
  }
  return tokens;
}

/**
 * Parses `args` as argparse's parse_known_args would. Throws ArgError with argparse's message
 * (the caller adds the CLI's "aws: [ERROR]:" and usage).
 */
export function parseKnownArgs(
  args: readonly string[],
  options: readonly OptionSpec[],
  positionals: readonly PositionalSpec[],
): Parsed {
  const tokens = classify(args, options);
  const values = new Map<string, unknown>();
  const seen = new Set<OptionSpec>();
  const extras: string[] = [];
  const pending = [...positionals];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (token.kind === "A") {
      // A run of plain words: the next positionals take what they can, the rest are extras.
      let end = i;
      while (end < tokens.length && tokens[end]?.kind === "A") end++;
      for (let j = i; j < end; j++) {
        const word = (tokens[j] as Token).text;
        const positional = pending.shift();
        if (!positional) {
          extras.push(word);
          continue;
        }
        checkChoice(`${positional.dest}`, word, positional.choices);
        values.set(positional.dest, word);
      }
      // An optional positional is consumed, empty, by the first run that reaches it.
      while (pending[0]?.optional) pending.shift();
      i = end;
      continue;
    }
    const spec = token.spec;
    if (!spec) {
      extras.push(token.text);
      i++;
      continue;
    }
    seen.add(spec);
    i++;
    if (spec.kind === "true" || spec.kind === "false" || spec.kind === "version") {
      if (token.explicit !== undefined) {
        throw new ArgError(
          `argument ${spec.name}: ignored explicit argument ${pyRepr(token.explicit)}`,
        );
      }
      if (spec.kind === "version") return { values, extras, version: true };
      values.set(spec.dest, spec.kind === "true");
      continue;
    }
    const taken: string[] = [];
    if (token.explicit !== undefined) taken.push(token.explicit);
    if (spec.kind === "value") {
      if (taken.length === 0) {
        const next = tokens[i];
        if (!next || next.kind !== "A")
          throw new ArgError(`argument ${spec.name}: expected one argument`);
        taken.push(next.text);
        i++;
      }
      const value = convert(spec, taken[0] as string);
      checkChoice(spec.name, taken[0] as string, spec.choices);
      values.set(spec.dest, value);
      continue;
    }
    if (token.explicit === undefined) {
      while (i < tokens.length && tokens[i]?.kind === "A") {
        taken.push((tokens[i] as Token).text);
        i++;
      }
    }
    if (spec.kind === "list+" && taken.length === 0) {
      throw new ArgError(`argument ${spec.name}: expected at least one argument`);
    }
    values.set(
      spec.dest,
      taken.map((t) => convert(spec, t)),
    );
  }
  const missing = [
    ...options.filter((o) => o.required && !seen.has(o)).map((o) => o.name),
    ...pending.filter((p) => !p.optional).map((p) => p.dest),
  ];
  if (missing.length > 0) {
    throw new ArgError(`the following arguments are required: ${missing.join(", ")}`);
  }
  return { values, extras };
}
