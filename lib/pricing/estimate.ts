import {
  describeCpu,
  describeMemory,
  type FargateOs,
  type FargateSize,
  fargateCpuValues,
  fargateMemoryValues,
  nearestFargateSizes,
} from "../lab/taskdef/sizes";
import {
  type FargateCapacity,
  type FargatePlatform,
  type FargatePrices,
  type FargateRates,
  type FargateSpotRates,
  spotRuns,
} from "./model";

/** AWS's pricing examples count a month as 730 hours (365 days × 24 ÷ 12). */
export const HOURS_PER_MONTH = 730;
/** The largest ephemeral storage a Fargate task may ask for, in GiB. */
export const MAX_EPHEMERAL_GIB = 200;

/** What a learner picks in the explorer. */
export interface FargateChoice {
  /** CPU units: 1024 is one vCPU. */
  cpu: number;
  /** MiB. */
  memory: number;
  platform: FargatePlatform;
  capacity: FargateCapacity;
  /** How many copies of the task run at once. */
  tasks: number;
  /** How many hours a day they run, 0–24. */
  hoursPerDay: number;
  /** The task's ephemeral storage, in GiB (20 unless asked for more). */
  ephemeralGiB: number;
}

/** Why a choice cannot be priced, and what would fix it. */
export type EstimateProblem =
  | { kind: "size"; message: string; nearest: FargateSize[] }
  /** Spot does not run this platform (Windows). */
  | { kind: "spot"; message: string }
  /** Spot runs this platform, but the price file has no rate for it. */
  | { kind: "spot-price"; message: string }
  | { kind: "input"; field: "tasks" | "hoursPerDay" | "ephemeralGiB"; message: string };

export interface FargateCost {
  /** Dollars per hour for one task, and what it is made of. */
  perTaskHour: number;
  parts: { vcpu: number; memory: number; osLicense: number; storage: number };
  /** Dollars per hour for all the tasks. */
  perHour: number;
  perDay: number;
  /** A month of 730 hours, at `hoursPerDay` hours a day. */
  perMonth: number;
  /** Seconds billed at least each time a task starts, and what that costs for one task. */
  minimumSeconds: number;
  minimumCharge: number;
  /** The rates used, for the explanation. */
  rates: FargateRates;
  /** For Spot, the day its rate was read (it moves). */
  spotAsOf?: string;
}

export type FargateEstimate =
  { ok: true; cost: FargateCost; problems: [] } | { ok: false; problems: EstimateProblem[] };

/** The operating system whose size table applies to a platform. */
export function osOf(platform: FargatePlatform): FargateOs {
  return platform === "windows-x86_64" ? "WINDOWS" : "LINUX";
}

/**
 * Why `cpu`/`memory` is not a Fargate size on `platform`, with the nearest sizes that are; or
 * undefined when it is one.
 */
export function sizeProblem(
  cpu: number,
  memory: number,
  platform: FargatePlatform,
): Extract<EstimateProblem, { kind: "size" }> | undefined {
  const os = osOf(platform);
  const memories = fargateMemoryValues(cpu, os);
  if (memories.includes(memory)) return undefined;
  const nearest = nearestFargateSizes(cpu, memory, 3, os);
  if (memories.length === 0) {
    const cpus = fargateCpuValues(os);
    const message =
      os === "WINDOWS" && fargateCpuValues("LINUX").includes(cpu)
        ? `Windows tasks on Fargate take 1, 2 or 4 vCPU (${cpus.join(", ")} CPU units), not ${describeCpu(cpu)}.`
        : `${describeCpu(cpu)} is not a Fargate CPU size: use one of ${cpus.join(", ")} CPU units.`;
    return { kind: "size", message, nearest };
  }
  return {
    kind: "size",
    message: `With ${describeCpu(cpu)}, memory must be ${describeMemoryChoices(memories)}, not ${describeMemory(memory)}.`,
    nearest,
  };
}

/** "512, 1024 or 2048 MiB", or "2048 to 8192 MiB in steps of 1024" for a long list. */
export function describeMemoryChoices(memories: readonly number[]): string {
  const first = memories[0];
  const last = memories[memories.length - 1];
  if (first === undefined || last === undefined) return "none";
  if (memories.length <= 4) {
    return `${memories.slice(0, -1).join(", ")}${memories.length > 1 ? " or " : ""}${last} MiB`;
  }
  const step = (memories[1] ?? last) - first;
  return `${first} to ${last} MiB in steps of ${step}`;
}

/**
 * The rates that apply to a platform and capacity; undefined for Spot on Windows (which Spot does
 * not run) and for Spot on a Linux platform whose rate the price file does not record.
 */
export function ratesFor(
  prices: FargatePrices,
  platform: FargatePlatform,
  capacity: FargateCapacity,
): FargateRates | FargateSpotRates | undefined {
  if (capacity === "on-demand") return prices.onDemand[platform];
  return spotRuns(platform) ? prices.spot[platform] : undefined;
}

/**
 * What a choice costs: per task-hour (vCPU, memory, the Windows licence and storage above the free
 * amount, each at its rate), for all tasks per hour, per day and per 730-hour month; or every
 * reason it cannot run on Fargate.
 */
export function estimateFargateCost(prices: FargatePrices, choice: FargateChoice): FargateEstimate {
  const problems: EstimateProblem[] = [];
  const size = sizeProblem(choice.cpu, choice.memory, choice.platform);
  if (size) problems.push(size);
  const rates = ratesFor(prices, choice.platform, choice.capacity);
  if (!rates && !spotRuns(choice.platform)) {
    problems.push({
      kind: "spot",
      message: "Fargate Spot runs Linux tasks only (x86_64 or ARM64): Windows tasks run On-Demand.",
    });
  } else if (!rates) {
    problems.push({
      kind: "spot-price",
      message:
        "Fargate Spot runs Linux ARM64 tasks too, but its ARM64 rate is not recorded here: see the AWS Fargate pricing page.",
    });
  }
  if (!Number.isInteger(choice.tasks) || choice.tasks < 1) {
    problems.push({
      kind: "input",
      field: "tasks",
      message: "The number of tasks must be a whole number, 1 or more.",
    });
  }
  if (!Number.isFinite(choice.hoursPerDay) || choice.hoursPerDay < 0 || choice.hoursPerDay > 24) {
    problems.push({
      kind: "input",
      field: "hoursPerDay",
      message: "Hours per day must be between 0 and 24.",
    });
  }
  if (
    !Number.isInteger(choice.ephemeralGiB) ||
    choice.ephemeralGiB < prices.freeEphemeralGiB ||
    choice.ephemeralGiB > MAX_EPHEMERAL_GIB
  ) {
    problems.push({
      kind: "input",
      field: "ephemeralGiB",
      message: `Ephemeral storage must be a whole number of GiB from ${prices.freeEphemeralGiB} to ${MAX_EPHEMERAL_GIB}.`,
    });
  }
  if (problems.length > 0 || !rates) return { ok: false, problems };

  const vcpus = choice.cpu / 1024;
  // Fargate's GB is 1024 MiB: 512 MiB is billed as 0.5 GB.
  const gigabytes = choice.memory / 1024;
  const parts = {
    vcpu: vcpus * rates.vcpuHour,
    memory: gigabytes * rates.gbHour,
    osLicense: vcpus * rates.osLicenseVcpuHour,
    storage: Math.max(0, choice.ephemeralGiB - prices.freeEphemeralGiB) * prices.ephemeralGbHour,
  };
  const perTaskHour = parts.vcpu + parts.memory + parts.osLicense + parts.storage;
  const perHour = perTaskHour * choice.tasks;
  const perDay = perHour * choice.hoursPerDay;
  const minimumSeconds =
    prices.minimumSeconds[osOf(choice.platform) === "WINDOWS" ? "windows" : "linux"];
  return {
    ok: true,
    problems: [],
    cost: {
      perTaskHour,
      parts,
      perHour,
      perDay,
      perMonth: perDay * (HOURS_PER_MONTH / 24),
      minimumSeconds,
      minimumCharge: (perTaskHour * minimumSeconds) / 3600,
      rates,
      ...("asOf" in rates ? { spotAsOf: rates.asOf } : {}),
    },
  };
}

/**
 * What one task is billed for running `seconds`: rounded up to the second, and never less than
 * the minimum.
 */
export function billedSeconds(seconds: number, minimumSeconds: number): number {
  return Math.max(minimumSeconds, Math.ceil(Math.max(0, seconds)));
}

/** The `runtimePlatform` a task definition writes for a platform. */
export function runtimePlatformOf(platform: FargatePlatform): {
  operatingSystemFamily: string;
  cpuArchitecture: string;
} {
  switch (platform) {
    case "linux-x86_64":
      return { operatingSystemFamily: "LINUX", cpuArchitecture: "X86_64" };
    case "linux-arm64":
      return { operatingSystemFamily: "LINUX", cpuArchitecture: "ARM64" };
    case "windows-x86_64":
      return { operatingSystemFamily: "WINDOWS_SERVER_2022_CORE", cpuArchitecture: "X86_64" };
  }
}

/**
 * The task definition keys for a choice, as JSON lines to paste into a task definition: `cpu` and
 * `memory` as strings (as the API returns them), `runtimePlatform`, and `ephemeralStorage` when
 * more than the free amount is asked for.
 */
export function taskDefinitionFragment(choice: FargateChoice, freeEphemeralGiB = 20): string {
  const platform = runtimePlatformOf(choice.platform);
  const lines = [
    `"cpu": "${choice.cpu}",`,
    `"memory": "${choice.memory}",`,
    `"runtimePlatform": {`,
    `  "operatingSystemFamily": "${platform.operatingSystemFamily}",`,
    `  "cpuArchitecture": "${platform.cpuArchitecture}"`,
    `}`,
  ];
  if (choice.ephemeralGiB > freeEphemeralGiB) {
    lines[lines.length - 1] = "},";
    lines.push(`"ephemeralStorage": { "sizeInGiB": ${choice.ephemeralGiB} }`);
  }
  return lines.join("\n");
}

/** The service's capacity provider strategy for a capacity: Spot is chosen there, not in the task definition. */
export function capacityProviderFragment(capacity: FargateCapacity): string {
  const provider = capacity === "spot" ? "FARGATE_SPOT" : "FARGATE";
  return `"capacityProviderStrategy": [{ "capacityProvider": "${provider}", "weight": 1 }]`;
}

/** Dollars as the explorer writes them: four decimals under $1 ($0.0123), else cents ($1,234.56). */
export function formatUsd(value: number): string {
  const small = Math.abs(value) < 1 && value !== 0;
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: "USD",
    minimumFractionDigits: small ? 4 : 2,
    maximumFractionDigits: small ? 4 : 2,
  }).format(value);
}

/** A rate as the pricing page writes it: every digit the file has ($0.004445). */
export function formatRate(value: number): string {
  return `$${value.toString()}`;
}
