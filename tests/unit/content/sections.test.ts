import type { Element, ElementContent, Root, RootContent } from "hast";
import { describe, expect, it } from "vitest";

import { rehypeSections } from "@/lib/content/sections";

const text = (value: string): ElementContent => ({ type: "text", value });
const el = (tagName: string, children: ElementContent[] = []): Element => ({
  type: "element",
  tagName,
  properties: {},
  children,
});

function run(children: RootContent[]): Root {
  const tree: Root = { type: "root", children };
  rehypeSections()(tree);
  return tree;
}

/** Each top-level node as `section[classes](child tags)` or its type, for short assertions. */
function outline(tree: Root): string[] {
  return tree.children.map((node) => {
    if (node.type !== "element") return node.type;
    const classes = (node.properties.className as string[]).join(" ");
    const inner = node.children
      .map((child) =>
        child.type === "element" ? child.tagName : child.type === "text" ? "#" : child.type,
      )
      .join(" ");
    return `${node.tagName}[${classes}](${inner})`;
  });
}

describe("cutting a lesson into sections", () => {
  it("starts a section at each ## heading, with the introduction in a section of its own", () => {
    const tree = run([
      el("p", [text("Intro")]),
      text("\n"),
      el("h2", [text("One")]),
      el("p"),
      el("h3", [text("Inside one")]),
      el("table"),
      el("h2", [text("Two")]),
      el("ul"),
    ]);
    expect(outline(tree)).toEqual([
      "section[lesson-section](p #)",
      "section[lesson-section](h2 p h3 table)",
      "section[lesson-section](h2 ul)",
    ]);
  });

  it("opens no empty section for blank lines before the first heading", () => {
    const tree = run([text("\n"), el("h2"), el("p")]);
    expect(outline(tree)).toEqual(["text", "section[lesson-section](h2 p)"]);
  });

  it("keeps MDX imports and exports at the top level", () => {
    const esm: RootContent = { type: "mdxjsEsm", value: "export const x = 1" };
    const tree = run([esm, el("h2"), el("p")]);
    expect(outline(tree)).toEqual(["mdxjsEsm", "section[lesson-section](h2 p)"]);
  });

  it("leaves a lesson without ## headings as one section", () => {
    const tree = run([el("p"), el("h3"), el("p")]);
    expect(outline(tree)).toEqual(["section[lesson-section](p h3 p)"]);
  });
});
