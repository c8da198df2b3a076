import type { Code, List, Root, RootContent, Table } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { toString } from "mdast-util-to-string";
import { gfm } from "micromark-extension-gfm";
import { mdxjs } from "micromark-extension-mdxjs";
import { describe, expect, it } from "vitest";

import {
  cutToFit,
  fitSlides,
  SLIDE_LAYOUT,
  splitBlock,
  type ContinuedSlide,
} from "@/lib/slides/fit";
import type { SlideOutline } from "@/lib/slides/navigation";
import { splitSlides } from "@/lib/slides/split";

function parse(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [mdxjs(), gfm()],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
  });
}

const sentence = "A sentence of about sixty characters, as a slide might say.";
const paragraphs = (count: number) =>
  Array.from({ length: count }, (_, n) => `P${n + 1} ${sentence}`).join("\n\n");
const items = (count: number) =>
  Array.from({ length: count }, (_, n) => `- item ${n + 1}: ${sentence}`).join("\n");
const codeLines = (count: number) =>
  Array.from({ length: count }, (_, n) => `echo line ${n + 1}`).join("\n");

const fit = (markdown: string) => {
  const continued: ContinuedSlide[] = [];
  const slides = fitSlides(splitSlides(parse(markdown).children), (slide) => continued.push(slide));
  return { slides, continued };
};

describe("fitSlides", () => {
  it("leaves a slide that fits as it is, and says nothing", () => {
    const { slides, continued } = fit(`## Short\n\n${items(4)}`);
    expect(slides).toHaveLength(1);
    expect(continued).toEqual([]);
  });

  it("continues a long slide under its title and '(continued)', notes on the first", () => {
    const { slides, continued } = fit(
      `## Long\n\n${paragraphs(14)}\n\n<Notes>\n\nSay it.\n\n</Notes>`,
    );
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.map((s) => s.title)).toEqual([
      "Long",
      ...slides.slice(1).map(() => "Long (continued)"),
    ]);
    expect(toString(slides[1]!.body[0]!)).toBe("Long (continued)");
    expect(slides[0]!.notes).toHaveLength(1);
    expect(slides[1]!.notes).toEqual([]);
    // Every paragraph is still there, once, in order.
    const texts = slides.flatMap((s) =>
      s.body.filter((n) => n.type === "paragraph").map((n) => toString(n).split(" ")[0]),
    );
    expect(texts).toEqual(Array.from({ length: 14 }, (_, n) => `P${n + 1}`));
    expect(continued).toHaveLength(1);
    expect(continued[0]!.title).toBe("Long");
    // The line where the continuation starts, for the content check's file:line.
    expect(continued[0]!.lines[0]).toBeGreaterThan(3);
  });

  it("splits a long list between items, and an ordered one keeps counting", () => {
    const ordered = Array.from({ length: 16 }, (_, n) => `${n + 1}. ${sentence}`).join("\n");
    const { slides } = fit(`## Steps\n\n${ordered}`);
    expect(slides.length).toBeGreaterThan(1);
    const first = slides[0]!.body[1] as List;
    const rest = slides[1]!.body[1] as List;
    expect(rest.type).toBe("list");
    expect(rest.start).toBe(first.children.length + 1);
    expect(first.children.length + rest.children.length).toBeLessThanOrEqual(16);
  });

  it("splits a table between rows and repeats its header", () => {
    const rows = Array.from({ length: 20 }, (_, n) => `| row ${n + 1} | value ${n + 1} |`);
    const { slides } = fit(`## Table\n\n| Name | Value |\n| --- | --- |\n${rows.join("\n")}`);
    expect(slides.length).toBeGreaterThan(1);
    const tables = slides.map((s) => s.body.find((n) => n.type === "table") as Table);
    for (const table of tables) expect(toString(table.children[0]!)).toBe("NameValue");
    const bodyRows = tables.flatMap((t) =>
      t.children.slice(1).map((r) => toString(r.children[0]!)),
    );
    expect(bodyRows).toEqual(Array.from({ length: 20 }, (_, n) => `row ${n + 1}`));
  });

  it("splits code between lines, never after a line that continues a command", () => {
    const lines = Array.from({ length: 30 }, (_, n) =>
      n % 3 === 2 ? `  --end ${n}` : `aws thing ${n} \\`,
    ).join("\n");
    const { slides } = fit(`## Code\n\n\`\`\`bash title="Many" run\n${lines}\n\`\`\``);
    expect(slides.length).toBeGreaterThan(1);
    const pieces = slides.map((s) => s.body.find((n) => n.type === "code") as Code);
    for (const piece of pieces.slice(0, -1)) expect(piece.value).not.toMatch(/\\$/);
    expect(pieces.map((p) => p.value).join("\n")).toBe(lines);
    // Half a command must not be pasted into the lab; the title stays.
    for (const piece of pieces) expect(piece.meta).toBe('title="Many"');
  });

  it("never ends a slide on a heading: it moves with what follows", () => {
    const { slides } = fit(`## Two parts\n\n${paragraphs(10)}\n\n### Part two\n\n${paragraphs(2)}`);
    for (const slide of slides) expect(slide.body.at(-1)!.type).not.toBe("heading");
  });

  it("keeps a block that cannot split and is taller than a slide alone on its slide", () => {
    const long = Array.from({ length: 60 }, () => sentence).join(" ");
    const { slides } = fit(`## Wall\n\nFirst.\n\n${long}\n\nLast.`);
    const wall = slides.find((s) => s.body.some((n) => toString(n) === long))!;
    expect(wall.body.filter((n) => n.type === "paragraph")).toHaveLength(1);
  });

  it("counts each slide's own reveal steps", () => {
    const reveals = Array.from({ length: 3 }, () => `<Reveal>\n\n${items(3)}\n\n</Reveal>`).join(
      "\n\n",
    );
    const { slides } = fit(`## Reveals\n\n${paragraphs(8)}\n\n${reveals}`);
    expect(slides.reduce((sum, s) => sum + s.steps, 0)).toBe(9);
  });
});

describe("cutToFit and splitBlock", () => {
  it("estimates every piece within the slide's budget when it can split", () => {
    const body = parse(`${items(30)}`).children as RootContent[];
    const pieces = cutToFit(body);
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.flatMap((p) => (p[0] as List).children)).toHaveLength(30);
  });

  it("does not split what has no boundary, or when nothing fits", () => {
    const [paragraph] = parse(sentence).children;
    expect(splitBlock(paragraph!, 10)).toBeUndefined();
    const [list] = parse(items(3)).children;
    expect(splitBlock(list!, 5)).toBeUndefined();
    expect(splitBlock(list!, SLIDE_LAYOUT.budget)).toBeUndefined();
    const [code] = parse(`\`\`\`\n${codeLines(10)}\n\`\`\``).children;
    expect(splitBlock(code!, 40)).toBeUndefined();
  });
});

describe("the content check", () => {
  it("warns with file:line where a slide continues, and the deck has the continuation", async () => {
    const { compileMdx } = await import("@/lib/course/compile");
    const { default: path } = await import("node:path");
    const source = `## Fine\n\nShort.\n\n## Long\n\n${paragraphs(14)}\n`;
    const common = {
      file: path.resolve("content/lesson.mdx"),
      displayPath: "content/lesson.mdx",
      publicDir: path.resolve("public"),
      slugByFile: new Map<string, string>(),
      tocMinDepth: 2,
      tocMaxDepth: 3,
      lessonTitle: "Lesson",
    };
    const page = await compileMdx(source, common);
    const continued = page.warnings.filter((w) => /continues on a next slide/.test(w.message));
    expect(continued).toHaveLength(1);
    expect(continued[0]).toMatchObject({ file: "content/lesson.mdx" });
    expect(continued[0]!.message).toContain('slide "Long"');
    // The line of the first paragraph that moved: one of the 14, after the heading on line 5.
    expect(continued[0]!.line).toBeGreaterThan(7);

    const outline: SlideOutline[] = [];
    await compileMdx(source, { ...common, slides: { title: "Lesson", outline } });
    expect(outline.map((slide) => slide.title)).toEqual([
      "Lesson",
      "Fine",
      "Long",
      "Long (continued)",
    ]);
  });
});
