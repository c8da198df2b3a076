import path from "node:path";

import { describe, expect, it } from "vitest";

import { formatProblem } from "@/lib/content";
import { checkContent } from "@/lib/course";
import { getFargatePrices } from "@/lib/pricing";
import { estimateFargateCost } from "@/lib/pricing/estimate";
import { loadFargatePrices } from "@/lib/pricing/load";
import { toFargatePrices } from "@/lib/pricing/model";
import { fargatePriceFileSchema } from "@/lib/pricing/schema";

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
      // A Spot rate, on ARM64 as on x86_64, carries the day it was read.
      'content/_data/fargate-prices.yaml:26: prices "platforms.linux-arm64.spot.as_of" is missing',
      'content/_data/fargate-prices.yaml:30: prices "platforms.windows-x86_64.on_demand.os_license_vcpu_hour" is missing',
      'content/_data/fargate-prices.yaml:32: prices "platforms.windows-x86_64.on_demand.os_licence_vcpu_hour" is not a known key: check its spelling',
      // Windows tasks cannot use Fargate Spot: Windows has no such key.
      'content/_data/fargate-prices.yaml:34: prices "platforms.windows-x86_64.spot" is not a known key: check its spelling',
    ]);
  });

  it("may leave out the ARM64 Spot rate, but not the x86_64 one", () => {
    const file = {
      region: "us-east-1",
      region_name: "US East (N. Virginia)",
      currency: "USD",
      source: "https://aws.amazon.com/fargate/pricing/",
      checked: "2026-12-02",
      billing: {
        minimum_seconds: { linux: 60, windows: 300 },
        free_ephemeral_gib: 20,
        ephemeral_gb_hour: 0.000111,
      },
      platforms: {
        "linux-x86_64": {
          on_demand: { vcpu_hour: 0.04048, gb_hour: 0.004445 },
          spot: { vcpu_hour: 0.0129, gb_hour: 0.0014, as_of: "2026-09-28" },
        },
        "linux-arm64": { on_demand: { vcpu_hour: 0.03238, gb_hour: 0.00356 } },
        "windows-x86_64": {
          on_demand: { vcpu_hour: 0.09148, gb_hour: 0.01005, os_license_vcpu_hour: 0.046 },
        },
      },
    };
    const parsed = fargatePriceFileSchema.safeParse(file);
    expect(parsed.success).toBe(true);
    if (parsed.success)
      expect(Object.keys(toFargatePrices(parsed.data).spot)).toEqual(["linux-x86_64"]);
    const { spot: _, ...x86WithoutSpot } = file.platforms["linux-x86_64"];
    const withoutX86Spot = {
      ...file,
      platforms: { ...file.platforms, "linux-x86_64": x86WithoutSpot },
    };
    expect(fargatePriceFileSchema.safeParse(withoutX86Spot).success).toBe(false);
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

  it("in content/ prices Fargate Spot for Linux on both architectures, and not for Windows", async () => {
    const prices = await getFargatePrices(real);
    const spot = (platform: "linux-x86_64" | "linux-arm64" | "windows-x86_64") =>
      estimateFargateCost(prices, {
        cpu: 1024,
        memory: 2048,
        platform,
        capacity: "spot",
        tasks: 1,
        hoursPerDay: 24,
        ephemeralGiB: 20,
      });
    for (const platform of ["linux-x86_64", "linux-arm64"] as const) {
      const estimate = spot(platform);
      expect(estimate.ok, platform).toBe(true);
      // Spot is cheaper than On-Demand on the same platform.
      if (estimate.ok)
        expect(estimate.cost.rates.vcpuHour).toBeLessThan(prices.onDemand[platform].vcpuHour);
    }
    expect(spot("windows-x86_64").problems.map((p) => p.kind)).toEqual(["spot"]);
  });
});
