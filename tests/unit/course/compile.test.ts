import { describe, expect, it } from "vitest";

import { type ContentPaths, formatProblem } from "@/lib/content";
import { checkContent, compileLessonMeta } from "@/lib/course";
import { loadCourse } from "@/lib/content/course";

import { fixture } from "../content/helpers";

async function compile(paths: ContentPaths, slug: string) {
  const course = await loadCourse(paths);
  const meta = course.lessons.find((lesson) => lesson.slug === slug);
  if (!meta) throw new Error(`no lesson ${slug}`);
  return compileLessonMeta(meta, course, paths);
}

async function problemsOf(name: string) {
  return (await checkContent(fixture(name))).map(formatProblem);
}

describe("compiling Docusaurus Markdown", () => {
  const docusaurus = fixture("a docusaurus course drops in unchanged");

  it("builds a table of contents with custom and generated ids", async () => {
    const { result, problems } = await compile(docusaurus, "registry");
    expect(problems).toEqual([]);
    expect(result?.toc).toEqual([
      { id: "what-it-stores", text: "What it stores", depth: 2 },
      { id: "custom-second", text: "Second", depth: 2 },
      { id: "deep", text: "Deep", depth: 3 },
    ]);
  });

  it("respects toc_min/max_heading_level", async () => {
    const { result } = await compile(docusaurus, "scaling");
    expect(result?.toc.map((entry) => entry.text)).toEqual(["Only this"]);
  });

  it("lifts a leading # heading out of the body, custom id and all", async () => {
    const { result } = await compile(docusaurus, "intro");
    expect(result?.heading).toBe("Welcome aboard");
    expect(result?.code).not.toContain("Welcome aboard");
  });

  it("rewrites links to lesson files into lesson URLs", async () => {
    const { result } = await compile(docusaurus, "intro");
    expect(result?.code).toContain("/lessons/registry#what-it-stores");
  });

  it("compiles admonitions (both title forms), raw HTML and details", async () => {
    const { result } = await compile(docusaurus, "registry");
    expect(result?.code).toContain('"Admonition"');
    expect(result?.code).toContain("Good to know");
    expect(result?.code).toContain("summary");
  });

  it("accepts Docusaurus @theme/Tabs and @theme/TabItem imports as written", async () => {
    const { result, problems } = await compile(docusaurus, "containers");
    expect(problems).toEqual([]);
    expect(result?.code).toContain('"Tabs"');
    expect(result?.code).not.toContain("@theme/");
  });

  it("accepts every lesson of the fixture course", async () => {
    expect(await checkContent(docusaurus)).toEqual([]);
  });
});

describe("content errors stop the build with path:line", () => {
  it("an MDX syntax error", async () => {
    const [problem] = await problemsOf("an mdx syntax error");
    expect(problem).toMatch(/^content\/lesson\.mdx:\d+: /);
    expect(problem).toMatch(/closing tag|end of file|<div>/i);
    expect(problem).toContain("hint:");
  });

  it("an unknown component", async () => {
    expect(await problemsOf("an unknown component")).toEqual([
      expect.stringMatching(
        /^content\/lesson\.mdx:7: unknown component <Carousel>\n {2}hint: components you can use: <Admonition>/,
      ),
    ]);
  });

  it("a link to a lesson that does not exist", async () => {
    const problems = await problemsOf("a link to a missing lesson");
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^content\/lesson\.mdx:7: link to "\/lessons\/nowhere": there is no lesson "nowhere"/,
    );
    expect(problems[1]).toMatch(
      /^content\/lesson\.mdx:9: link to "\.\/missing\.mdx": no lesson file/,
    );
  });

  it("a local image that is not in public/", async () => {
    const problems = await problemsOf("an image missing from public");
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/lesson\.mdx:5: image "\/img\/aws\/08\/image_01\.png" does not exist\n {2}hint: add the file at public\/img\/aws\/08\/image_01\.png/,
      ),
      expect.stringMatching(/^content\/lesson\.mdx:7: image "\/img\/other\.png" does not exist/),
    ]);
  });

  it("a Docusaurus theme component we do not provide", async () => {
    const [first] = await problemsOf("an unavailable docusaurus theme import");
    expect(first).toMatch(
      /^content\/lesson\.mdx:5: Docusaurus component "@theme\/CodeBlock" is not available\n {2}hint: available: @theme\/Admonition/,
    );
  });

  it("an unknown admonition kind", async () => {
    const [problem] = await problemsOf("an unknown admonition");
    expect(problem).toMatch(
      /^content\/lesson\.mdx:5: unknown admonition ":::hint"\n {2}hint: use one of :::note/,
    );
  });

  it("invalid frontmatter and duplicate slugs surface through checkContent too", async () => {
    expect((await problemsOf("frontmatter with a wrong type"))[0]).toMatch(
      /^content\/lesson\.mdx:3: /,
    );
    expect(await problemsOf("two lessons with one slug")).toEqual([
      expect.stringContaining('slug "same" is already used by content/01-a.mdx'),
    ]);
  });
});
