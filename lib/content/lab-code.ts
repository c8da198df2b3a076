import type { Element, ElementContent, Root } from "hast";
import { visit } from "unist-util-visit";

/** Reports a problem at a line of the lesson. */
export type LineReport = (line: number | undefined, message: string, hint?: string) => void;

/** Attribute on a code block's `<pre>` whose code may be pasted into the lab's console. */
export const LAB_RUN_ATTRIBUTE = "data-lab-run";
/** Attribute on a code block's `<pre>` naming the lab file its code is (its value). */
export const LAB_FILE_ATTRIBUTE = "data-lab-file";

/**
 * The flags of a fence's meta string, as words: ` ```bash title="x" {2} run ` → `run`.
 * Quoted strings, `{…}` line ranges and `/…/` character ranges are rehype-pretty-code's and
 * are not flags.
 */
export function metaFlags(meta: string): string[] {
  return meta
    .replace(/"[^"]*"/g, " ")
    .replace(/\{[^}]*\}\S*/g, " ")
    .replace(/\/[^/]*\/\S*/g, " ")
    .split(/\s+/)
    .filter((word) => /^[a-z][a-z-]*$/i.test(word));
}

/**
 * Marks the code blocks a lesson hands to the lab, from flags in the fence's meta string:
 *
 * ````mdx
 * ```bash title="Create the repository" run
 * ```json title="taskdef.json" file
 * ````
 *
 * `run` puts `data-lab-run=""` on the block's `<pre>` (a "Run in the lab" button pastes it into
 * the console); `file` puts `data-lab-file="<title>"` (an "Open in the editor" button writes it
 * to that file). Runs after rehype-pretty-code, which turns each block into a `<figure>` with
 * the title in a `<figcaption>` and keeps the raw meta on the `<code>` element's `data.meta`.
 */
export function rehypeLabCode(report?: LineReport) {
  return (tree: Root) => {
    visit(tree, "element", (node, _index, parent) => {
      if (node.tagName !== "pre") return;
      const code = node.children.find(isElement);
      if (code?.tagName !== "code") return;
      const meta = typeof code.data?.meta === "string" ? code.data.meta : "";
      const flags = metaFlags(meta);
      if (flags.includes("run")) node.properties[LAB_RUN_ATTRIBUTE] = "";
      if (flags.includes("file")) {
        const title = /title="([^"]*)"/.exec(meta)?.[1]?.trim();
        if (title) node.properties[LAB_FILE_ATTRIBUTE] = title;
        else {
          // rehype-pretty-code builds a new <pre>; the figure it turned the old one into keeps
          // the fence's place in the lesson.
          const where = parent?.type === "element" ? parent.position : node.position;
          report?.(
            where?.start.line,
            "a code block marked `file` has no title to name the file",
            'write the file name as its title: ```json title="taskdef.json" file',
          );
        }
      }
    });
  };
}

function isElement(node: ElementContent): node is Element {
  return node.type === "element";
}
