import { describe, expect, it } from "vitest";

import { percent } from "@/lib/quiz/percent";

describe("percent", () => {
  it("rounds a score to a whole percentage", () => {
    expect(percent((1 + 2 / 3 + 0 + 0.5) / 4)).toBe(54);
    expect(percent(2 / 3)).toBe(67);
    expect(percent(0)).toBe(0);
    expect(percent(1)).toBe(100);
  });
});
