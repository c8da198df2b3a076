import { describe, expect, it } from "vitest";

import { routeForHtmlFile } from "@/lib/search/route";

describe("routeForHtmlFile", () => {
  it("serves a prerendered page at its name without .html", () => {
    expect(routeForHtmlFile("lessons/containers-on-aws.html")).toBe("/lessons/containers-on-aws/");
  });

  it("serves a folder's index.html at the folder", () => {
    expect(routeForHtmlFile("lessons/ship-to-fargate/index.html")).toBe(
      "/lessons/ship-to-fargate/",
    );
    expect(routeForHtmlFile("index.html")).toBe("/");
  });

  it("reads Windows separators", () => {
    expect(routeForHtmlFile("lessons\\load-balancing.html")).toBe("/lessons/load-balancing/");
  });
});
