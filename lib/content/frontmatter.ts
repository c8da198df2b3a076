import { isMap, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";

import type { ContentProblem } from "./errors";

export interface FrontmatterBlock {
  /** The YAML between the fences, or "" when the file has none. */
  yaml: string;
  /** 1-based line of the first YAML line (line 2 when the file starts with `---`). */
  yamlStartLine: number;
  /** The rest of the file after the closing fence. */
  body: string;
  /** 1-based line where the body starts. */
  bodyStartLine: number;
}

const FENCE = /^---\s*$/;

/** Splits a `---` fenced YAML block off the top of a Markdown file. */
export function splitFrontmatter(source: string): FrontmatterBlock {
  const lines = source.split("\n");
  if (!FENCE.test(lines[0] ?? "")) {
    return { yaml: "", yamlStartLine: 1, body: source, bodyStartLine: 1 };
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) {
    return { yaml: "", yamlStartLine: 1, body: source, bodyStartLine: 1 };
  }
  return {
    yaml: lines.slice(1, close).join("\n"),
    yamlStartLine: 2,
    body: lines.slice(close + 1).join("\n"),
    bodyStartLine: close + 2,
  };
}

/**
 * Parses YAML and validates it with a zod schema. Every problem (YAML syntax or schema)
 * is reported with the file line it is on, so `file:line:` points at the offending key.
 */
export function parseYamlWith<Schema extends z.ZodType>(
  schema: Schema,
  yaml: string,
  file: string,
  firstLine: number,
  what: string,
): { data?: z.infer<Schema>; problems: ContentProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: lineAt(error.pos[0]),
        message: `${what} is not valid YAML: ${error.message.split("\n")[0]}`,
        hint: "Check indentation and quote values that contain a colon, e.g. title: \"ECS: the basics\".",
      })),
    };
  }

  const value: unknown = doc.contents === null ? {} : doc.toJS();
  if (doc.contents !== null && !isMap(doc.contents)) {
    return {
      problems: [
        { file, line: firstLine, message: `${what} must be a set of "key: value" lines` },
      ],
    };
  }

  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, problems: [] };

  // An unknown key in a strict object is reported at the key itself, one problem per key.
  const located = result.error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((name) => ({
          path: [...issue.path, name],
          text: "is not a known key: check its spelling",
          fallback: issue.message,
        }))
      : [{ path: issue.path, text: describeIssue(issue), fallback: issue.message }],
  );
  return {
    problems: located.map(({ path, text, fallback }) => {
      const node = doc.getIn(path as (string | number)[], true) as
        | { range?: [number, number, number] }
        | undefined;
      // A missing key has no node: point at the key's parent, or the top of the block.
      const parent =
        path.length > 1
          ? (doc.getIn(path.slice(0, -1) as (string | number)[], true) as
              | { range?: [number, number, number] }
              | undefined)
          : undefined;
      const offset = node?.range?.[0] ?? parent?.range?.[0];
      const key = path.join(".");
      return {
        file,
        line: offset === undefined ? Math.max(1, firstLine - 1) : lineAt(offset),
        message: key ? `${what} "${key}" ${text}` : `${what}: ${fallback}`,
      };
    }),
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.message.startsWith("Invalid input")) {
    return `must be a ${issue.expected}`;
  }
  return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
}
