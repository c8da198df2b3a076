import { parse, type ParseError, printParseErrorCode } from "jsonc-parser";

import type { Diagnostic } from "@/lib/lab/types";

/**
 * Stands in for lib/lab/taskdef's `checkTaskDefinition(text): Diagnostic[]` until it lands on
 * main: reports JSON syntax errors only, with the same shape. When the real checker lands,
 * import it in lab-files.tsx instead and delete this file.
 */
export function checkTaskDefinition(text: string): Diagnostic[] {
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  // jsonc-parser reports one mistake several ways at one place: keep the first of each.
  const seen = new Set<number>();
  return errors
    .filter((error) => !seen.has(error.offset) && seen.add(error.offset))
    .map((error) => {
      const before = text.slice(0, error.offset).split("\n");
      return {
        line: before.length,
        column: (before.at(-1)?.length ?? 0) + 1,
        rule: "json-syntax",
        message: `invalid JSON: ${printParseErrorCode(error.error)}`,
        severity: "error",
      };
    });
}
