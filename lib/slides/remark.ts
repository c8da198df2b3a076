import type { Root, RootContent } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import type {} from "mdast-util-to-hast";

import { getContentPaths } from "../content";
import { loadDiagramContent } from "../diagram/load";
import type { SlideOutline } from "./navigation";
import { fitSlides, type ContinuedSlide } from "./fit";
import { isElement, revealedItems, REVEAL_TAG, splitSlides, type SlidePart } from "./split";
import { DIAGRAM_TAG, REVEAL_ATTRIBUTE, SLIDE_NOTES_TAG, SLIDE_TAG } from "./tags";

export { DIAGRAM_TAG, REVEAL_ATTRIBUTE, SLIDE_NOTES_TAG, SLIDE_TAG };

export interface SlidesOptions {
  /** The lesson's title, the heading of the first slide. */
  title: string;
  /** A leading `# Title` lifted out of the body by an earlier plugin wins over `title`. */
  leading?: { title?: string };
  /** Shown on the title slide when the lesson has no introduction before its first slide. */
  description?: string;
  /** How many workflow steps the architecture diagram has; its content file's by default. */
  diagramSteps?: number;
  /** Filled with one entry per slide, in order. */
  outline: SlideOutline[];
}

/** What `deckParts` needs to know of the lesson. */
export type DeckPartsOptions = Pick<SlidesOptions, "title" | "leading" | "description"> & {
  /** Hears of each slide too long for the canvas, cut into continuations (lib/slides/fit.ts). */
  onContinued?: (slide: ContinuedSlide) => void;
};

/**
 * The slides of a deck from the lesson's top-level nodes (as the deck's audience sees them):
 * a title slide first, holding the lesson's introduction if it has one, then one slide per
 * `splitSlides` part, each cut to fit the canvas by `fitSlides`.
 */
export function deckParts(nodes: readonly RootContent[], options: DeckPartsOptions): SlidePart[] {
  const parts = splitSlides(nodes);
  const intro = parts[0] && parts[0].body[0]?.type !== "heading" ? parts.shift() : undefined;
  const lead: RootContent[] = intro?.body.length
    ? intro.body
    : options.description
      ? [paragraph(options.description)]
      : [];
  const title = options.leading?.title ?? options.title;
  parts.unshift({
    title,
    body: [{ type: "heading", depth: 1, children: [{ type: "text", value: title }] }, ...lead],
    notes: intro?.notes ?? [],
    steps: intro?.steps ?? 0,
  });
  return fitSlides(parts, options.onContinued);
}

/**
 * A remark plugin that turns a lesson into a deck: the root's children become, for each slide,
 * `<Slide index title>` holding its body and, when it has any, `<SlideNotes index>` holding its
 * speaker notes. The first slide is a title slide; a lesson's introduction (what comes before its
 * first heading) joins it. A slide too long for the canvas continues on the next (see
 * `fitSlides` in fit.ts). `<Reveal>` items are numbered with `data-reveal`. Run it after every
 * other remark plugin, so it sees the finished tree.
 */
export function remarkSlides(options: SlidesOptions) {
  return () => (tree: Root) => {
    const imports = tree.children.filter((node) => node.type === "mdxjsEsm");
    const parts = deckParts(tree.children, options);

    options.outline.length = 0;
    tree.children = [...imports];
    parts.forEach((part, index) => {
      tree.children.push(...toElements(part, index, options.outline, () => diagramSteps(options)));
    });
  };
}

function diagramSteps(options: SlidesOptions): number {
  return options.diagramSteps ?? loadDiagramContent(getContentPaths()).steps.length;
}

function toElements(
  part: SlidePart,
  index: number,
  outline: SlideOutline[],
  stepCount: () => number,
): RootContent[] {
  const reveals = numberReveals(part.body);
  const diagramSteps = part.body.some((node) => contains(node, DIAGRAM_TAG)) ? stepCount() : 0;
  const title = part.title ?? `Slide ${index + 1}`;
  outline.push({ title, reveals, steps: reveals + diagramSteps, hasNotes: part.notes.length > 0 });
  const slide = element(SLIDE_TAG, { index: String(index), title }, part.body);
  if (part.notes.length === 0) return [slide];
  return [slide, element(SLIDE_NOTES_TAG, { index: String(index) }, part.notes)];
}

/**
 * Numbers what each `<Reveal>` in `nodes` shows, in document order, from 1: the items of its
 * list when it holds a single list, else each of its blocks (wrapped in a `<div>`). Returns how
 * many steps that makes. The count agrees with `countSteps` in split.ts.
 */
export function numberReveals(nodes: RootContent[]): number {
  let step = 0;
  const visit = (node: RootContent) => {
    if (isElement(node, REVEAL_TAG)) {
      const { list, items } = revealedItems(node);
      if (list) {
        for (const item of list.children) {
          step += 1;
          item.data = {
            ...item.data,
            hProperties: { ...item.data?.hProperties, [REVEAL_ATTRIBUTE]: String(step) },
          };
        }
        node.children = [list];
        return;
      }
      // Inside a paragraph (`text <Reveal>more</Reveal>`) the wrapper must be inline.
      const inline = node.type === "mdxJsxTextElement";
      node.children = items.map((child) => {
        step += 1;
        const wrapper = element(inline ? "span" : "div", { [REVEAL_ATTRIBUTE]: String(step) }, [
          child as RootContent,
        ]);
        return (inline ? { ...wrapper, type: "mdxJsxTextElement" } : wrapper) as never;
      });
      return;
    }
    if ("children" in node && Array.isArray(node.children)) {
      for (const child of node.children as RootContent[]) visit(child);
    }
  };
  for (const node of nodes) visit(node);
  return step;
}

function element(
  name: string,
  attributes: Record<string, string>,
  children: RootContent[],
): MdxJsxFlowElement {
  return {
    type: "mdxJsxFlowElement",
    name,
    attributes: Object.entries(attributes).map(([key, value]): MdxJsxAttribute => ({
      type: "mdxJsxAttribute",
      name: key,
      value,
    })),
    children: children as MdxJsxFlowElement["children"],
  };
}

function paragraph(value: string): RootContent {
  return { type: "paragraph", children: [{ type: "text", value }] };
}

function contains(node: RootContent, name: string): boolean {
  if (isElement(node, name)) return true;
  return "children" in node && Array.isArray(node.children)
    ? (node.children as RootContent[]).some((child) => contains(child, name))
    : false;
}
