import { describe, expect, it } from "vitest";

import { estimateReadingMinutes } from "@/lib/content/reading-time";

describe("estimateReadingMinutes", () => {
  it("is at least one minute", () => {
    expect(estimateReadingMinutes("")).toBe(1);
    expect(estimateReadingMinutes("A few words.")).toBe(1);
  });

  it("reads prose at about 200 words a minute", () => {
    expect(estimateReadingMinutes("word ".repeat(1000))).toBe(5);
  });

  it("counts code at half speed and ignores markup-only tokens", () => {
    const code = "```bash\n" + "aws ecs ".repeat(100) + "\n```\n";
    expect(estimateReadingMinutes(code)).toBe(2);
    expect(estimateReadingMinutes("<div>\n" + "| --- | --- |\n".repeat(500) + "</div>")).toBe(1);
  });
});
