import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { checkDiagramLinks, parseDiagramContent } from "@/lib/diagram/load";
import { TOPOLOGY_NODES } from "@/lib/diagram/topology";

const root = path.resolve(__dirname, "../../..");
const FILE = "content/_data/diagram.yaml";
const text = readFileSync(path.join(root, FILE), "utf8");

describe("the diagram's content file", () => {
  it("is valid and gives words to every node of the topology", () => {
    const { content, problems } = parseDiagramContent(text, FILE);
    expect(problems).toEqual([]);
    expect(Object.keys(content!.nodes).sort()).toEqual([...TOPOLOGY_NODES].sort());
  });

  it("reports a misspelt key, an unknown node and a missing edge at their lines", () => {
    const broken = text
      .replace("    explanation: Writes the application", "    explenation: Writes the application")
      .replace("nodes: [image, ecr]", "nodes: [image, ecrr]");
    const { problems } = parseDiagramContent(broken, FILE);
    const line = (needle: string) => broken.split("\n").findIndex((l) => l.includes(needle)) + 1;
    expect(problems).toContainEqual(
      expect.objectContaining({
        line: line("explenation"),
        message: expect.stringMatching(/explenation/),
      }),
    );
    const second = parseDiagramContent(
      text.replace("nodes: [image, ecr]", "nodes: [image, ecrr]"),
      FILE,
    );
    expect(second.problems).toEqual([
      expect.objectContaining({
        line: line("ecrr"),
        message: 'diagram: steps "push" lights unknown node "ecrr"',
      }),
    ]);
  });

  it("says to quote a fact that YAML read as a key, at its line", () => {
    const broken = text.replace(
      '      - "IAM is global: a role works in every Region"',
      "      - IAM is global: a role works in every Region",
    );
    expect(broken).not.toBe(text);
    const { problems } = parseDiagramContent(broken, FILE);
    const line = broken.split("\n").findIndex((l) => l.includes("- IAM is global")) + 1;
    expect(problems).toEqual([
      expect.objectContaining({
        line,
        message: expect.stringMatching(/must be a fact: put it in quotes/),
      }),
    ]);
  });

  it("fails a link to a heading that does not exist, at the link's line", () => {
    const headings = new Map([
      ["ecs-fargate-ecr-in-depth", new Set(["networking", "the-architecture"])],
    ]);
    const problems = checkDiagramLinks(text, FILE, headings);
    const first = problems.find((p) => p.message.includes("#the-workflow-from-code-to-users"));
    const line =
      text
        .split("\n")
        .findIndex((l) => l.includes("link: /lessons/ecs-fargate-ecr-in-depth#the-workflow")) + 1;
    expect(first).toMatchObject({
      file: FILE,
      line,
      message:
        'diagram: lesson "ecs-fargate-ecr-in-depth" has no heading "#the-workflow-from-code-to-users"',
    });
    expect(problems.some((p) => p.message.includes('no lesson "load-balancing"'))).toBe(true);
  });
});
