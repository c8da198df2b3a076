import { fargateCpuValues, fargateMemoryValues } from "@/lib/lab/taskdef/sizes";
import { getFargatePrices } from "@/lib/pricing";
import { estimateFargateCost, formatRate, formatUsd } from "@/lib/pricing/estimate";
import {
  FARGATE_SPOT_PLATFORMS,
  type FargatePlatform,
  type FargatePrices,
} from "@/lib/pricing/model";

import { FargateCostExplorerLazy } from "./fargate-cost-explorer.lazy";
import { formatDay, gbLabel, vcpuLabel } from "./format";

const PLATFORM_NAMES: Record<FargatePlatform, string> = {
  "linux-x86_64": "Linux x86_64",
  "linux-arm64": "Linux ARM64",
  "windows-x86_64": "Windows x86_64",
};

/**
 * The Fargate size and cost explorer: pick a size, platform, capacity, number of tasks and hours
 * a day; see the price per hour and per month, the billing rule and the task definition keys.
 *
 * ```mdx
 * <FargateCostExplorer />
 * ```
 *
 * The rates come from `content/_data/fargate-prices.yaml` (checked at build). The rate tables
 * below the calculator are server-rendered, so without JavaScript the reader still gets every
 * price; the calculator itself is hidden there.
 */
export async function FargateCostExplorer() {
  const prices = await getFargatePrices();
  return (
    <section
      aria-labelledby="fargate-cost-explorer-title"
      className="not-prose my-8 rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-700"
      data-fargate-cost-explorer=""
    >
      <h3
        id="fargate-cost-explorer-title"
        className="text-lg font-semibold text-slate-900 dark:text-white"
      >
        Fargate size and cost explorer
      </h3>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Prices for {prices.regionName} ({prices.region}) in US dollars, checked on{" "}
        <time dateTime={prices.checked}>{formatDay(prices.checked)}</time> against the{" "}
        <a
          href={prices.source}
          className="text-accent-700 dark:text-accent-300 underline underline-offset-2"
        >
          AWS Fargate pricing page
        </a>
        . <strong className="font-semibold">Prices change</strong>: check that page before you rely
        on a figure.
      </p>
      <FargateCostExplorerLazy prices={prices} />
      <noscript>
        <p className="mt-4 text-sm font-medium text-slate-800 dark:text-slate-200">
          The calculator needs JavaScript, which is turned off in this browser. The tables below
          have every rate it uses.
        </p>
      </noscript>
      <RateTables prices={prices} />
    </section>
  );
}

const TABLE = "mt-2 w-full border-collapse text-left text-sm";
const CELL = "border-b border-slate-200 px-2 py-1.5 dark:border-slate-700";
const HEAD = `${CELL} font-semibold text-slate-900 dark:text-white`;

/** Every rate, and the hourly price of each CPU size at its smallest memory: the no-JS view. */
function RateTables({ prices }: { prices: FargatePrices }) {
  const platforms = Object.keys(prices.onDemand) as FargatePlatform[];
  const example = (cpu: number, memory: number, platform: FargatePlatform, spot = false) => {
    const estimate = estimateFargateCost(prices, {
      cpu,
      memory,
      platform,
      capacity: spot ? "spot" : "on-demand",
      tasks: 1,
      hoursPerDay: 24,
      ephemeralGiB: prices.freeEphemeralGiB,
    });
    if (estimate.ok) return formatUsd(estimate.cost.perTaskHour);
    return estimate.problems.some((p) => p.kind === "spot-price") ? "not recorded" : "—";
  };
  return (
    <div className="mt-6 space-y-6 text-slate-700 dark:text-slate-300">
      {/* Scrollable on a phone, so focusable: keyboard users can scroll it too. */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Fargate rates">
        <table className={TABLE}>
          <caption className="text-left text-sm font-semibold text-slate-900 dark:text-white">
            Fargate rates
          </caption>
          <thead>
            <tr>
              <th scope="col" className={HEAD}>
                Platform
              </th>
              <th scope="col" className={HEAD}>
                per vCPU-hour
              </th>
              <th scope="col" className={HEAD}>
                per GB-hour
              </th>
            </tr>
          </thead>
          <tbody>
            {platforms.map((platform) => {
              const rates = prices.onDemand[platform];
              return (
                <tr key={platform}>
                  <th scope="row" className={`${CELL} font-normal`}>
                    {PLATFORM_NAMES[platform]}, On-Demand
                  </th>
                  <td className={CELL}>
                    {formatRate(rates.vcpuHour)}
                    {rates.osLicenseVcpuHour > 0
                      ? ` + ${formatRate(rates.osLicenseVcpuHour)} Windows licence`
                      : ""}
                  </td>
                  <td className={CELL}>{formatRate(rates.gbHour)}</td>
                </tr>
              );
            })}
            {FARGATE_SPOT_PLATFORMS.map((platform) => {
              const rates = prices.spot[platform];
              return rates ? (
                <tr key={`spot-${platform}`}>
                  <th scope="row" className={`${CELL} font-normal`}>
                    {PLATFORM_NAMES[platform]}, Fargate Spot (read {formatDay(rates.asOf)}; it
                    moves)
                  </th>
                  <td className={CELL}>{formatRate(rates.vcpuHour)}</td>
                  <td className={CELL}>{formatRate(rates.gbHour)}</td>
                </tr>
              ) : (
                <tr key={`spot-${platform}`}>
                  <th scope="row" className={`${CELL} font-normal`}>
                    {PLATFORM_NAMES[platform]}, Fargate Spot
                  </th>
                  <td className={CELL} colSpan={2}>
                    Offered, but not recorded here: see the{" "}
                    <a
                      href={prices.source}
                      className="text-accent-700 dark:text-accent-300 underline underline-offset-2"
                    >
                      pricing page
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="mt-2 text-sm">
          Fargate Spot runs Linux tasks only; Windows tasks cannot use it. Ephemeral storage:{" "}
          {prices.freeEphemeralGiB} GiB per task included, then {formatRate(prices.ephemeralGbHour)}{" "}
          per GB-hour. Billed per second, with a minimum of {prices.minimumSeconds.linux / 60}{" "}
          minute for Linux and {prices.minimumSeconds.windows / 60} minutes for Windows.
        </p>
      </div>
      <div
        className="overflow-x-auto"
        tabIndex={0}
        role="region"
        aria-label="Price per hour of one task"
      >
        <table className={TABLE}>
          <caption className="text-left text-sm font-semibold text-slate-900 dark:text-white">
            Price per hour of one task, smallest memory for each CPU size
          </caption>
          <thead>
            <tr>
              <th scope="col" className={HEAD}>
                Size
              </th>
              <th scope="col" className={HEAD}>
                Linux x86_64
              </th>
              <th scope="col" className={HEAD}>
                Linux ARM64
              </th>
              <th scope="col" className={HEAD}>
                Spot (x86_64)
              </th>
              <th scope="col" className={HEAD}>
                Spot (ARM64)
              </th>
              <th scope="col" className={HEAD}>
                Windows
              </th>
            </tr>
          </thead>
          <tbody>
            {fargateCpuValues().map((cpu) => {
              const memory = fargateMemoryValues(cpu)[0] ?? 0;
              return (
                <tr key={cpu}>
                  <th scope="row" className={`${CELL} font-normal whitespace-nowrap`}>
                    {vcpuLabel(cpu)}, {gbLabel(memory)}
                  </th>
                  <td className={CELL}>{example(cpu, memory, "linux-x86_64")}</td>
                  <td className={CELL}>{example(cpu, memory, "linux-arm64")}</td>
                  <td className={CELL}>{example(cpu, memory, "linux-x86_64", true)}</td>
                  <td className={CELL}>{example(cpu, memory, "linux-arm64", true)}</td>
                  <td className={CELL}>{example(cpu, memory, "windows-x86_64")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="mt-2 text-sm">
          A dash: not offered (Windows takes 1 to 4 vCPU). Spot prices are those of the day they
          were read. A month of 730 hours costs 730 times the hourly price.
        </p>
      </div>
    </div>
  );
}
