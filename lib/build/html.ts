// The few tags of an exported page that the build steps after `next build` read: every
// <script> (with its text, so a <link> inside a script's text is never taken for a tag) and
// every <link>. React writes attributes in one form only (name="value", a boolean as name=""),
// which is what this reads; anything else is reported by the steps that use it.

export interface Tag {
  name: "script" | "link";
  /** Attribute names in lower case. */
  attributes: Record<string, string>;
  /** The script's text; "" for a <link>. */
  text: string;
  /** The whole tag as written, its text and end tag included. */
  source: string;
  index: number;
}

const TAG = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>|<link\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

export function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = Object.create(null);
  for (const match of source.matchAll(ATTRIBUTE)) {
    attributes[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? "";
  }
  return attributes;
}

export function scriptAndLinkTags(html: string): Tag[] {
  return [...html.matchAll(TAG)].map((match) =>
    match[3] === undefined
      ? {
          name: "script",
          attributes: parseAttributes(match[1]!),
          text: match[2]!,
          source: match[0],
          index: match.index,
        }
      : {
          name: "link",
          attributes: parseAttributes(match[3]),
          text: "",
          source: match[0],
          index: match.index,
        },
  );
}

/** Event-handler attributes (onload="…") anywhere in the page: a hash-based CSP cannot allow them. */
export function inlineHandlers(html: string): string[] {
  return [...html.matchAll(/<[a-z][a-z0-9-]*\b[^>]*?\s(on[a-z]+)\s*=/gi)].map((m) => m[1]!);
}
