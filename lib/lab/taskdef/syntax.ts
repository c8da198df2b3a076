/**
 * JSON syntax errors in words for a student, placed where the fix goes. jsonc-parser reports one
 * mistake as a cascade (a trailing comma gives "property name expected" and "value expected"), so
 * only the first error on each line is kept.
 */
import { printParseErrorCode, type ParseError } from "jsonc-parser";

export interface SyntaxProblem {
  offset: number;
  message: string;
}

function previousNonSpace(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i] ?? "")) i -= 1;
  return i;
}

function describe(text: string, error: ParseError): SyntaxProblem {
  const { offset, length } = error;
  const atEnd = offset >= text.length;
  const found = text.slice(offset, offset + Math.max(length, 1));
  const code = printParseErrorCode(error.error);
  const before = previousNonSpace(text, offset);
  const trailingComma =
    (code === "PropertyNameExpected" || code === "ValueExpected") && text[before] === ",";
  if (trailingComma && (text[offset] === "}" || text[offset] === "]")) {
    return {
      offset: before,
      message:
        "Remove this comma: JSON does not allow a comma after the last item of an object or array.",
    };
  }
  switch (code) {
    case "InvalidSymbol":
      if (found.startsWith("'")) {
        return {
          offset,
          message: `Use double quotes: JSON writes strings and keys as "like this", not ${found}.`,
        };
      }
      if (text[before] === "{" || text[before] === ",") {
        return {
          offset,
          message: `Put the property name in double quotes: "${found}".`,
        };
      }
      return {
        offset,
        message: `Unexpected "${found}": a value is a "string" in double quotes, a number, true, false, null, an object or an array.`,
      };
    case "InvalidNumberFormat":
      return {
        offset,
        message: `"${found}" is not a JSON number (no leading zeros, + signs or hex).`,
      };
    case "PropertyNameExpected":
      return atEnd
        ? { offset, message: "Unexpected end of the file: expected a property name." }
        : { offset, message: 'Expected a property name in double quotes, such as "family".' };
    case "ValueExpected":
      return atEnd
        ? { offset, message: "Unexpected end of the file: expected a value." }
        : { offset, message: "Expected a value after the colon." };
    case "ColonExpected":
      return { offset, message: "Expected a colon (:) between the property name and its value." };
    case "CommaExpected":
      return {
        offset,
        message: "Expected a comma: separate properties, and the items of an array, with ','.",
      };
    case "CloseBraceExpected":
      return atEnd
        ? { offset, message: "Unexpected end of the file: a '}' is missing to close an object." }
        : { offset, message: "Expected a comma or a '}' to close the object." };
    case "CloseBracketExpected":
      return atEnd
        ? { offset, message: "Unexpected end of the file: a ']' is missing to close an array." }
        : { offset, message: "Expected a comma or a ']' to close the array." };
    case "EndOfFileExpected":
      return {
        offset,
        message:
          "Unexpected text after the end of the task definition: the file holds one JSON object.",
      };
    case "InvalidCommentToken":
      return {
        offset,
        message: "Comments are not allowed in JSON: the AWS CLI would reject this file.",
      };
    case "UnexpectedEndOfComment":
      return {
        offset,
        message: "This comment is never closed (and JSON does not allow comments).",
      };
    case "UnexpectedEndOfString":
      return { offset, message: "This string is never closed: add the closing double quote." };
    case "UnexpectedEndOfNumber":
      return { offset, message: "This number ends too early." };
    case "InvalidUnicode":
      return { offset, message: "Invalid \\u escape: write four hexadecimal digits, as \\u00e9." };
    case "InvalidEscapeCharacter":
      return {
        offset,
        message:
          'Invalid escape: inside a JSON string write a backslash as \\\\ and a quote as \\".',
      };
    case "InvalidCharacter":
      return {
        offset,
        message: "A line break or tab inside a string must be written as \\n or \\t.",
      };
    default:
      return { offset, message: "This is not valid JSON." };
  }
}

/** The syntax problems to show, at most one per line, in the order of the text. */
export function syntaxProblems(
  text: string,
  errors: readonly ParseError[],
  lineOf: (offset: number) => number,
): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  const lines = new Set<number>();
  for (const error of errors) {
    const line = lineOf(error.offset);
    if (lines.has(line)) continue;
    lines.add(line);
    out.push(describe(text, error));
  }
  return out;
}
