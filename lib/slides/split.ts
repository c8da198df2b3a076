import type { List, RootContent } from "mdast";
import type {} from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";

/** One slide cut from a lesson: its body, its speaker notes and how many reveal steps it has. */
export interface SlidePart {
  /** Text of the slide's first heading, for the overview and the presenter view. */
  title?: string;
  /** Top-level nodes shown on the slide, in order. */
  body: RootContent[];
  /** Contents of the slide's `<Notes>` blocks. */
  notes: RootContent[];
  /** Number of `<Reveal>` steps: 0 when everything shows at once. */
  steps: number;
}

/** Tag names the splitter treats specially. If you rename them, update the MDX registry. */
export const NOTES_TAG = "Notes";
export const REVEAL_TAG = "Reveal";

/**
 * Splits a lesson's top-level Markdown nodes into slides.
 *
 * The rule: if the lesson has any `---` thematic break at the top level, slides are cut at
 * the breaks (the breaks themselves are dropped). Otherwise a new slide starts at each `##`
 * heading, and whatever comes before the first one is an introduction slide. `---` inside a
 * code block, a list or a component is not a break. Empty slides are dropped. `<Notes>` blocks
 * move to the slide's notes; each `<Reveal>` adds one step per item it reveals.
 */
export function splitSlides(nodes: readonly RootContent[]): SlidePart[] {
  const content = nodes.filter((node) => node.type !== "yaml" && node.type !== "mdxjsEsm");
  const byBreaks = content.some((node) => node.type === "thematicBreak");
  const groups: RootContent[][] = [[]];
  for (const node of content) {
    if (byBreaks && node.type === "thematicBreak") {
      groups.push([]);
      continue;
    }
    if (!byBreaks && node.type === "heading" && node.depth === 2) groups.push([]);
    groups[groups.length - 1]!.push(node);
  }
  return groups.map(toSlide).filter((slide) => slide.body.length > 0 || slide.notes.length > 0);
}

function toSlide(group: RootContent[]): SlidePart {
  const body: RootContent[] = [];
  const notes: RootContent[] = [];
  for (const node of group) {
    if (isElement(node, NOTES_TAG)) notes.push(...(node.children as RootContent[]));
    else body.push(node);
  }
  const heading = body.find((node) => node.type === "heading");
  return {
    ...(heading ? { title: toString(heading).trim() } : {}),
    body,
    notes,
    steps: body.reduce((sum, node) => sum + countSteps(node), 0),
  };
}

/**
 * What a `<Reveal>` shows one step at a time: the items of the single list inside it, else its
 * children that are not blank. The one rule behind `countSteps` and the slides transform's
 * numbering (`numberReveals` in remark.ts).
 */
export function revealedItems(
  reveal: Extract<RootContent, { type: "mdxJsxFlowElement" | "mdxJsxTextElement" }>,
): { list?: List; items: RootContent[] } {
  const children = reveal.children.filter((child) => !isBlank(child as RootContent));
  const only = children.length === 1 ? children[0] : undefined;
  return only?.type === "list"
    ? { list: only, items: only.children }
    : { items: children as RootContent[] };
}

/**
 * Steps a node adds: a `<Reveal>` reveals its items one by one (see `revealedItems`). Nested
 * reveals inside other blocks count too.
 */
export function countSteps(node: RootContent): number {
  if (isElement(node, REVEAL_TAG)) return revealedItems(node).items.length;
  if ("children" in node && Array.isArray(node.children)) {
    return (node.children as RootContent[]).reduce((sum, child) => sum + countSteps(child), 0);
  }
  return 0;
}

/** Whether a node is the MDX element `<name>` (block or inline). */
export function isElement(
  node: RootContent,
  name: string,
): node is Extract<RootContent, { type: "mdxJsxFlowElement" | "mdxJsxTextElement" }> {
  return (
    (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === name
  );
}

/** Whether a node is only white space between an element's children. */
export function isBlank(node: RootContent): boolean {
  return node.type === "text" && node.value.trim() === "";
}
