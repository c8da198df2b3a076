import { describe, expect, it } from "vitest";

import { asksForHighlight } from "@/lib/search/highlight";
import { withHighlight } from "@/lib/search/terms";

describe("asksForHighlight", () => {
  it("is true only for an address that carries the highlight parameter", () => {
    expect(
      asksForHighlight(new URL(withHighlight("/lessons/a/#s", ["role"]), "http://x").search),
    ).toBe(true);
    expect(asksForHighlight("?other=1")).toBe(false);
    expect(asksForHighlight("")).toBe(false);
  });
});
