import { describe, expect, it } from "vitest";

import {
  fargateSizes,
  isValidFargateSize,
  nearestFargateSizes,
  parseCpu,
  parseMemory,
} from "@/lib/lab/taskdef";

describe("fargateSizes: the table of facts.md §2", () => {
  it("has every Linux row, 8 and 16 vCPU needing platform version 1.4.0", () => {
    const linux = fargateSizes();
    const byCpu = (cpu: number) => linux.filter((s) => s.cpu === cpu).map((s) => s.memory);
    expect(byCpu(256)).toEqual([512, 1024, 2048]);
    expect(byCpu(512)).toEqual([1024, 2048, 3072, 4096]);
    expect(byCpu(1024)).toHaveLength(7);
    expect(byCpu(2048)).toHaveLength(13);
    expect(byCpu(4096)).toHaveLength(23);
    expect(byCpu(8192)).toEqual([
      16384, 20480, 24576, 28672, 32768, 36864, 40960, 45056, 49152, 53248, 57344, 61440,
    ]);
    expect(byCpu(16384)[0]).toBe(32768);
    expect(byCpu(16384).at(-1)).toBe(122880);
    expect(linux).toHaveLength(74);
    expect(linux.filter((s) => s.minPlatformVersion === "1.4.0").map((s) => s.cpu)).not.toContain(
      4096,
    );
  });

  it("gives Windows only the 1–4 vCPU rows", () => {
    expect(new Set(fargateSizes("WINDOWS").map((s) => s.cpu))).toEqual(new Set([1024, 2048, 4096]));
  });
});

describe("parseCpu / parseMemory: the notations AWS accepts", () => {
  it.each([
    [256, 256],
    ["256", 256],
    ["1 vCPU", 1024],
    ["0.25 vcpu", 256],
    [".5 vCPU", 512],
    ["2vCPU", 2048],
    ["abc", undefined],
    ["", undefined],
    [null, undefined],
  ])("cpu %j → %j", (value, units) => {
    expect(parseCpu(value)).toBe(units);
  });

  it.each([
    [512, 512],
    ["512", 512],
    ["2 GB", 2048],
    ["0.5GB", 512],
    ["3 GiB", 3072],
    ["512 MiB", 512],
    ["2 TB", undefined],
    [true, undefined],
  ])("memory %j → %j", (value, mib) => {
    expect(parseMemory(value)).toBe(mib);
  });
});

describe("isValidFargateSize", () => {
  it.each([
    ["256", "512", "LINUX", true],
    ["256", "4096", "LINUX", false],
    ["1 vCPU", "2 GB", "LINUX", true],
    [1024, "2GB", "LINUX", true],
    ["8192", "16384", "LINUX", true],
    ["8192", "17408", "LINUX", false],
    ["4096", "31744", "LINUX", false],
    ["512", "1024", "WINDOWS", false],
    ["1024", "2048", "WINDOWS", true],
    ["16384", "32768", "WINDOWS", false],
    ["0.3 vCPU", "1 GB", "LINUX", false],
    ["512", "1024", "WINDOWS_SERVER_2022_CORE", false],
    ["2048", "4096", "WINDOWS_SERVER_2019_FULL", true],
  ] as const)("%j / %j on %s → %s", (cpu, memory, os, valid) => {
    expect(isValidFargateSize(cpu, memory, os)).toBe(valid);
  });
});

describe("nearestFargateSizes", () => {
  it("offers what was asked for, closest first", () => {
    expect(nearestFargateSizes("256", "4096", 2).map((s) => `${s.cpu}/${s.memory}`)).toEqual([
      "512/4096",
      "256/2048",
    ]);
  });

  it("returns the pair itself first when it is valid", () => {
    expect(nearestFargateSizes("1024", "3072", 1)[0]).toMatchObject({ cpu: 1024, memory: 3072 });
  });

  it("still helps when one value cannot be read", () => {
    const sizes = nearestFargateSizes("lots", "2 GB", 3);
    expect(sizes.every((s) => s.memory === 2048)).toBe(true);
  });
});
