import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { LineCounter, parseDocument } from "yaml";

import { ContentError, type ContentProblem } from "../content/errors";
import { parseYamlWith } from "../content/frontmatter";
import type { DiagramContent } from "./graph";
import { diagramFileSchema, type DiagramFile } from "./schema";
import { TOPOLOGY_NODES } from "./topology";

/** Where the diagram's words live, inside the content folder (the `_` keeps lessons out). */
export const DIAGRAM_FILE = path.join("_data", "diagram.yaml");

/** A function giving the 1-based line of a key path in the file (its parent's if missing). */
type LineOf = (keys: (string | number)[]) => number;

function lineFinder(text: string): LineOf {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return (keys) => {
    for (let n = keys.length; n > 0; n--) {
      const node = doc.getIn(keys.slice(0, n), true) as { range?: [number, number, number] };
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
}

/**
 * Parses and validates the diagram file's text: the schema, then that every node the topology
 * draws has words, and that edges, steps and flows name nodes and edges that exist. Returns the
 * content, or every problem as `file:line: message`.
 */
export function parseDiagramContent(
  text: string,
  file: string,
): { content?: DiagramContent; problems: ContentProblem[] } {
  const { data, problems } = parseYamlWith(diagramFileSchema, text, file, 1, "diagram");
  if (!data) return { problems };
  const lineOf = lineFinder(text);
  const found: ContentProblem[] = [];
  const report = (keys: (string | number)[], message: string, hint?: string) =>
    found.push({ file, line: lineOf(keys), message, ...(hint ? { hint } : {}) });

  const nodeIds = new Set(Object.keys(data.nodes));
  for (const id of TOPOLOGY_NODES) {
    if (!nodeIds.has(id))
      report(["nodes"], `diagram: node "${id}" is missing`, "the topology draws it: give it words");
  }
  for (const id of nodeIds) {
    if (!TOPOLOGY_NODES.includes(id))
      report(
        ["nodes", id],
        `diagram: node "${id}" is not part of the topology`,
        `known nodes: ${TOPOLOGY_NODES.join(", ")}`,
      );
  }
  const edgeIds = new Set<string>();
  data.edges.forEach((edge, i) => {
    if (edgeIds.has(edge.id)) report(["edges", i, "id"], `diagram: edge "${edge.id}" twice`);
    edgeIds.add(edge.id);
    if (!nodeIds.has(edge.source))
      report(
        ["edges", i, "source"],
        `diagram: edge "${edge.id}" starts at unknown node "${edge.source}"`,
      );
    if (edge.target !== "tasks" && !nodeIds.has(edge.target))
      report(
        ["edges", i, "target"],
        `diagram: edge "${edge.id}" ends at unknown node "${edge.target}"`,
      );
  });
  for (const key of ["steps", "flows"] as const) {
    const ids = new Set<string>();
    data[key].forEach((walk, i) => {
      if (ids.has(walk.id)) report([key, i, "id"], `diagram: ${key} has "${walk.id}" twice`);
      ids.add(walk.id);
      walk.nodes.forEach((id, j) => {
        if (id !== "tasks" && !nodeIds.has(id))
          report([key, i, "nodes", j], `diagram: ${key} "${walk.id}" lights unknown node "${id}"`);
      });
      walk.edges.forEach((id, j) => {
        if (!edgeIds.has(id))
          report([key, i, "edges", j], `diagram: ${key} "${walk.id}" lights unknown edge "${id}"`);
      });
    });
  }
  if (found.length > 0) return { problems: found };
  return { content: toContent(data), problems: [] };
}

function toContent(data: DiagramFile): DiagramContent {
  return {
    nodes: data.nodes,
    computeEc2: data.compute_ec2,
    task: data.task,
    instance: data.instance,
    edges: data.edges,
    steps: data.steps,
    flows: data.flows,
  };
}

/**
 * Every `link` of the diagram file that points at a lesson or heading that does not exist, at
 * its line. `headingIds` maps each lesson slug to the ids of its headings.
 */
export function checkDiagramLinks(
  text: string,
  file: string,
  headingIds: ReadonlyMap<string, ReadonlySet<string>>,
): ContentProblem[] {
  const { data } = parseYamlWith(diagramFileSchema, text, file, 1, "diagram");
  if (!data) return [];
  const lineOf = lineFinder(text);
  const entries: [(string | number)[], string][] = [
    ...Object.entries(data.nodes).map(
      ([id, node]) => [["nodes", id, "link"], node.link] as [(string | number)[], string],
    ),
    ...(["compute_ec2", "task", "instance"] as const).map(
      (key) => [[key, "link"], data[key].link] as [(string | number)[], string],
    ),
  ];
  const problems: ContentProblem[] = [];
  for (const [keys, link] of entries) {
    const [, slug = "", id = ""] = /^\/lessons\/([^#]+)#(.+)$/.exec(link) ?? [];
    const ids = headingIds.get(slug);
    if (!ids) {
      problems.push({
        file,
        line: lineOf(keys),
        message: `diagram: no lesson "${slug}" for ${link}`,
      });
    } else if (!ids.has(id)) {
      problems.push({
        file,
        line: lineOf(keys),
        message: `diagram: lesson "${slug}" has no heading "#${id}"`,
        hint: `its headings: ${[...ids].join(", ")}`,
      });
    }
  }
  return problems;
}

export interface DiagramLoadOptions {
  contentDir: string;
  /** Paths in messages are relative to this folder. */
  rootDir: string;
}

/** Reads the diagram file: its text and validated content, or its problems. */
export function readDiagramFile(options: DiagramLoadOptions): {
  text: string;
  displayPath: string;
  content?: DiagramContent;
  problems: ContentProblem[];
  /** There is no file: a problem only for a lesson that shows the diagram. */
  missing: boolean;
} {
  const file = path.join(options.contentDir, DIAGRAM_FILE);
  const displayPath = path.relative(options.rootDir, file).split(path.sep).join("/");
  if (!existsSync(file)) {
    return {
      text: "",
      displayPath,
      missing: true,
      problems: [{ file: displayPath, message: "the architecture diagram's words are missing" }],
    };
  }
  const text = readFileSync(file, "utf8");
  return { text, displayPath, missing: false, ...parseDiagramContent(text, displayPath) };
}

const loaded = new Map<string, DiagramContent>();

/**
 * The diagram's content, read once per content folder at build time. Throws `ContentError`
 * (the content check reports the same problems first, with their lines).
 */
export function loadDiagramContent(options: DiagramLoadOptions): DiagramContent {
  const cached = process.env.NODE_ENV !== "development" && loaded.get(options.contentDir);
  if (cached) return cached;
  const { content, problems } = readDiagramFile(options);
  if (!content) throw new ContentError(problems);
  loaded.set(options.contentDir, content);
  return content;
}
