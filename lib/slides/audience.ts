import type { Root, RootContent } from "mdast";
import type {} from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";

import { isElement, NOTES_TAG, splitSlides } from "./split";
import { DIAGRAM_TAG } from "./tags";

/**
 * Tags that say who sees their content. If you rename them, update the MDX registry
 * (components/mdx/registry.tsx) and the README's authoring section.
 *
 * ```mdx
 * <ReaderOnly>
 *
 * A paragraph the lesson page shows and the slides leave out.
 *
 * </ReaderOnly>
 *
 * <SlideOnly>
 *
 * - a short list for the projector
 *
 * </SlideOnly>
 * ```
 */
export const READER_ONLY_TAG = "ReaderOnly";
export const SLIDE_ONLY_TAG = "SlideOnly";

/** Where a lesson is shown: the reader's page (and search), or the deck (slides, presenter, handout). */
export type Audience = "page" | "slides";

/** About how many words of body text a slide may carry before the content check warns. */
export const SLIDE_WORD_LIMIT = 40;

/**
 * The nodes as `audience` sees them: the other audience's blocks are removed and this
 * audience's are unwrapped, in place, at any depth. A `## heading` inside `<SlideOnly>` is then a
 * top-level heading of the deck, so it starts a slide there and is absent from the page.
 */
export function forAudience(nodes: RootContent[], audience: Audience): RootContent[] {
  const keep = audience === "page" ? READER_ONLY_TAG : SLIDE_ONLY_TAG;
  const drop = audience === "page" ? SLIDE_ONLY_TAG : READER_ONLY_TAG;
  return nodes.flatMap((node): RootContent[] => {
    if (isElement(node, drop)) return [];
    if (isElement(node, keep)) {
      return forAudience((node as { children: RootContent[] }).children, audience);
    }
    if ("children" in node && Array.isArray(node.children)) {
      return [
        { ...node, children: forAudience(node.children as RootContent[], audience) } as RootContent,
      ];
    }
    return [node];
  });
}

/** A remark plugin that shows the lesson to one audience (see `forAudience`). */
export function remarkAudience(audience: Audience) {
  return () => (tree: Root) => {
    tree.children = forAudience(tree.children, audience) as Root["children"];
  };
}

/** What does not count as a slide's body text: it is not prose to read off a projector. */
const NOT_PROSE = new Set(["code", "table", "image", "imageReference", "heading", "html", "yaml"]);
const NOT_PROSE_TAGS = new Set([NOTES_TAG, DIAGRAM_TAG, "img", "figure"]);

/**
 * Words of body text in `nodes`: paragraphs, lists, call-outs and revealed items count; headings,
 * code blocks, tables, images, the diagram and speaker notes do not. Inline code counts as words,
 * since it is read as part of its sentence.
 */
export function countBodyWords(nodes: readonly RootContent[]): number {
  let words = 0;
  for (const node of nodes) {
    if (NOT_PROSE.has(node.type)) continue;
    if (
      (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") &&
      node.name &&
      NOT_PROSE_TAGS.has(node.name)
    ) {
      continue;
    }
    if (node.type === "paragraph" || node.type === "text" || node.type === "inlineCode") {
      words += toString(node)
        .split(/\s+/)
        .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
      continue;
    }
    if ("children" in node && Array.isArray(node.children)) {
      words += countBodyWords(node.children as RootContent[]);
    }
  }
  return words;
}

export interface WordySlide {
  /** 1-based line where the slide starts in the lesson file. */
  line?: number;
  title?: string;
  words: number;
}

/**
 * The slides of a lesson (its top-level nodes, in the deck's view) that carry more than `limit`
 * words of body text. Longer prose belongs in the speaker notes or a `<ReaderOnly>` block.
 */
export function wordySlides(
  nodes: readonly RootContent[],
  limit: number = SLIDE_WORD_LIMIT,
): WordySlide[] {
  const slides = splitSlides(forAudience([...nodes], "slides"));
  return slides.flatMap((slide) => {
    const words = countBodyWords(slide.body);
    if (words <= limit) return [];
    return [
      {
        ...(slide.body[0]?.position ? { line: slide.body[0].position.start.line } : {}),
        ...(slide.title ? { title: slide.title } : {}),
        words,
      },
    ];
  });
}
