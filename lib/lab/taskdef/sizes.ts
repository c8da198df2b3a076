/**
 * Fargate's task sizes: the cpu/memory pairs a task definition may ask for (facts.md §2). Other
 * parts of the course (the pricing lesson, the lab's run-task) reuse these, so they take values
 * as a task definition holds them: CPU units or "1 vCPU", MiB or "2 GB".
 */

export interface FargateSize {
  /** CPU units: 1024 is one vCPU. */
  cpu: number;
  /** MiB. */
  memory: number;
  /** The oldest Fargate platform version that runs this size (8 and 16 vCPU need 1.4.0). */
  minPlatformVersion: "1.3.0" | "1.4.0";
}

/** Which operating system's table to use: Windows has only the 1–4 vCPU rows. */
export type FargateOs = "LINUX" | "WINDOWS";

interface Row {
  cpu: number;
  memories: number[];
  windows: boolean;
  minPlatformVersion: FargateSize["minPlatformVersion"];
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let m = from; m <= to; m += step) out.push(m);
  return out;
}

// If AWS adds a row, update facts.md §2 first, then this table.
const ROWS: readonly Row[] = [
  { cpu: 256, memories: [512, 1024, 2048], windows: false, minPlatformVersion: "1.3.0" },
  { cpu: 512, memories: range(1024, 4096, 1024), windows: false, minPlatformVersion: "1.3.0" },
  { cpu: 1024, memories: range(2048, 8192, 1024), windows: true, minPlatformVersion: "1.3.0" },
  { cpu: 2048, memories: range(4096, 16384, 1024), windows: true, minPlatformVersion: "1.3.0" },
  { cpu: 4096, memories: range(8192, 30720, 1024), windows: true, minPlatformVersion: "1.3.0" },
  { cpu: 8192, memories: range(16384, 61440, 4096), windows: false, minPlatformVersion: "1.4.0" },
  { cpu: 16384, memories: range(32768, 122880, 8192), windows: false, minPlatformVersion: "1.4.0" },
];

/** Reads an operating system as the API writes it (`LINUX`, `WINDOWS_SERVER_2022_CORE`, …). */
export function fargateOs(operatingSystemFamily: unknown): FargateOs {
  return typeof operatingSystemFamily === "string" &&
    operatingSystemFamily.toUpperCase().startsWith("WINDOWS")
    ? "WINDOWS"
    : "LINUX";
}

function rowsFor(os: FargateOs): readonly Row[] {
  return os === "WINDOWS" ? ROWS.filter((row) => row.windows) : ROWS;
}

/** Every valid size for `os` (Linux by default), smallest cpu first, then smallest memory. */
export function fargateSizes(os: FargateOs = "LINUX"): FargateSize[] {
  return rowsFor(os).flatMap((row) =>
    row.memories.map((memory) => ({
      cpu: row.cpu,
      memory,
      minPlatformVersion: row.minPlatformVersion,
    })),
  );
}

/** The task-level cpu values Fargate knows, for `os`. */
export function fargateCpuValues(os: FargateOs = "LINUX"): number[] {
  return rowsFor(os).map((row) => row.cpu);
}

/** The memory values (MiB) allowed with `cpu` units on `os`; empty if `cpu` is not a Fargate value. */
export function fargateMemoryValues(cpu: number, os: FargateOs = "LINUX"): number[] {
  return [...(rowsFor(os).find((row) => row.cpu === cpu)?.memories ?? [])];
}

const NUMBER = String.raw`(\d+(?:\.\d*)?|\.\d+)`;
const CPU_UNITS = new RegExp(String.raw`^\s*${NUMBER}\s*$`);
const VCPU = new RegExp(String.raw`^\s*${NUMBER}\s*vcpus?\s*$`, "i");
const MIB = new RegExp(String.raw`^\s*${NUMBER}\s*(mib|mb)?\s*$`, "i");
const GIB = new RegExp(String.raw`^\s*${NUMBER}\s*(gib|gb)\s*$`, "i");

/**
 * CPU units from a task definition's `cpu`: 256, "256", "0.25 vCPU" or "1 vcpu" (AWS accepts the
 * vCPU form and stores units). Undefined for anything else; may be fractional ("0.3 vCPU").
 */
export function parseCpu(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const units = CPU_UNITS.exec(value);
  if (units?.[1]) return Number(units[1]);
  const vcpu = VCPU.exec(value);
  if (vcpu?.[1]) return Number(vcpu[1]) * 1024;
  return undefined;
}

/** MiB from a task definition's `memory`: 512, "512", "512 MiB", "0.5 GB" or "2GB". */
export function parseMemory(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const mib = MIB.exec(value);
  if (mib?.[1]) return Number(mib[1]);
  const gib = GIB.exec(value);
  if (gib?.[1]) return Number(gib[1]) * 1024;
  return undefined;
}

/**
 * Whether `cpu` and `memory` (any accepted notation) form a Fargate size on `os`, which may be
 * "LINUX", "WINDOWS" or a runtimePlatform value such as "WINDOWS_SERVER_2022_CORE".
 */
export function isValidFargateSize(cpu: unknown, memory: unknown, os = "LINUX"): boolean {
  const units = parseCpu(cpu);
  const mib = parseMemory(memory);
  if (units === undefined || mib === undefined) return false;
  return fargateMemoryValues(units, fargateOs(os)).includes(mib);
}

/**
 * The `count` valid sizes closest to what was asked, nearest first. Distance is measured in
 * doublings, so 256→512 counts as much as 8192→16384, and a size smaller than the request costs a
 * little more than a bigger one: a student who asked for 4 GB more likely needs 4 GB than 2.
 * A value that cannot be read is ignored, so `nearestFargateSizes("abc", "2 GB")` still helps.
 */
export function nearestFargateSizes(
  cpu: unknown,
  memory: unknown,
  count = 3,
  os: FargateOs = "LINUX",
): FargateSize[] {
  const units = parseCpu(cpu);
  const mib = parseMemory(memory);
  const distance = (asked: number | undefined, size: number): number => {
    if (asked === undefined || asked <= 0) return 0;
    return Math.abs(Math.log2(size / asked)) + (size < asked ? 0.5 : 0);
  };
  return fargateSizes(os)
    .map((size, index) => ({
      size,
      index,
      d: distance(units, size.cpu) + distance(mib, size.memory),
    }))
    .sort((a, b) => a.d - b.d || a.index - b.index)
    .slice(0, Math.max(0, count))
    .map((entry) => entry.size);
}

/** "256 (.25 vCPU)", "1024 (1 vCPU)": CPU units with their vCPUs, for messages. */
export function describeCpu(units: number): string {
  const vcpu = units / 1024;
  const text = vcpu < 1 ? String(vcpu).replace(/^0/, "") : String(vcpu);
  return `${units} (${text} vCPU)`;
}

/** "512 MiB", "2048 MiB (2 GB)": memory with its GB when whole, for messages. */
export function describeMemory(mib: number): string {
  return mib >= 1024 && mib % 1024 === 0 ? `${mib} MiB (${mib / 1024} GB)` : `${mib} MiB`;
}
