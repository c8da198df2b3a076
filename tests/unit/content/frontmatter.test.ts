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
