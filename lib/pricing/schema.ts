import { z } from "zod";

/**
 * The Fargate price file an author keeps in `content/_data/fargate-prices.yaml`: one Region's
 * rates as the AWS pricing page showed them on the day they were checked. Every object is strict,
 * so a misspelt key is reported with its line instead of silently ignored.
 */

/** The message for a missing key, or for a value of the wrong kind. */
const expected = (what: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? "is missing" : `must be ${what}`,
});

const rate = z
  .number(expected("a number (US dollars)"))
  .positive("must be more than 0")
  .max(10, "looks too large for a rate per hour: write dollars, not cents");

const date = z
  .string(expected("a date written YYYY-MM-DD"))
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(value)), "is not a real date");

const rates = z.strictObject({
  /** Dollars per vCPU per hour. */
  vcpu_hour: rate,
  /** Dollars per GB of memory per hour. */
  gb_hour: rate,
});

const spotRates = z.strictObject({
  ...rates.shape,
  /** Spot prices move with supply and demand: the day this snapshot was read. */
  as_of: date,
});

export const fargatePriceFileSchema = z.strictObject({
  /** The Region code, such as us-east-1. */
  region: z
    .string("must be text")
    .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "must be a Region code such as us-east-1"),
  /** Its name as the pricing page writes it, such as US East (N. Virginia). */
  region_name: z.string("must be text").trim().min(1, "must not be empty"),
  currency: z.literal("USD", "must be USD: the explorer writes prices in dollars"),
  /** The page the rates were read from. */
  source: z.url({ protocol: /^https$/, error: "must be an https address" }),
  /** The day the rates were checked against the source. */
  checked: date,
  billing: z.strictObject({
    /** Seconds billed at least for each task, by operating system. */
    minimum_seconds: z.strictObject({
      linux: z.int("must be a whole number of seconds").min(0),
      windows: z.int("must be a whole number of seconds").min(0),
    }),
    /** Ephemeral storage every task gets at no charge, in GiB. */
    free_ephemeral_gib: z.int("must be a whole number of GiB").min(0),
    /** Dollars per GB-hour of ephemeral storage above the free amount. */
    ephemeral_gb_hour: rate,
  }),
  platforms: z.strictObject({
    "linux-x86_64": z.strictObject({ on_demand: rates, spot: spotRates }),
    // Fargate Spot runs Linux tasks on ARM64 too, but its ARM64 rate may be left out when no
    // trustworthy reading is at hand: the explorer then says so and links to the pricing page.
    "linux-arm64": z.strictObject({ on_demand: rates, spot: spotRates.optional() }),
    // Windows tasks cannot use Fargate Spot, so Windows has no `spot:` key.
    "windows-x86_64": z.strictObject({
      on_demand: z.strictObject({
        ...rates.shape,
        /** The Windows Server licence, per vCPU per hour, on top of the vCPU rate. */
        os_license_vcpu_hour: rate,
      }),
    }),
  }),
});
export type FargatePriceFile = z.infer<typeof fargatePriceFileSchema>;
