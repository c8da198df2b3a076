import path from "node:path";

import type { Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { mdxFromMarkdown } from "mdast-util-mdx";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { mdxjs } from "micromark-extension-mdxjs";
import { describe, expect, it } from "vitest";

import { compileMdx } from "@/lib/course/compile";
import { getContentPaths } from "@/lib/content";
import { loadDiagramContent } from "@/lib/diagram/load";
import type { SlideOutline } from "@/lib/slides/navigation";
import {
  numberReveals,
  REVEAL_ATTRIBUTE,
  remarkSlides,
  SLIDE_NOTES_TAG,
  SLIDE_TAG,
} from "@/lib/slides/remark";
import { countSteps } from "@/lib/slides/split";

/** The architecture diagram's workflow steps, from its content file. */
const STEPS = loadDiagramContent(getContentPaths()).steps;

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

function attribute(node: MdxJsxFlowElement, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return typeof found?.value === "string" ? found.value : undefined;
}

/** The node as a block element named `name`, else undefined. */
function tag(node: RootContent, name: string): MdxJsxFlowElement | undefined {
  return node.type === "mdxJsxFlowElement" && node.name === name ? node : undefined;
}

interface Slide {
  index?: string;
  title?: string;
  /** The text of each block on the slide. */
  body: string[];
  notes: string[];
}

/** Runs the slides transform on `markdown` and reads back the slides it wrote. */
function deck(markdown: string, options: { title?: string; description?: string } = {}) {
  const tree = parse(markdown);
  const outline: SlideOutline[] = [];
  remarkSlides({
    title: options.title ?? "Lesson title",
    description: options.description,
    outline,
  })()(tree);
  const slides: Slide[] = [];
  for (const node of tree.children) {
    const slide = tag(node, SLIDE_TAG);
    const notes = tag(node, SLIDE_NOTES_TAG);
    if (slide) {
      slides.push({
        index: attribute(slide, "index"),
        title: attribute(slide, "title"),
        body: slide.children.map((child) => toString(child)),
        notes: [],
      });
    } else if (notes) {
      const last = slides[slides.length - 1];
      expect(attribute(notes, "index")).toBe(last?.index);
      last?.notes.push(...notes.children.map((child) => toString(child)));
    } else if (node.type !== "mdxjsEsm" || slides.length > 0) {
      throw new Error(`unexpected ${node.type} at the top of the deck`);
    }
  }
  return { tree, outline, slides };
}

/** Every element a `<Reveal>` numbered, in document order: its tag or node type, and its step. */
function revealed(nodes: readonly RootContent[]): { kind: string; step: string; text: string }[] {
  const found: { kind: string; step: string; text: string }[] = [];
  const visit = (node: RootContent) => {
    if (node.type === "listItem") {
      const step = node.data?.hProperties?.[REVEAL_ATTRIBUTE];
      if (step !== undefined)
        found.push({ kind: "listItem", step: String(step), text: toString(node) });
    }
    const div = tag(node, "div");
    if (div) {
      const step = attribute(div, REVEAL_ATTRIBUTE);
      if (step !== undefined) found.push({ kind: "div", step, text: toString(node) });
    }
    if ("children" in node) for (const child of node.children as RootContent[]) visit(child);
  };
  for (const node of nodes) visit(node);
  return found;
}

describe("remarkSlides: the title slide", () => {
  it("comes first, headed by the lesson title, and takes in the introduction and its notes", () => {
    const { slides, outline } = deck(
      "Welcome to the lesson.\n\n<Notes>\n\nGreet the room.\n\n</Notes>\n\n## First\n\nA",
      { title: "Containers on AWS", description: "Not used: there is an introduction." },
    );
    expect(slides.map((s) => s.title)).toEqual(["Containers on AWS", "First"]);
    expect(slides[0]).toEqual({
      index: "0",
      title: "Containers on AWS",
      body: ["Containers on AWS", "Welcome to the lesson."],
      notes: ["Greet the room."],
    });
    expect(outline[0]).toEqual({
      title: "Containers on AWS",
      reveals: 0,
      steps: 0,
      hasNotes: true,
    });
  });

  it("shows the description when the introduction is only speaker notes", () => {
    const { slides } = deck("<Notes>\n\nHi\n\n</Notes>\n\n## One\n\nA", {
      title: "Title",
      description: "Desc",
    });
    expect(slides[0]?.body).toEqual(["Title", "Desc"]);
    expect(slides[0]?.notes).toEqual(["Hi"]);
  });

  it("shows the description when the lesson has no introduction", () => {
    const { slides } = deck("## First\n\nA\n\n## Second\n\nB", {
      title: "ECS in depth",
      description: "Tasks, services and clusters.",
    });
    expect(slides.map((s) => s.title)).toEqual(["ECS in depth", "First", "Second"]);
    expect(slides[0]?.body).toEqual(["ECS in depth", "Tasks, services and clusters."]);
    expect(slides[0]?.notes).toEqual([]);
  });

  it("is the title alone with neither an introduction nor a description", () => {
    const { slides } = deck("## First\n\nA", { title: "Bare" });
    expect(slides[0]?.body).toEqual(["Bare"]);
  });

  it("is the whole deck for a lesson with no breaks and no ## headings", () => {
    const { slides, outline } = deck("Just text.\n\n### Small heading\n\nMore.", {
      title: "Short lesson",
      description: "Not used.",
    });
    expect(slides).toEqual([
      {
        index: "0",
        title: "Short lesson",
        body: ["Short lesson", "Just text.", "Small heading", "More."],
        notes: [],
      },
    ]);
    expect(outline).toHaveLength(1);
  });

  it("keeps a lesson's imports at the top, outside every slide", () => {
    const { tree, slides } = deck("import X from './x'\n\n## First\n\nA");
    expect(tree.children[0]?.type).toBe("mdxjsEsm");
    expect(slides.map((s) => s.title)).toEqual(["Lesson title", "First"]);
  });
});

describe("remarkSlides: slides and their outline", () => {
  it("numbers slides from 0 and writes one outline entry per slide", () => {
    const { slides, outline } = deck(
      [
        "## Plain",
        "Text.",
        "## With notes",
        "Shown.",
        "<Notes>\n\nSay this.\n\n</Notes>",
        "## With reveals",
        "<Reveal>\n\n- a\n- b\n\n</Reveal>",
      ].join("\n\n"),
    );
    expect(slides.map((s) => s.index)).toEqual(["0", "1", "2", "3"]);
    expect(outline).toEqual([
      { title: "Lesson title", reveals: 0, steps: 0, hasNotes: false },
      { title: "Plain", reveals: 0, steps: 0, hasNotes: false },
      { title: "With notes", reveals: 0, steps: 0, hasNotes: true },
      { title: "With reveals", reveals: 2, steps: 2, hasNotes: false },
    ]);
    expect(slides[2]).toMatchObject({ body: ["With notes", "Shown."], notes: ["Say this."] });
  });

  it("cuts at top-level --- only, when there are any", () => {
    const { slides } = deck("## One\n\nA\n\n## Still one\n\n---\n\n## Two\n\nB");
    expect(slides.map((s) => s.title)).toEqual(["Lesson title", "One", "Two"]);
    expect(slides[1]?.body).toEqual(["One", "A", "Still one"]);
  });

  it("does not cut at --- inside a code block", () => {
    const { slides } = deck("## One\n\n```yaml\n---\nkey: value\n---\n```\n\n## Two\n\nB");
    expect(slides.map((s) => s.title)).toEqual(["Lesson title", "One", "Two"]);
    expect(slides[1]?.body).toEqual(["One", "---\nkey: value\n---"]);
  });

  it("does not cut at --- inside a list or a component", () => {
    const { slides } = deck(
      "## One\n\n- a\n\n  ---\n\n- b\n\n<Tabs>\n\n---\n\n</Tabs>\n\n## Two\n\nB",
    );
    expect(slides.map((s) => s.title)).toEqual(["Lesson title", "One", "Two"]);
  });

  it("drops empty slides left by leading, trailing or doubled breaks", () => {
    const { slides } = deck("---\n\n## One\n\nA\n\n---\n\n---\n\n## Two\n\nB\n\n---");
    expect(slides.map((s) => s.title)).toEqual(["Lesson title", "One", "Two"]);
  });

  it("names a slide without a heading after its place in the deck", () => {
    const { outline } = deck("## One\n\nA\n\n---\n\nNo heading here.");
    expect(outline.map((s) => s.title)).toEqual(["Lesson title", "One", "Slide 3"]);
  });

  it("fills the outline afresh on every run", () => {
    const outline: SlideOutline[] = [{ title: "Stale", reveals: 0, steps: 0, hasNotes: false }];
    remarkSlides({ title: "T", outline })()(parse("## One"));
    expect(outline.map((s) => s.title)).toEqual(["T", "One"]);
  });
});

describe("numberReveals", () => {
  const body = (markdown: string) => parse(markdown).children;

  it("numbers the items of a revealed list 1..n", () => {
    const nodes = body("<Reveal>\n\n- a\n- b\n- c\n\n</Reveal>");
    expect(numberReveals(nodes)).toBe(3);
    expect(revealed(nodes)).toEqual([
      { kind: "listItem", step: "1", text: "a" },
      { kind: "listItem", step: "2", text: "b" },
      { kind: "listItem", step: "3", text: "c" },
    ]);
  });

  it("wraps what an inline <Reveal> shows in a span, so the paragraph stays valid HTML", () => {
    const nodes = body("Some <Reveal>hidden</Reveal> text.");
    expect(numberReveals(nodes)).toBe(1);
    const paragraph = nodes[0] as { children: RootContent[] };
    const reveal = paragraph.children.find((child) => child.type === "mdxJsxTextElement");
    const wrapper = (reveal as { children: RootContent[] }).children[0];
    expect(wrapper?.type).toBe("mdxJsxTextElement");
    expect((wrapper as { name?: string }).name).toBe("span");
  });

  it("wraps each revealed block in a numbered div", () => {
    const nodes = body("<Reveal>\n\nFirst.\n\n```sh\nls\n```\n\n> Third.\n\n</Reveal>");
    expect(numberReveals(nodes)).toBe(3);
    expect(revealed(nodes)).toEqual([
      { kind: "div", step: "1", text: "First." },
      { kind: "div", step: "2", text: "ls" },
      { kind: "div", step: "3", text: "Third." },
    ]);
    const reveal = nodes[0] as MdxJsxFlowElement;
    expect(reveal.children.map((child) => (child as MdxJsxFlowElement).children[0]?.type)).toEqual([
      "paragraph",
      "code",
      "blockquote",
    ]);
  });

  it("continues the numbering across two reveals on one slide", () => {
    const nodes = body(
      "<Reveal>\n\n- a\n- b\n\n</Reveal>\n\nBetween.\n\n<Reveal>\n\nP1\n\nP2\n\n</Reveal>",
    );
    expect(numberReveals(nodes)).toBe(4);
    expect(revealed(nodes).map((r) => `${r.step}:${r.text}`)).toEqual([
      "1:a",
      "2:b",
      "3:P1",
      "4:P2",
    ]);
  });

  it("finds a reveal nested in another block", () => {
    const nodes = body("<Tabs>\n\n<Reveal>\n\n- a\n- b\n\n</Reveal>\n\n</Tabs>");
    expect(numberReveals(nodes)).toBe(2);
  });

  it("is 0 and changes nothing on a slide without reveals", () => {
    const nodes = body("- a\n- b\n\nText.");
    const before = JSON.stringify(nodes);
    expect(numberReveals(nodes)).toBe(0);
    expect(JSON.stringify(nodes)).toBe(before);
  });

  it("agrees with countSteps from the splitter", () => {
    for (const markdown of [
      "<Reveal>\n\n- a\n- b\n- c\n\n</Reveal>",
      "<Reveal>\n\n1. a\n2. b\n\n</Reveal>",
      "<Reveal>\n\nP1\n\nP2\n\n</Reveal>",
      "<Reveal>\n\n- a\n- b\n\nAfter the list.\n\n</Reveal>",
      "<Reveal>\n\n- a\n\n</Reveal>\n\n<Reveal>\n\nP1\n\nP2\n\nP3\n\n</Reveal>",
      "<Tabs>\n\n<Reveal>\n\n- a\n- b\n\n</Reveal>\n\n</Tabs>",
      "<Reveal>\n\n</Reveal>",
      "No reveal.",
    ]) {
      const nodes = body(markdown);
      const counted = nodes.reduce((sum, node) => sum + countSteps(node), 0);
      expect(numberReveals(nodes), markdown).toBe(counted);
    }
  });
});

describe("remarkSlides: the architecture diagram", () => {
  it("gives a slide holding the diagram its reveals, then one step per workflow step", () => {
    const { outline } = deck(
      "## The architecture\n\n<Reveal>\n\n- a\n- b\n\n</Reveal>\n\n<ArchitectureDiagram />\n\n## After\n\nText.",
    );
    expect(outline[1]).toEqual({
      title: "The architecture",
      reveals: 2,
      steps: 2 + STEPS.length,
      hasNotes: false,
    });
    expect(outline[2]?.steps).toBe(0);
  });

  it("counts a diagram nested in another block, but not one in the notes", () => {
    const { outline } = deck(
      "## Nested\n\n<Tabs>\n\n<ArchitectureDiagram />\n\n</Tabs>\n\n## In notes\n\n<Notes>\n\n<ArchitectureDiagram />\n\n</Notes>",
    );
    expect(outline.map((s) => s.steps)).toEqual([0, STEPS.length, 0]);
  });
});

describe("the slides transform in the real compiler", () => {
  async function compileDeck(source: string, slides: { title: string; description?: string }) {
    const outline: SlideOutline[] = [];
    const { result, problems } = await compileMdx(source, {
      file: path.resolve("content/lesson.mdx"),
      displayPath: "content/lesson.mdx",
      publicDir: path.resolve("public"),
      slugByFile: new Map(),
      tocMinDepth: 2,
      tocMaxDepth: 3,
      slides: { ...slides, outline },
    });
    expect(problems).toEqual([]);
    return { code: result?.code ?? "", outline };
  }

  it("ignores the frontmatter's --- lines and cuts at ## headings", async () => {
    const { outline } = await compileDeck(
      "---\ntitle: Frontmatter\n---\n\nIntro.\n\n## One\n\nA\n\n## Two\n\nB",
      { title: "Lesson" },
    );
    expect(outline.map((s) => s.title)).toEqual(["Lesson", "One", "Two"]);
  });

  it("titles the first slide with a leading # heading, lifted out of the body", async () => {
    const { outline, code } = await compileDeck("# Welcome aboard\n\nIntro.\n\n## One\n\nA", {
      title: "Frontmatter title",
    });
    expect(outline.map((s) => s.title)).toEqual(["Welcome aboard", "One"]);
    expect(code).not.toContain("Frontmatter title");
  });

  it("writes slides, notes and reveal steps into the compiled lesson", async () => {
    const { outline, code } = await compileDeck(
      [
        "## Steps",
        "<Reveal>\n\n- Build\n- Push\n\n</Reveal>",
        "<Reveal>\n\nDeploy.\n\n</Reveal>",
        "<Notes>\n\nThree steps.\n\n</Notes>",
      ].join("\n\n"),
      { title: "Lesson", description: "About shipping." },
    );
    expect(outline).toEqual([
      { title: "Lesson", reveals: 0, steps: 0, hasNotes: false },
      { title: "Steps", reveals: 3, steps: 3, hasNotes: true },
    ]);
    expect(code).toContain(`"${SLIDE_TAG}"`);
    expect(code).toContain(`"${SLIDE_NOTES_TAG}"`);
    expect(code).toContain("About shipping.");
    expect(code).toContain("Three steps.");
    for (const step of ["1", "2", "3"]) expect(code).toContain(`"${REVEAL_ATTRIBUTE}":"${step}"`);
    expect(code).not.toContain(`"${REVEAL_ATTRIBUTE}":"4"`);
  });

  it("does not split at --- inside a fenced code block", async () => {
    const { outline } = await compileDeck(
      "## Compose file\n\n```yaml\n---\nservices: {}\n---\n```\n\n## Next\n\nB",
      { title: "Lesson" },
    );
    expect(outline.map((s) => s.title)).toEqual(["Lesson", "Compose file", "Next"]);
  });
});
