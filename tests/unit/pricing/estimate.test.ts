import { describe, expect, it } from "vitest";

import {
  billedSeconds,
  capacityProviderFragment,
  describeMemoryChoices,
  estimateFargateCost,
  type FargateChoice,
  formatUsd,
  HOURS_PER_MONTH,
  sizeProblem,
  taskDefinitionFragment,
} from "@/lib/pricing/estimate";
import type { FargatePrices } from "@/lib/pricing/model";

// Round figures, so every expected value below can be checked by hand.
const prices: FargatePrices = {
  region: "us-east-1",
  regionName: "US East (N. Virginia)",
  currency: "USD",
  source: "https://aws.amazon.com/fargate/pricing/",
  checked: "2026-12-02",
  minimumSeconds: { linux: 60, windows: 300 },
  freeEphemeralGiB: 20,
  ephemeralGbHour: 0.0001,
  onDemand: {
    "linux-x86_64": { vcpuHour: 0.04, gbHour: 0.004, osLicenseVcpuHour: 0 },
    "linux-arm64": { vcpuHour: 0.032, gbHour: 0.0032, osLicenseVcpuHour: 0 },
    "windows-x86_64": { vcpuHour: 0.09, gbHour: 0.01, osLicenseVcpuHour: 0.05 },
  },
  spot: {
    "linux-x86_64": { vcpuHour: 0.012, gbHour: 0.0012, osLicenseVcpuHour: 0, asOf: "2026-09-28" },
    "linux-arm64": { vcpuHour: 0.01, gbHour: 0.001, osLicenseVcpuHour: 0, asOf: "2026-09-27" },
  },
};

const base: FargateChoice = {
  cpu: 1024,
  memory: 2048,
  platform: "linux-x86_64",
  capacity: "on-demand",
  tasks: 1,
  hoursPerDay: 24,
  ephemeralGiB: 20,
};

function cost(choice: Partial<FargateChoice>) {
  const estimate = estimateFargateCost(prices, { ...base, ...choice });
  if (!estimate.ok) throw new Error(JSON.stringify(estimate.problems));
  return estimate.cost;
}

describe("estimateFargateCost", () => {
  it("bills the requested vCPU and GB at their rates", () => {
    // 1 vCPU × 0.04 + 2 GB × 0.004
    expect(cost({}).perTaskHour).toBeCloseTo(0.048, 10);
    // 0.25 vCPU × 0.04 + 0.5 GB × 0.004: 512 MiB is half a GB
    expect(cost({ cpu: 256, memory: 512 }).perTaskHour).toBeCloseTo(0.012, 10);
  });

  it("multiplies by tasks, hours a day and a 730-hour month", () => {
    const c = cost({ tasks: 3, hoursPerDay: 8 });
    expect(c.perHour).toBeCloseTo(0.144, 10);
    expect(c.perDay).toBeCloseTo(0.144 * 8, 10);
    expect(c.perMonth).toBeCloseTo(0.144 * 8 * (HOURS_PER_MONTH / 24), 10);
    expect(cost({ hoursPerDay: 24 }).perMonth).toBeCloseTo(0.048 * 730, 10);
    expect(cost({ hoursPerDay: 0 }).perMonth).toBe(0);
  });

  it("uses the ARM64 and Spot rates, Spot on either Linux architecture with its date", () => {
    expect(cost({ platform: "linux-arm64" }).perTaskHour).toBeCloseTo(0.032 + 0.0064, 10);
    expect(cost({ capacity: "spot" }).perTaskHour).toBeCloseTo(0.012 + 0.0024, 10);
    expect(cost({ capacity: "spot" }).spotAsOf).toBe("2026-09-28");
    const armSpot = cost({ platform: "linux-arm64", capacity: "spot" });
    expect(armSpot.perTaskHour).toBeCloseTo(0.01 + 0.002, 10);
    expect(armSpot.spotAsOf).toBe("2026-09-27");
    expect(cost({}).spotAsOf).toBeUndefined();
  });

  it("adds the Windows licence per vCPU and uses its five-minute minimum", () => {
    const c = cost({ platform: "windows-x86_64" });
    expect(c.parts.osLicense).toBeCloseTo(0.05, 10);
    expect(c.perTaskHour).toBeCloseTo(0.09 + 0.02 + 0.05, 10);
    expect(c.minimumSeconds).toBe(300);
    expect(c.minimumCharge).toBeCloseTo(0.16 / 12, 10);
    expect(cost({}).minimumSeconds).toBe(60);
  });

  it("bills ephemeral storage above the free 20 GiB only", () => {
    expect(cost({ ephemeralGiB: 20 }).parts.storage).toBe(0);
    expect(cost({ ephemeralGiB: 50 }).parts.storage).toBeCloseTo(30 * 0.0001, 10);
  });

  it("refuses a pair Fargate does not offer, with the nearest ones that it does", () => {
    const estimate = estimateFargateCost(prices, { ...base, cpu: 256, memory: 4096 });
    expect(estimate.ok).toBe(false);
    const problem = estimate.problems[0];
    expect(problem?.kind).toBe("size");
    if (problem?.kind !== "size") return;
    expect(problem.message).toBe(
      "With 256 (.25 vCPU), memory must be 512, 1024 or 2048 MiB, not 4096 MiB (4 GB).",
    );
    expect(problem.nearest.length).toBe(3);
    for (const size of problem.nearest)
      expect(sizeProblem(size.cpu, size.memory, "linux-x86_64")).toBeUndefined();
    expect(problem.nearest).toContainEqual(expect.objectContaining({ cpu: 512, memory: 4096 }));
  });

  it("keeps Windows to 1–4 vCPU", () => {
    const problem = sizeProblem(512, 1024, "windows-x86_64");
    expect(problem?.message).toMatch(/^Windows tasks on Fargate take 1, 2 or 4 vCPU/);
    expect(problem?.nearest.every((size) => size.cpu >= 1024 && size.cpu <= 4096)).toBe(true);
    expect(sizeProblem(8192, 16384, "windows-x86_64")).toBeDefined();
    expect(sizeProblem(8192, 16384, "linux-x86_64")).toBeUndefined();
  });

  it("offers Spot for Linux only, not Windows", () => {
    const estimate = estimateFargateCost(prices, {
      ...base,
      platform: "windows-x86_64",
      capacity: "spot",
    });
    expect(estimate.problems).toEqual([
      {
        kind: "spot",
        message:
          "Fargate Spot runs Linux tasks only (x86_64 or ARM64): Windows tasks run On-Demand.",
      },
    ]);
  });

  it("says when Spot runs ARM64 but the file has no ARM64 Spot rate", () => {
    const { "linux-arm64": _, ...x86Only } = prices.spot;
    const estimate = estimateFargateCost(
      { ...prices, spot: x86Only },
      { ...base, platform: "linux-arm64", capacity: "spot" },
    );
    expect(estimate.ok).toBe(false);
    expect(estimate.problems.map((p) => p.kind)).toEqual(["spot-price"]);
    expect(estimate.problems[0]?.message).toMatch(
      /^Fargate Spot runs Linux ARM64 tasks too, but its ARM64 rate is not recorded here/,
    );
    // x86_64 Spot still prices.
    expect(
      estimateFargateCost({ ...prices, spot: x86Only }, { ...base, capacity: "spot" }).ok,
    ).toBe(true);
  });

  it("reports every bad number at once", () => {
    const estimate = estimateFargateCost(prices, {
      ...base,
      tasks: 0,
      hoursPerDay: 25,
      ephemeralGiB: 201,
    });
    expect(estimate.problems.map((p) => (p.kind === "input" ? p.field : p.kind))).toEqual([
      "tasks",
      "hoursPerDay",
      "ephemeralGiB",
    ]);
  });
});

describe("billing rule helpers", () => {
  it("rounds up to the second, with the minimum", () => {
    expect(billedSeconds(12, 60)).toBe(60);
    expect(billedSeconds(90.2, 60)).toBe(91);
    expect(billedSeconds(3600, 60)).toBe(3600);
  });

  it("describes memory choices short and long", () => {
    expect(describeMemoryChoices([512, 1024, 2048])).toBe("512, 1024 or 2048 MiB");
    expect(describeMemoryChoices([2048, 3072, 4096, 5120, 6144])).toBe(
      "2048 to 6144 MiB in steps of 1024",
    );
  });

  it("writes the task definition keys to copy", () => {
    expect(taskDefinitionFragment({ ...base, platform: "linux-arm64" })).toBe(
      [
        '"cpu": "1024",',
        '"memory": "2048",',
        '"runtimePlatform": {',
        '  "operatingSystemFamily": "LINUX",',
        '  "cpuArchitecture": "ARM64"',
        "}",
      ].join("\n"),
    );
    const windows = taskDefinitionFragment({
      ...base,
      platform: "windows-x86_64",
      ephemeralGiB: 30,
    });
    expect(windows).toContain('"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"');
    expect(windows).toMatch(/},\n"ephemeralStorage": \{ "sizeInGiB": 30 \}$/);
    // Every fragment is the inside of a JSON object.
    expect(() => JSON.parse(`{${windows}}`)).not.toThrow();
    expect(capacityProviderFragment("spot")).toContain('"FARGATE_SPOT"');
  });

  it("formats dollars for small and large amounts", () => {
    expect(formatUsd(0.0123425)).toBe("$0.0123");
    expect(formatUsd(9.01)).toBe("$9.01");
    expect(formatUsd(1234.567)).toBe("$1,234.57");
    expect(formatUsd(0)).toBe("$0.00");
  });
});
