import { describe, expect, it } from "vitest";

import { parseYamlWith, splitFrontmatter } from "@/lib/content/frontmatter";
import { lessonFrontmatterSchema } from "@/lib/content/schema";

describe("splitFrontmatter", () => {
  it("finds the YAML block and where the body starts", () => {
    const block = splitFrontmatter("---\ntitle: A\n---\n\nBody");
    expect(block).toEqual({ yaml: "title: A", yamlStartLine: 2, body: "\nBody", bodyStartLine: 4 });
  });

  it("treats a file without frontmatter as all body", () => {
    expect(splitFrontmatter("# Title").body).toBe("# Title");
  });
});

describe("parseYamlWith(lessonFrontmatterSchema)", () => {
  const parse = (yaml: string) => parseYamlWith(lessonFrontmatterSchema, yaml, "l.mdx", 2, "frontmatter");

  it("accepts Docusaurus keys, and keys it does not know", () => {
    const { data, problems } = parse(
      "title: T\nsidebar_label: S\nsidebar_position: 3\ntags: [a]\ncustom_edit_url: null",
    );
    expect(problems).toEqual([]);
    expect(data).toMatchObject({ title: "T", sidebar_label: "S", sidebar_position: 3, tags: ["a"] });
  });

  it("reports a wrong type on the line of the key", () => {
    const { problems } = parse("title: T\nsidebar_position: first");
    expect(problems).toEqual([
      expect.objectContaining({ line: 3, message: 'frontmatter "sidebar_position" must be a number' }),
    ]);
  });

  it("reports an empty item of a list on its own line", () => {
    const { problems } = parse("outcomes:\n  - Explain ECS\n  - ''");
    expect(problems[0]).toMatchObject({ line: 4 });
    expect(problems[0]?.message).toContain('"outcomes.1"');
  });

  it("reads the sources of a lesson's facts and the day they were checked", () => {
    const { data, problems } = parse(
      "sources:\n  - title: Fargate pricing\n    url: https://aws.amazon.com/fargate/pricing/\nchecked: 2026-12-02",
    );
    expect(problems).toEqual([]);
    expect(data).toMatchObject({
      sources: [{ title: "Fargate pricing", url: "https://aws.amazon.com/fargate/pricing/" }],
      checked: "2026-12-02",
    });
  });

  it("reports a source that is not a web address, and sources without a checked date", () => {
    const { problems } = parse("sources:\n  - title: Notes\n    url: my notes\nchecked: 2026-12-02");
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [4, 'frontmatter "sources.0.url" must be an http(s) address'],
    ]);
    const undated = parse("sources:\n  - title: Pricing\n    url: https://aws.amazon.com/ecs/pricing/");
    expect(undated.problems[0]?.message).toMatch(/"checked" is missing/);
  });

  it("reports YAML syntax errors with their line and a hint", () => {
    const { problems } = parse("title: ECS: the basics");
    expect(problems[0]).toMatchObject({ file: "l.mdx", line: 2 });
    expect(problems[0]?.message).toMatch(/not valid YAML/);
    expect(problems[0]?.hint).toMatch(/quote/);
  });

  it("checks that the TOC range is in order", () => {
    const { problems } = parse("toc_min_heading_level: 4\ntoc_max_heading_level: 3");
    expect(problems[0]?.message).toMatch(/must not be greater/);
    expect(problems[0]?.line).toBe(2);
  });
});
