/** A run of an excerpt's text, marked when it is a word the search matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around the matched words) into plain
 * text runs, so the page renders it as text rather than as HTML. Any other tag is dropped.
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of html.split(/(<\/?[a-z][^>]*>)/i)) {
    const tag = /^<(\/?)([a-z]+)/i.exec(piece);
    if (tag) {
      if (tag[2]!.toLowerCase() === "mark") marked = tag[1] !== "/";
      continue;
    }
    if (piece === "") continue;
    const text = decodeEntities(piece);
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}

/**
 * The distinct words an excerpt marks, lower-cased and without the punctuation around them:
 * what the search matched in the text.
 */
export function markedWords(html: string): string[] {
  const words: string[] = [];
  for (const match of html.matchAll(/<mark>([^<]*)<\/mark>/gi)) {
    for (const word of decodeEntities(match[1]!).toLowerCase().split(/\s+/)) {
      const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
      if (bare.length >= 2) words.push(bare);
    }
  }
  return [...new Set(words)];
}
