import type { FargatePriceFile } from "./schema";

/**
 * Fargate's prices as the explorer and the lessons use them, read from the price file
 * (lib/pricing/schema.ts). Plain data, so it crosses from the server to the client as props.
 */

/** Operating system and CPU architecture, as the pricing page and `runtimePlatform` split them. */
export const FARGATE_PLATFORMS = ["linux-x86_64", "linux-arm64", "windows-x86_64"] as const;
export type FargatePlatform = (typeof FARGATE_PLATFORMS)[number];

/** The platforms Fargate Spot runs: Linux on either architecture, never Windows. */
export const FARGATE_SPOT_PLATFORMS = ["linux-x86_64", "linux-arm64"] as const;
export type FargateSpotPlatform = (typeof FARGATE_SPOT_PLATFORMS)[number];

export function spotRuns(platform: FargatePlatform): platform is FargateSpotPlatform {
  return (FARGATE_SPOT_PLATFORMS as readonly string[]).includes(platform);
}

/** On-Demand capacity (the `FARGATE` capacity provider) or spare capacity (`FARGATE_SPOT`). */
export const FARGATE_CAPACITIES = ["on-demand", "spot"] as const;
export type FargateCapacity = (typeof FARGATE_CAPACITIES)[number];

export interface FargateRates {
  /** Dollars per vCPU per hour. */
  vcpuHour: number;
  /** Dollars per GB of memory per hour. */
  gbHour: number;
  /** Dollars per vCPU per hour for the operating system licence (Windows); 0 for Linux. */
  osLicenseVcpuHour: number;
}

/** A Fargate Spot rate: it moves with supply and demand, so it carries the day it was read. */
export interface FargateSpotRates extends FargateRates {
  /** YYYY-MM-DD. */
  asOf: string;
}

export interface FargatePrices {
  region: string;
  regionName: string;
  currency: "USD";
  /** The page the rates were read from. */
  source: string;
  /** YYYY-MM-DD: when the rates were checked against the source. */
  checked: string;
  /** Seconds billed at least for each task. */
  minimumSeconds: { linux: number; windows: number };
  /** Ephemeral storage included with every task, in GiB. */
  freeEphemeralGiB: number;
  /** Dollars per GB-hour of ephemeral storage above the free amount. */
  ephemeralGbHour: number;
  onDemand: Record<FargatePlatform, FargateRates>;
  /**
   * Fargate Spot, for the platforms it runs. A Linux platform without an entry runs on Spot, but
   * the price file does not record its rate.
   */
  spot: { "linux-x86_64": FargateSpotRates; "linux-arm64"?: FargateSpotRates };
}

/** The price file, validated, as the model the explorer uses. */
export function toFargatePrices(file: FargatePriceFile): FargatePrices {
  const linux = file.platforms["linux-x86_64"];
  const arm = file.platforms["linux-arm64"];
  const windows = file.platforms["windows-x86_64"];
  return {
    region: file.region,
    regionName: file.region_name,
    currency: file.currency,
    source: file.source,
    checked: file.checked,
    minimumSeconds: { ...file.billing.minimum_seconds },
    freeEphemeralGiB: file.billing.free_ephemeral_gib,
    ephemeralGbHour: file.billing.ephemeral_gb_hour,
    onDemand: {
      "linux-x86_64": {
        vcpuHour: linux.on_demand.vcpu_hour,
        gbHour: linux.on_demand.gb_hour,
        osLicenseVcpuHour: 0,
      },
      "linux-arm64": {
        vcpuHour: arm.on_demand.vcpu_hour,
        gbHour: arm.on_demand.gb_hour,
        osLicenseVcpuHour: 0,
      },
      "windows-x86_64": {
        vcpuHour: windows.on_demand.vcpu_hour,
        gbHour: windows.on_demand.gb_hour,
        osLicenseVcpuHour: windows.on_demand.os_license_vcpu_hour,
      },
    },
    spot: {
      "linux-x86_64": toSpotRates(linux.spot),
      ...(arm.spot ? { "linux-arm64": toSpotRates(arm.spot) } : {}),
    },
  };
}

function toSpotRates(spot: {
  vcpu_hour: number;
  gb_hour: number;
  as_of: string;
}): FargateSpotRates {
  return { vcpuHour: spot.vcpu_hour, gbHour: spot.gb_hour, osLicenseVcpuHour: 0, asOf: spot.as_of };
}
