import type { Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { toString } from "mdast-util-to-string";
import { mdxjs } from "micromark-extension-mdxjs";
import { describe, expect, it } from "vitest";

import { countBodyWords, forAudience, wordySlides } from "@/lib/slides/audience";
import { splitSlides } from "@/lib/slides/split";

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
const text = (nodes: RootContent[]) => nodes.map((node) => toString(node)).join(" | ");

describe("forAudience", () => {
  const source =
    "## One\n\nBoth.\n\n<ReaderOnly>\n\nPage prose.\n\n</ReaderOnly>\n\n<SlideOnly>\n\n- Slide point\n\n## Slide heading\n\n</SlideOnly>";

  it("keeps reader-only text on the page and drops slide-only text", () => {
    expect(text(forAudience(parse(source).children, "page"))).toBe("One | Both. | Page prose.");
  });

  it("does the opposite in the deck, where a heading inside <SlideOnly> starts a slide", () => {
    const deck = forAudience(parse(source).children, "slides");
    expect(text(deck)).toBe("One | Both. | Slide point | Slide heading");
    expect(splitSlides(deck).map((slide) => slide.title)).toEqual(["One", "Slide heading"]);
  });

  it("works inside other blocks too", () => {
    const nested = parse("<Reveal>\n\n- a\n\n<ReaderOnly>\n\nlong\n\n</ReaderOnly>\n\n</Reveal>");
    expect(text(forAudience(nested.children, "slides"))).toBe("a");
  });
});

describe("countBodyWords", () => {
  it("counts paragraphs, lists and inline code, not headings, code blocks, tables or notes", () => {
    const tree = parse(
      [
        "## A heading with several words",
        "Three words here, `and code`.",
        "- one\n- two",
        "```bash\ndocker build -t hello-web:1.0 .\n```",
        "<Notes>\n\nLots of words for the presenter only.\n\n</Notes>",
        "<ArchitectureDiagram />",
      ].join("\n\n"),
    );
    expect(countBodyWords(tree.children)).toBe(7);
  });
});

describe("wordySlides", () => {
  it("reports a slide over the limit with its line, in the deck's view", () => {
    const tree = parse(
      `## Short\n\n${words(10)}\n\n## Long\n\n${words(41)}\n\n## Trimmed\n\n${words(20)}\n\n<ReaderOnly>\n\n${words(60)}\n\n</ReaderOnly>`,
    );
    expect(wordySlides(tree.children)).toEqual([{ line: 5, title: "Long", words: 41 }]);
  });

  it("counts the introduction, which becomes the title slide", () => {
    expect(wordySlides(parse(`${words(45)}\n\n## Next\n\nShort.`).children)).toEqual([
      { line: 1, words: 45 },
    ]);
  });
});
