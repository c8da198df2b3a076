import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { mdxjs } from "micromark-extension-mdxjs";
import { describe, expect, it } from "vitest";

import { splitSlides } from "@/lib/slides/split";

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

const slides = (markdown: string) => splitSlides(parse(markdown).children);

describe("splitSlides", () => {
  it("cuts at ## headings when there are no breaks, intro first", () => {
    const result = slides("Intro text.\n\n## One\n\nA\n\n### Sub\n\nB\n\n## Two\n\nC");
    expect(result.map((s) => s.title)).toEqual([undefined, "One", "Two"]);
    expect(result[1]?.body.map((n) => n.type)).toEqual([
      "heading",
      "paragraph",
      "heading",
      "paragraph",
    ]);
  });

  it("cuts at --- breaks when there are any, and only there", () => {
    const result = slides("## One\n\nA\n\n## Still one\n\n---\n\n## Two\n\nB");
    expect(result.map((s) => s.title)).toEqual(["One", "Two"]);
    expect(result[0]?.body).toHaveLength(3);
  });

  it("is one slide for a lesson with no breaks and no ## headings", () => {
    const result = slides("Just text.\n\n### Small heading\n\nMore.");
    expect(result).toHaveLength(1);
    expect(result[0]?.title).toBe("Small heading");
  });

  it("does not cut at --- inside a code block", () => {
    const result = slides("## One\n\n```yaml\n---\nkey: value\n---\n```\n\n## Two");
    expect(result).toHaveLength(2);
    expect(result[0]?.body.map((n) => n.type)).toEqual(["heading", "code"]);
  });

  it("drops empty slides from leading, trailing or doubled breaks", () => {
    expect(slides("---\n\nA\n\n---\n\n---\n\nB\n\n---").map((s) => s.body.length)).toEqual([1, 1]);
  });

  it("moves <Notes> into the slide's notes", () => {
    const [first] = slides("## One\n\nShown.\n\n<Notes>\n\nSay this. ≈2 min\n\n</Notes>");
    expect(first?.body.map((n) => n.type)).toEqual(["heading", "paragraph"]);
    expect(first?.notes).toHaveLength(1);
    expect(first?.notes[0]?.type).toBe("paragraph");
  });

  it("counts <Reveal> steps: list items, else block children", () => {
    const [list, blocks, none] = slides(
      "## List\n\n<Reveal>\n\n- a\n- b\n- c\n\n</Reveal>\n\n## Blocks\n\n<Reveal>\n\nP1\n\nP2\n\n</Reveal>\n\n## None\n\n- a",
    );
    expect(list?.steps).toBe(3);
    expect(blocks?.steps).toBe(2);
    expect(none?.steps).toBe(0);
  });
});
