/** A run of quiz text: plain, or `inline code` written between backticks. */
export interface TextRun {
  code: boolean;
  text: string;
}

/**
 * Splits quiz text on backticks so `awsvpc` and `aws ecs create-service` show as code. Quiz
 * text is otherwise plain: no Markdown, no HTML. An unmatched backtick is kept as-is.
 */
export function splitInlineCode(value: string): TextRun[] {
  const runs: TextRun[] = [];
  const pattern = /`([^`]+)`/g;
  let last = 0;
  for (const match of value.matchAll(pattern)) {
    if (match.index > last) runs.push({ code: false, text: value.slice(last, match.index) });
    runs.push({ code: true, text: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < value.length) runs.push({ code: false, text: value.slice(last) });
  return runs;
}

/** Quiz text without its backticks, for labels and announcements. */
export function plainText(value: string): string {
  return splitInlineCode(value)
    .map((run) => run.text)
    .join("");
}
