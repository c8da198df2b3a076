import path from "node:path";

import { describe, expect, it } from "vitest";

import { formatProblem } from "@/lib/content";
import { checkContent } from "@/lib/course";
import { getFargatePrices } from "@/lib/pricing";
import { estimateFargateCost } from "@/lib/pricing/estimate";
import { loadFargatePrices } from "@/lib/pricing/load";

import { fixture } from "../content/helpers";

const real = {
  rootDir: path.resolve(__dirname, "../../.."),
  contentDir: path.resolve(__dirname, "../../../content"),
  publicDir: path.resolve(__dirname, "../../../public"),
};

describe("the price file", () => {
  it("reports each mistake with its file and line", async () => {
    const { problems } = await loadFargatePrices(fixture("a price file with mistakes"));
    expect(problems.map(formatProblem)).toEqual([
      'content/_data/fargate-prices.yaml:5: prices "checked" is not a real date',
      'content/_data/fargate-prices.yaml:23: prices "platforms.linux-arm64.on_demand.vcpu_hour" must be a number (US dollars)',
      // Spot is for Linux x86_64 only: the other platforms have no such key.
      'content/_data/fargate-prices.yaml:26: prices "platforms.linux-arm64.spot" is not a known key: check its spelling',
      'content/_data/fargate-prices.yaml:31: prices "platforms.windows-x86_64.on_demand.os_license_vcpu_hour" is missing',
      'content/_data/fargate-prices.yaml:33: prices "platforms.windows-x86_64.on_demand.os_licence_vcpu_hour" is not a known key: check its spelling',
    ]);
  });

  it("fails the content check, like a broken lesson", async () => {
    const problems = (await checkContent(fixture("a price file with mistakes"))).map(formatProblem);
    expect(problems.some((p) => p.startsWith("content/_data/fargate-prices.yaml:5:"))).toBe(true);
  });

  it("must exist when a lesson shows the explorer", async () => {
    const problems = (await checkContent(fixture("an explorer without a price file"))).map(
      formatProblem,
    );
    expect(problems).toEqual([
      "content/lesson.mdx:7: <FargateCostExplorer /> needs content/_data/fargate-prices.yaml, which does not exist\n" +
        "  hint: the explorer reads the Region, the date and the rates from that file; see the README's Prices section",
    ]);
  });

  it("in content/ is valid, dated and prices the smallest Linux task as the pricing page does", async () => {
    const prices = await getFargatePrices(real);
    expect(prices.region).toBe("us-east-1");
    expect(prices.source).toBe("https://aws.amazon.com/fargate/pricing/");
    expect(prices.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const estimate = estimateFargateCost(prices, {
      cpu: 256,
      memory: 512,
      platform: "linux-x86_64",
      capacity: "on-demand",
      tasks: 1,
      hoursPerDay: 24,
      ephemeralGiB: 20,
    });
    // 0.25 × $0.04048 + 0.5 × $0.004445 per hour: about $9 for a 730-hour month.
    expect(estimate.ok && estimate.cost.perTaskHour).toBeCloseTo(0.0123425, 7);
    expect(estimate.ok && estimate.cost.perMonth).toBeCloseTo(9.01, 2);
  });
});
