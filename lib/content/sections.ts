import type { Element, ElementContent, Root, RootContent } from "hast";
import type {} from "mdast-util-mdx-jsx";
import type {} from "mdast-util-mdxjs-esm";

/** Class of each `<section>` the lesson body is cut into; globals.css gives it its styles. */
export const SECTION_CLASS = "lesson-section";
/**
 * Class added to a section that must always be laid out: its components measure their box
 * (the architecture diagram sizes its canvas) or open panels that may not be clipped.
 */
export const ALWAYS_RENDERED_CLASS = "lesson-section-live";

/**
 * Class the page adds to each section once it has laid it out in idle time
 * (components/lesson/lay-out-sections.ts), so later jumps do not shift the page. An inline
 * script adds it before React hydrates the sections: each section suppresses the hydration
 * warning about its class.
 */
export const RENDERED_CLASS = "lesson-section-rendered";

/** MDX components whose section is always laid out (see ALWAYS_RENDERED_CLASS). */
const LIVE_COMPONENTS = new Set(["ArchitectureDiagram"]);

/**
 * Cuts a lesson's body into one `<section>` per `##` heading (plus one for the text before the
 * first), so the page's stylesheet can let the browser skip the style and layout of sections
 * far off screen (`content-visibility: auto`) until the reader scrolls near them or the page,
 * once idle, lays them out (components/lesson/lay-out-sections.ts). The first frame
 * of a long lesson then costs the header and the first screen, not the whole lesson.
 * Imports and exports stay at the top level, where MDX needs them.
 */
export function rehypeSections() {
  return (tree: Root) => {
    const children: RootContent[] = [];
    let section: Element | undefined;
    for (const node of tree.children) {
      if (node.type === "mdxjsEsm" || node.type === "doctype") {
        children.push(node);
        continue;
      }
      if (isSectionStart(node) || (!section && !isBlank(node))) {
        section = {
          type: "element",
          tagName: "section",
          properties: { className: [SECTION_CLASS], suppressHydrationWarning: true },
          children: [],
        };
        children.push(section);
      }
      if (!section) {
        children.push(node);
        continue;
      }
      section.children.push(node as ElementContent);
      if (containsLive(node)) addClass(section, ALWAYS_RENDERED_CLASS);
    }
    tree.children = children;
  };
}

function isSectionStart(node: RootContent): boolean {
  return node.type === "element" && node.tagName === "h2";
}

function isBlank(node: RootContent): boolean {
  return node.type === "text" && node.value.trim() === "";
}

function containsLive(node: RootContent | ElementContent): boolean {
  if (node.type === "mdxJsxFlowElement" && node.name && LIVE_COMPONENTS.has(node.name)) {
    return true;
  }
  return "children" in node && node.children.some((child) => containsLive(child));
}

function addClass(element: Element, name: string) {
  const current = element.properties.className;
  const list = Array.isArray(current) ? current : [];
  if (!list.includes(name)) element.properties.className = [...list, name];
}
