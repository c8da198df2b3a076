import type { Element, ElementContent, Root, RootContent } from "hast";
import type {} from "mdast-util-mdxjs-esm";

/** Class of each `<section>` the lesson body is cut into; globals.css gives it its styles. */
export const SECTION_CLASS = "lesson-section";

/**
 * Cuts a lesson's body into one `<section>` per `##` heading (plus one for the text before the
 * first), which the stylesheet spaces apart. Imports and exports stay at the top level, where
 * MDX needs them.
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
          properties: { className: [SECTION_CLASS] },
          children: [],
        };
        children.push(section);
      }
      if (!section) {
        children.push(node);
        continue;
      }
      section.children.push(node as ElementContent);
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
