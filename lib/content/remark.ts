import { existsSync, statSync } from "node:fs";
import path from "node:path";

import GithubSlugger from "github-slugger";
import type { Heading, Nodes, Parent, Root, RootContent, Text } from "mdast";
// Type-only imports that teach mdast about directive, ESM and hast-property nodes.
import type {} from "mdast-util-directive";
import type {} from "mdast-util-mdxjs-esm";
import type {} from "mdast-util-to-hast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

import {
  ADMONITION_TYPES,
  DOCUSAURUS_THEME_COMPONENTS,
  MDX_COMPONENT_NAMES,
  STATIC_ROUTES,
} from "./components";

/** Reports a problem at a node's line. */
export type Report = (node: Nodes, message: string, hint?: string) => void;

/** A heading listed in a lesson's table of contents. */
export interface TocEntry {
  id: string;
  text: string;
  depth: number;
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: "mdxJsxAttribute", name, value };
}

/**
 * Turns `:::tip[Title]` container directives into `<Admonition type="tip" title="Title">`.
 * An unknown kind (`:::foo`) is reported rather than silently dropped.
 */
export function remarkAdmonitions(report: Report) {
  return () => (tree: Root) => {
    visit(tree, "containerDirective", (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (!(ADMONITION_TYPES as readonly string[]).includes(node.name)) {
        report(
          node,
          `unknown admonition ":::${node.name}"`,
          `use one of ${ADMONITION_TYPES.map((t) => `:::${t}`).join(", ")}`,
        );
        return;
      }
      const [first, ...rest] = node.children;
      const labelled = first?.type === "paragraph" && first.data?.directiveLabel;
      const title = labelled ? toString(first) : (node.attributes?.title ?? undefined);
      const element: MdxJsxFlowElement = {
        type: "mdxJsxFlowElement",
        name: "Admonition",
        attributes: [attribute("type", node.name), ...(title ? [attribute("title", title)] : [])],
        children: labelled ? rest : node.children,
        position: node.position,
      };
      parent.children[index] = element;
    });
  };
}

const THEME_IMPORT = /^\s*import\s+(\w+)\s+from\s+["']@theme\/([\w/]+)["'];?\s*$/;

/**
 * Lets Docusaurus pages keep their `import Tabs from '@theme/Tabs';` lines: imports of theme
 * components we provide are dropped (the registry supplies them); other `@theme/` imports are
 * reported, since esbuild could not resolve them anyway.
 */
export function remarkDocusaurusImports(report: Report) {
  return () => (tree: Root) => {
    tree.children = tree.children.filter((node) => {
      if (node.type !== "mdxjsEsm") return true;
      const lines = node.value.split("\n").filter((line) => line.trim());
      const themeImports = lines.map((line) => THEME_IMPORT.exec(line));
      if (themeImports.some((match) => !match)) return true;
      for (const match of themeImports) {
        const [, local, name] = match!;
        if (!(DOCUSAURUS_THEME_COMPONENTS as readonly string[]).includes(name!)) {
          report(
            node,
            `Docusaurus component "@theme/${name}" is not available`,
            `available: ${DOCUSAURUS_THEME_COMPONENTS.map((n) => `@theme/${n}`).join(", ")}`,
          );
        } else if (local !== name) {
          report(node, `import "@theme/${name}" as ${name}, not ${local}`);
        }
      }
      return false;
    });
  };
}

/**
 * remark-directive reads `:name` in running text as a directive (e.g. "port:80" is fine, but
 * "ECS:Fargate" or ":smile:" are not). Directives we do not handle go back to the exact source
 * text, as Docusaurus does, so nothing an author wrote disappears.
 */
export function remarkRestoreDirectives() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const touched = new Set<Parent>();
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type !== "textDirective" && node.type !== "leafDirective") return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const value = start !== undefined && end !== undefined ? source.slice(start, end) : "";
      const text: Text = { type: "text", value, position: node.position };
      const replacement: RootContent =
        node.type === "leafDirective" ? { type: "paragraph", children: [text] } : text;
      parent.children.splice(index, 1, replacement as never);
      touched.add(parent);
    });
    for (const parent of touched) mergeAdjacentText(parent);
  };
}

function mergeAdjacentText(parent: Parent) {
  const merged: Parent["children"] = [];
  for (const child of parent.children) {
    const previous = merged[merged.length - 1];
    if (previous?.type === "text" && child.type === "text") {
      previous.value += child.value;
    } else {
      merged.push(child);
    }
  }
  parent.children = merged;
}

/**
 * Gives every heading an id (a `{#custom-id}` suffix wins over the slug of its text), collects
 * the table of contents between `minDepth` and `maxDepth` (and every id in `ids`), and lifts a leading `# Title` out of
 * the body so the page can show it in its header.
 */
export function remarkHeadings(options: {
  toc: TocEntry[];
  /** Filled with the id of every heading, at any depth, in order. */
  ids?: string[];
  minDepth: number;
  maxDepth: number;
  leading: { title?: string };
  report: Report;
}) {
  return () => (tree: Root) => {
    const firstContent = tree.children.findIndex(
      (node) => node.type !== "yaml" && node.type !== "mdxjsEsm",
    );
    const first = tree.children[firstContent];
    if (first?.type === "heading" && first.depth === 1) {
      options.leading.title = headingText(first).text;
      tree.children.splice(firstContent, 1);
    }

    const slugger = new GithubSlugger();
    const seen = new Map<string, number>();
    visit(tree, "heading", (node) => {
      const { text, customId } = headingText(node);
      const id = customId ?? slugger.slug(text);
      const line = node.position?.start.line ?? 0;
      if (customId && seen.has(id)) {
        options.report(node, `heading id "${id}" is already used on line ${seen.get(id)}`);
      }
      seen.set(id, line);
      options.ids?.push(id);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      if (node.depth >= options.minDepth && node.depth <= options.maxDepth) {
        options.toc.push({ id, text, depth: node.depth });
      }
    });
  };
}

/** Reads a heading's text and strips a trailing `{#custom-id}` from it. */
function headingText(node: Heading): { text: string; customId?: string } {
  const last = node.children[node.children.length - 1];
  let customId: string | undefined;
  if (last?.type === "text") {
    const match = /\s*\{#([\w.:-]+)\}\s*$/.exec(last.value);
    if (match) {
      customId = match[1];
      last.value = last.value.slice(0, match.index);
      if (!last.value) node.children.pop();
    }
  }
  return { text: toString(node).trim(), customId };
}

export interface ReferenceContext {
  /** Absolute path of the lesson being compiled. */
  file: string;
  /** Absolute path of a lesson file → its slug, for Docusaurus-style `./other.mdx` links. */
  slugByFile: ReadonlyMap<string, string>;
  /** Absolute path of `public/`. */
  publicDir: string;
}

const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Checks what a lesson points at: links to lessons and pages, local images in `public/`, and
 * component tags against the registry. Links to lesson files (`./02-ecs.mdx#x`) are rewritten
 * to their URL (`/lessons/ecs#x`).
 */
export function remarkCheckReferences(context: ReferenceContext, report: Report) {
  const slugs = new Set(context.slugByFile.values());
  const known = [...slugs].sort().join(", ");

  const publicFile = (url: string) => {
    const local = path.join(context.publicDir, decodeURI(url.split(/[?#]/)[0] ?? ""));
    return local.startsWith(context.publicDir) && existsSync(local) && statSync(local).isFile();
  };

  /** Returns the URL to use instead, or reports and returns undefined. */
  const checkLink = (node: Nodes, url: string): string | undefined => {
    if (!url || url.startsWith("#") || EXTERNAL.test(url)) return url;
    const [target = "", hash = ""] = url.split(/(?=[?#])/, 2);
    if (/\.mdx?$/.test(target)) {
      const resolved = path.resolve(path.dirname(context.file), decodeURI(target));
      const slug = context.slugByFile.get(resolved);
      if (slug) return `/lessons/${slug}${hash}`;
      report(node, `link to "${url}": no lesson file at that path`, `link to a lesson as /lessons/<slug>; lessons: ${known}`);
      return undefined;
    }
    if (target.startsWith("/lessons/")) {
      const slug = target.split("/")[2] ?? "";
      if (!slugs.has(slug)) {
        report(node, `link to "${url}": there is no lesson "${slug}"`, `lessons: ${known}`);
      }
      return url;
    }
    if (target.startsWith("/")) {
      const route = target.replace(/\/+$/, "") || "/";
      if (!(STATIC_ROUTES as readonly string[]).includes(route) && !publicFile(target)) {
        report(
          node,
          `link to "${url}": no such page in the course and no such file in public/`,
          `link to a lesson as /lessons/<slug>; pages: ${STATIC_ROUTES.join(", ")}`,
        );
      }
      return url;
    }
    report(node, `relative link "${url}" cannot be resolved`, "link to a lesson as /lessons/<slug>");
    return undefined;
  };

  const checkImage = (node: Nodes, src: string) => {
    if (!src || EXTERNAL.test(src)) return;
    if (src.startsWith("/")) {
      if (!publicFile(src)) {
        report(node, `image "${src}" does not exist`, `add the file at public${src} or fix the path`);
      }
      return;
    }
    report(
      node,
      `image "${src}" uses a relative path`,
      `put the image in public/ (e.g. public/img/${path.basename(src)}) and write /img/${path.basename(src)}`,
    );
  };

  return () => (tree: Root) => {
    const defined = new Set<string>();
    visit(tree, "mdxjsEsm", (node) => {
      for (const match of node.value.matchAll(/\b(?:import|const|function|let|var)\s+([A-Z]\w*)/g)) {
        if (match[1]) defined.add(match[1]);
      }
      for (const match of node.value.matchAll(/import\s*\{([^}]*)\}/g)) {
        for (const name of (match[1] ?? "").split(",")) {
          const local = name.split(/\s+as\s+/).pop()?.trim();
          if (local) defined.add(local);
        }
      }
    });

    visit(tree, (node) => {
      if (node.type === "link" || node.type === "definition") {
        const next = checkLink(node, node.url);
        if (next) node.url = next;
      } else if (node.type === "image") {
        checkImage(node, node.url);
      } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
        checkElement(node);
      }
    });

    function checkElement(node: MdxJsxFlowElement | MdxJsxTextElement) {
      if (!node.name) return;
      const stringAttribute = (name: string) => {
        const found = node.attributes.find(
          (a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name,
        );
        return typeof found?.value === "string" ? found : undefined;
      };
      if (node.name === "a") {
        const href = stringAttribute("href");
        if (href) {
          const next = checkLink(node, href.value as string);
          if (next) href.value = next;
        }
      } else if (node.name === "img") {
        const src = stringAttribute("src");
        if (src) checkImage(node, src.value as string);
      } else if (/^[A-Z]/.test(node.name) || node.name.includes(".")) {
        const root = node.name.split(".")[0] ?? node.name;
        if (!(MDX_COMPONENT_NAMES as readonly string[]).includes(root) && !defined.has(root)) {
          report(
            node,
            `unknown component <${node.name}>`,
            `components you can use: ${MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(", ")}`,
          );
        }
      }
    }
  };
}
