import type { Code, Heading, List, RootContent, Table } from "mdast";
import type {} from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";

import { countSteps, isElement, type SlidePart } from "./split";
import { DIAGRAM_TAG } from "./tags";

/**
 * How a slide is laid out, in CSS pixels of its 960×540 canvas. The deck shows the canvas at
 * 4/3 on a 1280×720 screen, so 20 px body text reads at 26.7 px and 17 px code at 22.7 px; the
 * live slide may still shrink content by 10 % to absorb what this estimate misses (MIN_FIT in
 * components/slides/live-slide.tsx), which keeps them at 24 and 20 px. If you change a size
 * here, change the `.slide` rules in app/globals.css too.
 */
export const SLIDE_LAYOUT = {
  /** Width and height of the slide's content box: the canvas less the slide's padding. */
  width: 848,
  height: 464,
  /** What the estimate may fill; the rest is margin for its error. */
  budget: 440,
  body: { size: 20, line: 30, gap: 14, charWidth: 11.2 },
  code: { size: 17, line: 25, padding: 22, title: 38, gap: 14, charWidth: 10.3, inset: 38 },
  heading: { line: 41, gap: 17, charWidth: 19 },
  subheading: { line: 31, gap: 22, charWidth: 14 },
  list: { indent: 32, itemGap: 6 },
  table: { line: 28, padding: 13, cellInset: 24 },
  note: { padding: 58 },
  tabs: { bar: 52 },
  /**
   * The diagram on a slide with its margins: SLIDE_DIAGRAM_HEIGHT (26rem) in
   * components/diagram/diagram-loader.tsx and `my-4`. If either changes, change this.
   */
  diagram: 448,
  image: 300,
  /** A component this estimate knows nothing else about. */
  widget: 120,
} as const;

const L = SLIDE_LAYOUT;

/** Rows of text `chars` characters long take in a column `width` pixels wide. */
function rows(chars: number, width: number, charWidth: number): number {
  return Math.max(1, Math.ceil(chars / Math.max(1, Math.floor(width / charWidth))));
}

/** Estimated height of a run of text (a paragraph, a list item's text) in a column. */
function textHeight(text: string, width: number): number {
  return rows(text.trim().length, width, L.body.charWidth) * L.body.line;
}

function codeHeight(lines: readonly string[], titled: boolean, width: number): number {
  const perRow = Math.floor((width - L.code.inset) / L.code.charWidth);
  const count = lines.reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perRow)), 0);
  return count * L.code.line + L.code.padding + (titled ? L.code.title : 0) + L.code.gap;
}

function isTitled(code: Code): boolean {
  return /\btitle="/.test(code.meta ?? "");
}

/**
 * Estimated height of one block of a slide, in canvas pixels, at the slide's type sizes, in a
 * column `width` pixels wide. An estimate, deliberately on the large side: it decides where a
 * slide continues, and the browser test measures the real thing.
 */
export function estimateHeight(node: RootContent, width: number = L.width): number {
  switch (node.type) {
    case "heading":
      return node.depth <= 2
        ? rows(toString(node).length, width, L.heading.charWidth) * L.heading.line + L.heading.gap
        : rows(toString(node).length, width, L.subheading.charWidth) * L.subheading.line +
            L.subheading.gap;
    case "paragraph":
    case "blockquote":
    case "html":
      return textHeight(toString(node), width) + L.body.gap;
    case "code":
      return codeHeight(node.value.split("\n"), isTitled(node), width);
    case "list":
      return node.children.reduce((sum, item) => sum + itemHeight(item, width), 0) + L.body.gap;
    case "table":
      return tableHeight(node, node.children.length, width);
    case "image":
    case "imageReference":
      return L.image;
    case "thematicBreak":
      return L.body.gap;
    case "mdxJsxFlowElement": {
      if (node.name === DIAGRAM_TAG) return L.diagram;
      if (node.name === "img") return L.image;
      const children = node.children as RootContent[];
      if (node.name === "Tabs") {
        const tabs = children.map((child) => blocksHeight(childrenOf(child), width));
        return L.tabs.bar + Math.max(0, ...tabs) + L.body.gap;
      }
      if (node.name === "Admonition") {
        return blocksHeight(children, width - 40) + L.note.padding + L.body.gap;
      }
      const inner = blocksHeight(children, width);
      return inner > 0 ? inner : L.widget;
    }
    default:
      return "children" in node && Array.isArray(node.children)
        ? blocksHeight(node.children as RootContent[], width)
        : 0;
  }
}

function childrenOf(node: RootContent): RootContent[] {
  return "children" in node && Array.isArray(node.children) ? (node.children as RootContent[]) : [];
}

function blocksHeight(nodes: readonly RootContent[], width: number): number {
  return nodes.reduce((sum, node) => sum + estimateHeight(node, width), 0);
}

function itemHeight(item: List["children"][number], width: number): number {
  const inner = width - L.list.indent;
  const height = item.children.reduce(
    (sum, child) =>
      sum +
      (child.type === "paragraph"
        ? textHeight(toString(child), inner)
        : estimateHeight(child, inner)),
    0,
  );
  return Math.max(L.body.line, height) + L.list.itemGap;
}

/** Height of a table's header and its first `bodyRows` rows. */
function tableHeight(table: Table, count: number, width: number): number {
  const columns = Math.max(1, table.children[0]?.children.length ?? 1);
  const cellWidth = width / columns - L.table.cellInset;
  const rowHeight = (row: Table["children"][number]) =>
    Math.max(
      1,
      ...row.children.map((cell) => rows(toString(cell).length, cellWidth, L.body.charWidth)),
    ) *
      L.table.line +
    L.table.padding;
  return table.children.slice(0, count).reduce((sum, row) => sum + rowHeight(row), 0) + L.body.gap;
}

/** One slide that did not fit and continues on more slides. */
export interface ContinuedSlide {
  title?: string;
  /** 1-based line in the lesson where each continuation starts. */
  lines: (number | undefined)[];
}

/**
 * Cuts slides that would not fit the canvas at readable sizes into a slide and its
 * continuations. The rule, in order:
 *
 * 1. Blocks stay in order and are measured with `estimateHeight`; a slide takes blocks while
 *    they fit its budget.
 * 2. A block that does not fit in what is left splits where it can: a list between items, a
 *    table between rows (the header repeats), a code block between lines (never after a line
 *    ending in `\`, which continues a command). It splits only if its first piece fits.
 * 3. Otherwise the block moves whole to a continuation slide. A heading never ends a slide:
 *    it moves with the block after it. A block that cannot split and is taller than a slide
 *    stays alone on its slide.
 * 4. A slide that holds the architecture diagram is not cut: the diagram's steps belong to it,
 *    and on a slide it leaves room for a heading and a line or two.
 * 5. A continuation starts with the slide's title and "(continued)" as its heading; the speaker
 *    notes stay with the first slide, and each slide counts its own `<Reveal>` steps.
 *
 * `onContinued` hears of every slide that was cut, for the content check's warning.
 */
export function fitSlides(
  parts: readonly SlidePart[],
  onContinued?: (slide: ContinuedSlide) => void,
): SlidePart[] {
  return parts.flatMap((part) => {
    if (part.body.some((node) => contains(node, DIAGRAM_TAG))) return [part];
    const pieces = cutToFit(part.body);
    if (pieces.length === 1) return [part];
    onContinued?.({
      ...(part.title ? { title: part.title } : {}),
      lines: pieces.slice(1).map((piece) => firstLine(piece)),
    });
    const title = part.title ?? "Slide";
    return pieces.map((body, index): SlidePart => {
      if (index === 0) return { ...part, body, steps: sum(body.map(countSteps)) };
      const withHeading = [continuedHeading(title), ...body];
      return {
        title: `${title} (continued)`,
        body: withHeading,
        notes: [],
        steps: sum(withHeading.map(countSteps)),
      };
    });
  });
}

function contains(node: RootContent, name: string): boolean {
  if (isElement(node, name)) return true;
  return childrenOf(node).some((child) => contains(child, name));
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function firstLine(nodes: readonly RootContent[]): number | undefined {
  return nodes.find((node) => node.position)?.position?.start.line;
}

function continuedHeading(title: string): Heading {
  return { type: "heading", depth: 2, children: [{ type: "text", value: `${title} (continued)` }] };
}

const CONTINUED_HEADING = estimateHeight(continuedHeading("A slide title"));

/** Cuts a slide's body into pieces that each fit a slide (see `fitSlides`). */
export function cutToFit(body: readonly RootContent[]): RootContent[][] {
  const pieces: RootContent[][] = [];
  let current: RootContent[] = [];
  let used = 0;
  const start = () => {
    pieces.push(current);
    current = [];
    used = CONTINUED_HEADING;
  };
  const queue = [...body];
  while (queue.length > 0) {
    const node = queue.shift()!;
    const height = estimateHeight(node);
    const left = L.budget - used;
    if (height <= left) {
      // A heading that fits, but with nothing after it that does, starts the next slide.
      const next = queue[0];
      if (
        node.type === "heading" &&
        current.length > 0 &&
        next &&
        height + Math.min(estimateHeight(next), firstPieceHeight(next)) > left
      ) {
        start();
      }
      current.push(node);
      used += height;
      continue;
    }
    const split = splitBlock(node, left);
    if (split) {
      current.push(split[0]);
      start();
      queue.unshift(split[1]);
      continue;
    }
    if (current.length === 0) {
      // Alone and still too tall: it keeps its own slide.
      current.push(node);
      used += height;
      continue;
    }
    start();
    queue.unshift(node);
  }
  if (current.length > 0 || pieces.length === 0) pieces.push(current);
  return pieces.filter((piece) => piece.length > 0);
}

/** The height of the smallest first piece a block can be split into (its whole, if none). */
function firstPieceHeight(node: RootContent): number {
  switch (node.type) {
    case "list":
      return node.children[0] ? itemHeight(node.children[0], L.width) + L.body.gap : 0;
    case "table":
      return tableHeight(node, 2, L.width);
    case "code":
      return codeHeight(node.value.split("\n").slice(0, 2), isTitled(node), L.width);
    default:
      return estimateHeight(node);
  }
}

/**
 * Splits a list, table or code block so its first piece fits in `room` pixels; undefined when
 * it cannot (not that kind of block, or not even one item, row or two lines fit).
 */
export function splitBlock(
  node: RootContent,
  room: number,
): [RootContent, RootContent] | undefined {
  if (node.type === "list") {
    let count = 0;
    let height: number = L.body.gap;
    for (const item of node.children) {
      const next = height + itemHeight(item, L.width);
      if (next > room) break;
      height = next;
      count++;
    }
    if (count === 0 || count === node.children.length) return undefined;
    const rest: List = {
      ...node,
      children: node.children.slice(count),
      // An ordered list continues its numbering.
      ...(node.ordered ? { start: (node.start ?? 1) + count } : {}),
    };
    return [{ ...node, children: node.children.slice(0, count) }, rest];
  }
  if (node.type === "table") {
    let count = 1;
    while (count < node.children.length && tableHeight(node, count + 1, L.width) <= room) count++;
    if (count < 2 || count === node.children.length) return undefined;
    const [header, ...body] = node.children;
    const taken = count - 1;
    return [
      { ...node, children: [header!, ...body.slice(0, taken)] },
      { ...node, children: [header!, ...body.slice(taken)] },
    ];
  }
  if (node.type === "code") {
    const lines = node.value.split("\n");
    let count = 0;
    for (let n = 1; n < lines.length; n++) {
      if (codeHeight(lines.slice(0, n), isTitled(node), L.width) > room) break;
      // Never cut a command that continues on the next line.
      if (!/\\\s*$/.test(lines[n - 1]!)) count = n;
    }
    if (count < 2) return undefined;
    // The continuation is only for reading: a "run in the lab" button on half a command would
    // paste it broken, so the pieces keep the title but lose the lab's flags.
    const meta = (node.meta ?? "").replace(/(^|\s)(run|file)(?=\s|$)/g, "$1").trim();
    return [
      { ...node, meta, value: lines.slice(0, count).join("\n") },
      { ...node, meta, value: lines.slice(count).join("\n") },
    ];
  }
  return undefined;
}
