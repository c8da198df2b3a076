import { describe, expect, it } from "vitest";

import { baseSlug, humanize, isValidSlug, normalizeSlug, splitNumberPrefix } from "@/lib/content/names";

describe("splitNumberPrefix", () => {
  it("strips Docusaurus number prefixes and keeps the number", () => {
    expect(splitNumberPrefix("01-intro.mdx")).toEqual({ position: 1, name: "intro.mdx" });
    expect(splitNumberPrefix("10_scaling")).toEqual({ position: 10, name: "scaling" });
    expect(splitNumberPrefix("2. Deploy")).toEqual({ position: 2, name: "Deploy" });
  });

  it("leaves names without a prefix, or that are only a number, alone", () => {
    expect(splitNumberPrefix("intro.mdx")).toEqual({ name: "intro.mdx" });
    expect(splitNumberPrefix("2024")).toEqual({ name: "2024" });
    expect(splitNumberPrefix("3d-models")).toEqual({ name: "3d-models" });
  });
});

describe("baseSlug", () => {
  it("drops the extension and the prefix", () => {
    expect(baseSlug("02-ecs-deep-dive.mdx")).toBe("ecs-deep-dive");
    expect(baseSlug("intro.md")).toBe("intro");
  });
});

describe("normalizeSlug", () => {
  it("turns a Docusaurus slug path into one URL segment", () => {
    expect(normalizeSlug("/ecs-intro")).toBe("ecs-intro");
    expect(normalizeSlug("/aws/ecs-intro/")).toBe("aws-ecs-intro");
    expect(normalizeSlug("/")).toBeUndefined();
  });
});

describe("isValidSlug / humanize", () => {
  it("accepts URL-safe slugs only", () => {
    expect(isValidSlug("ship-to-fargate")).toBe(true);
    expect(isValidSlug("ship to fargate")).toBe(false);
    expect(isValidSlug("-x")).toBe(false);
  });

  it("makes a readable title from a name", () => {
    expect(humanize("getting-started_now")).toBe("Getting started now");
  });
});
