import { describe, expect, it } from "vitest";

import { preprocessMdx } from "@/lib/content/preprocess";

describe("preprocessMdx", () => {
  it("turns `:::tip Title` into the bracketed form", () => {
    expect(preprocessMdx(":::tip Read this first\nBody\n:::")).toBe(
      ":::tip[Read this first]\nBody\n:::",
    );
    expect(preprocessMdx(":::note[Already]\n:::")).toBe(":::note[Already]\n:::");
    expect(preprocessMdx("::::warning Nested [1]")).toBe("::::warning[Nested \\[1\\]]");
  });

  it("escapes a heading's {#custom-id} so MDX reads it as text", () => {
    expect(preprocessMdx("## Launch types {#launch}")).toBe("## Launch types \\{#launch}");
  });

  it("turns HTML comments into MDX comments", () => {
    expect(preprocessMdx("a <!-- hidden --> b")).toBe("a {/* hidden */} b");
  });

  it("leaves code fences untouched and keeps every line", () => {
    const source = "```md\n:::tip Title\n## H {#id}\n<!-- c -->\n```\n\n:::tip T\n:::";
    const result = preprocessMdx(source);
    expect(result.split("\n")).toHaveLength(source.split("\n").length);
    expect(result).toContain("```md\n:::tip Title\n## H {#id}\n<!-- c -->\n```");
    expect(result).toContain(":::tip[T]");
  });

  it("does not end a fence at a shorter or different marker", () => {
    const source = "````\n```\n## H {#id}\n````\n## After {#after}";
    expect(preprocessMdx(source)).toBe("````\n```\n## H {#id}\n````\n## After \\{#after}");
  });
});
