import { describe, expect, it } from "vitest";

import { ContentError, getNeighbours } from "@/lib/content";
import { loadCourse } from "@/lib/content/course";

import { fixture } from "./helpers";

const docusaurus = fixture("a docusaurus course drops in unchanged");

describe("loadCourse on a Docusaurus-style folder", () => {
  it("orders modules by _category_ position and lessons by sidebar_position, then prefix", async () => {
    const course = await loadCourse(docusaurus);
    expect(course.modules.map((m) => m.title ?? "(top)")).toEqual([
      "(top)",
      "The basics",
      "Going further",
    ]);
    expect(course.lessons.map((l) => l.slug)).toEqual([
      "intro",
      "containers",
      "registry",
      "basics-later-on",
      "ship-it",
      "scaling",
      "draft",
    ]);
  });

  it("takes titles, labels and descriptions from the content", async () => {
    const course = await loadCourse(docusaurus);
    const [intro, containers, registry] = course.lessons;
    expect(intro?.title).toBe("Welcome aboard");
    expect(containers).toMatchObject({ title: "Containers", outcomes: ["Explain what a container is"] });
    expect(registry).toMatchObject({
      title: "Registries: where images live",
      sidebarLabel: "Registries",
      description: "What a registry stores.",
    });
    expect(course.modules[1]?.description).toBe("Start here.");
  });

  it("leaves drafts out when asked to", async () => {
    const course = await loadCourse({ ...docusaurus, skipDrafts: true });
    expect(course.lessons.map((l) => l.slug)).not.toContain("draft");
  });

  it("finds the lessons before and after", async () => {
    const course = await loadCourse(docusaurus);
    const { previous, next } = getNeighbours(course, "registry");
    expect(previous?.slug).toBe("containers");
    expect(next?.slug).toBe("basics-later-on");
    expect(getNeighbours(course, "intro").previous).toBeUndefined();
  });
});

describe("loadCourse errors", () => {
  it("reports every lesson that shares a slug", async () => {
    const error = await loadCourse(fixture("two lessons with one slug")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toContain(
      'content/mod/same.mdx: slug "same" is already used by content/01-a.mdx',
    );
  });

  it("reports frontmatter problems as path:line", async () => {
    const error = (await loadCourse(fixture("frontmatter with a wrong type")).catch(
      (e: unknown) => e,
    )) as ContentError;
    expect(error.message).toContain(
      'content/lesson.mdx:3: frontmatter "sidebar_position" must be a number',
    );
    expect(error.message).toContain('content/lesson.mdx:4: frontmatter "outcomes" must be a list of strings');
  });

  it("reports invalid YAML with a hint", async () => {
    const error = (await loadCourse(fixture("frontmatter that is not yaml")).catch(
      (e: unknown) => e,
    )) as ContentError;
    expect(error.message).toMatch(/content\/lesson\.mdx:2: frontmatter is not valid YAML/);
    expect(error.message).toContain("hint:");
  });

  it("says so when there is no content folder", async () => {
    await expect(loadCourse(fixture("no such fixture"))).rejects.toThrow(/content folder not found/);
  });
});
