"use client";

import { useEffect, useId, useRef, useState } from "react";

import { CopyButton } from "@/components/mdx/copy-button";
import { fargateCpuValues, fargateMemoryValues } from "@/lib/lab/taskdef/sizes";
import {
  capacityProviderFragment,
  estimateFargateCost,
  type EstimateProblem,
  type FargateChoice,
  formatRate,
  formatUsd,
  HOURS_PER_MONTH,
  MAX_EPHEMERAL_GIB,
  taskDefinitionFragment,
} from "@/lib/pricing/estimate";
import {
  FARGATE_CAPACITIES,
  FARGATE_PLATFORMS,
  type FargateCapacity,
  type FargatePlatform,
  type FargatePrices,
} from "@/lib/pricing/model";

import { formatDay, gbLabel, vcpuLabel } from "./format";

const PLATFORM_LABELS: Record<FargatePlatform, string> = {
  "linux-x86_64": "Linux x86_64",
  "linux-arm64": "Linux ARM64 (Graviton)",
  "windows-x86_64": "Windows x86_64",
};
const CAPACITY_LABELS: Record<FargateCapacity, string> = {
  "on-demand": "On-Demand",
  spot: "Fargate Spot",
};

const CPU_VALUES = fargateCpuValues();
// Every memory any Linux row allows, so that a pair Fargate refuses can be picked and explained.
const MEMORY_VALUES = [...new Set(CPU_VALUES.flatMap((cpu) => fargateMemoryValues(cpu)))].sort(
  (a, b) => a - b,
);

const INITIAL: FargateChoice = {
  cpu: 256,
  memory: 512,
  platform: "linux-x86_64",
  capacity: "on-demand",
  tasks: 1,
  hoursPerDay: 24,
  ephemeralGiB: 20,
};

const LABEL = "block text-sm font-medium text-slate-800 dark:text-slate-200";
const FIELD =
  "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";
const BUTTON =
  "rounded-md border border-accent-600 px-2.5 py-1 text-sm font-medium text-accent-800 hover:bg-accent-50 dark:border-accent-400 dark:text-accent-200 dark:hover:bg-accent-900/40";

/** Reads what the form holds (also what was picked before hydration) as a choice. */
function readForm(form: HTMLFormElement, fallback: FargateChoice): FargateChoice {
  const data = new FormData(form);
  const number = (name: string, otherwise: number) => {
    const value = data.get(name);
    return typeof value === "string" && value.trim() !== "" ? Number(value) : otherwise;
  };
  const platform = data.get("platform");
  const capacity = data.get("capacity");
  return {
    cpu: number("cpu", fallback.cpu),
    memory: number("memory", fallback.memory),
    platform: FARGATE_PLATFORMS.find((p) => p === platform) ?? fallback.platform,
    capacity: FARGATE_CAPACITIES.find((c) => c === capacity) ?? fallback.capacity,
    tasks: number("tasks", Number.NaN),
    hoursPerDay: number("hoursPerDay", Number.NaN),
    ephemeralGiB: number("ephemeralGiB", Number.NaN),
  };
}

/** The interactive part of `<FargateCostExplorer />`; see fargate-cost-explorer.tsx. */
export function FargateCostExplorerClient({ prices }: { prices: FargatePrices }) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [choice, setChoice] = useState<FargateChoice>(INITIAL);
  const estimate = estimateFargateCost(prices, choice);

  // The page paints before its scripts run: adopt anything picked in that moment instead of
  // letting the first render set the controls back.
  useEffect(() => {
    if (form.current) setChoice(readForm(form.current, INITIAL));
  }, []);

  const update = () => {
    if (form.current) setChoice((current) => readForm(form.current!, current));
  };
  const focus = (name: string) =>
    form.current?.querySelector<HTMLElement>(`[name="${name}"]:not([disabled])`)?.focus();

  const problems: readonly EstimateProblem[] = estimate.problems;
  const sizeProblem = problems.find(
    (p): p is Extract<EstimateProblem, { kind: "size" }> => p.kind === "size",
  );
  const spotProblem = problems.find((p) => p.kind === "spot" || p.kind === "spot-price");
  const inputProblem = (field: string) =>
    problems.find((p) => p.kind === "input" && p.field === field)?.message;

  const announcement = estimate.ok
    ? `${formatUsd(estimate.cost.perHour)} an hour for ${choice.tasks} ${choice.tasks === 1 ? "task" : "tasks"}; ` +
      `${formatUsd(estimate.cost.perMonth)} a month at ${choice.hoursPerDay} ${choice.hoursPerDay === 1 ? "hour" : "hours"} a day.`
    : `Cannot price this: ${estimate.problems.map((p) => p.message).join(" ")}`;

  return (
    <form
      ref={form}
      onChange={update}
      onSubmit={(event) => event.preventDefault()}
      aria-label="Fargate size and cost"
      className="mt-4 [@media(scripting:none)]:hidden"
      noValidate
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-cpu`} className={LABEL}>
            vCPU (<code>cpu</code>)
          </label>
          <select
            id={`${id}-cpu`}
            name="cpu"
            value={choice.cpu}
            onChange={update}
            className={FIELD}
          >
            {CPU_VALUES.map((cpu) => (
              <option key={cpu} value={cpu}>
                {vcpuLabel(cpu)} ({cpu} CPU units)
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-memory`} className={LABEL}>
            Memory (<code>memory</code>)
          </label>
          <select
            id={`${id}-memory`}
            name="memory"
            value={choice.memory}
            onChange={update}
            aria-invalid={sizeProblem ? true : undefined}
            aria-describedby={sizeProblem ? `${id}-size-problem` : undefined}
            className={FIELD}
          >
            {MEMORY_VALUES.map((memory) => (
              <option key={memory} value={memory}>
                {gbLabel(memory)} ({memory} MiB)
              </option>
            ))}
          </select>
        </div>
        <RadioGroup
          legend="Operating system and CPU"
          name="platform"
          options={FARGATE_PLATFORMS}
          labels={PLATFORM_LABELS}
          value={choice.platform}
          onChange={update}
        />
        <RadioGroup
          legend="Capacity"
          name="capacity"
          options={FARGATE_CAPACITIES}
          labels={CAPACITY_LABELS}
          value={choice.capacity}
          onChange={update}
          note={{
            id: `${id}-spot-note`,
            for: "spot",
            text: (
              <>
                Spot: Linux only (x86_64 or ARM64), not Windows; AWS may stop a task with two
                minutes&rsquo; notice.
              </>
            ),
          }}
        />
        <NumberField
          id={`${id}-tasks`}
          name="tasks"
          label="Number of tasks"
          min={1}
          max={1000}
          step={1}
          value={choice.tasks}
          onChange={update}
          problem={inputProblem("tasks")}
        />
        <NumberField
          id={`${id}-hours`}
          name="hoursPerDay"
          label="Hours a day"
          min={0}
          max={24}
          step={0.5}
          value={choice.hoursPerDay}
          onChange={update}
          problem={inputProblem("hoursPerDay")}
        />
        <NumberField
          id={`${id}-storage`}
          name="ephemeralGiB"
          label={`Ephemeral storage (GiB, ${prices.freeEphemeralGiB} included)`}
          min={prices.freeEphemeralGiB}
          max={MAX_EPHEMERAL_GIB}
          step={1}
          value={choice.ephemeralGiB}
          onChange={update}
          problem={inputProblem("ephemeralGiB")}
        />
      </div>

      <div
        className="mt-6 rounded-lg bg-slate-50 p-4 dark:bg-slate-800/60"
        data-estimate={estimate.ok ? "ok" : "problem"}
      >
        <h4 className="text-sm font-semibold text-slate-900 dark:text-white">Estimate</h4>
        <p role="status" className="mt-1 text-base text-slate-900 dark:text-white">
          {announcement}
        </p>
        {sizeProblem ? (
          <div id={`${id}-size-problem`} className="mt-3">
            <p className="text-sm font-medium text-slate-900 dark:text-white">
              Nearest sizes Fargate offers:
            </p>
            <ul className="mt-2 flex flex-wrap gap-2">
              {sizeProblem.nearest.map((size) => (
                <li key={`${size.cpu}-${size.memory}`}>
                  <button
                    type="button"
                    className={BUTTON}
                    onClick={() => {
                      setChoice((current) => ({ ...current, cpu: size.cpu, memory: size.memory }));
                      focus("memory");
                    }}
                  >
                    Use {vcpuLabel(size.cpu)} with {gbLabel(size.memory)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {spotProblem?.kind === "spot-price" ? (
          <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
            The current Spot rates are on the{" "}
            <a
              href={prices.source}
              className="text-accent-700 dark:text-accent-300 underline underline-offset-2"
            >
              AWS Fargate pricing page
            </a>
            .
          </p>
        ) : null}
        {spotProblem ? (
          <button
            type="button"
            className={`${BUTTON} mt-3`}
            onClick={() => {
              setChoice((current) => ({ ...current, capacity: "on-demand" }));
              focus("capacity");
            }}
          >
            Use On-Demand instead
          </button>
        ) : null}
        {estimate.ok ? (
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
            <dt>One task, per hour</dt>
            <dd>{formatUsd(estimate.cost.perTaskHour)}</dd>
            <dt>All tasks, per hour</dt>
            <dd>{formatUsd(estimate.cost.perHour)}</dd>
            <dt>Per day</dt>
            <dd>{formatUsd(estimate.cost.perDay)}</dd>
            <dt>Per month ({HOURS_PER_MONTH} hours)</dt>
            <dd className="font-semibold text-slate-900 dark:text-white">
              {formatUsd(estimate.cost.perMonth)}
            </dd>
          </dl>
        ) : null}
      </div>

      {estimate.ok ? <BillingRule prices={prices} choice={choice} cost={estimate.cost} /> : null}

      <div className="mt-6">
        <p className="text-sm font-semibold text-slate-900 dark:text-white">
          In the task definition
        </p>
        <Fragment code={taskDefinitionFragment(choice, prices.freeEphemeralGiB)} />
        <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
          {choice.capacity === "spot"
            ? "Spot is chosen in the service (or run-task), not in the task definition:"
            : "On-Demand is the FARGATE capacity provider (or the FARGATE launch type) in the service:"}
        </p>
        <Fragment code={capacityProviderFragment(choice.capacity)} />
      </div>
    </form>
  );
}

/** A set of radio buttons named `name`, read back by the form (readForm). */
function RadioGroup<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: () => void;
  /** A note under the options, read out with the one option it is about. */
  note?: { id: string; for: T; text: React.ReactNode };
}) {
  const { note } = props;
  return (
    <fieldset>
      <legend className={LABEL}>{props.legend}</legend>
      <div className="mt-1 space-y-1">
        {props.options.map((option) => (
          <label key={option} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={props.name}
              value={option}
              checked={props.value === option}
              onChange={props.onChange}
              aria-describedby={note?.for === option ? note.id : undefined}
              className="accent-accent-600 dark:accent-accent-400 size-4"
            />
            {props.labels[option]}
          </label>
        ))}
        {note && (
          <p id={note.id} className="text-xs text-slate-600 dark:text-slate-400">
            {note.text}
          </p>
        )}
      </div>
    </fieldset>
  );
}

function NumberField(props: {
  id: string;
  name: string;
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  onChange: () => void;
  problem?: string;
}) {
  return (
    <div>
      <label htmlFor={props.id} className={LABEL}>
        {props.label}
      </label>
      <input
        id={props.id}
        name={props.name}
        type="number"
        inputMode="decimal"
        min={props.min}
        max={props.max}
        step={props.step}
        // An emptied field is NaN in the choice; show it empty rather than "NaN".
        value={Number.isNaN(props.value) ? "" : props.value}
        onChange={props.onChange}
        aria-invalid={props.problem ? true : undefined}
        aria-describedby={props.problem ? `${props.id}-problem` : undefined}
        className={FIELD}
      />
      {props.problem ? (
        <p id={`${props.id}-problem`} className="mt-1 text-xs text-red-700 dark:text-red-300">
          {props.problem}
        </p>
      ) : null}
    </div>
  );
}

function BillingRule({
  prices,
  choice,
  cost,
}: {
  prices: FargatePrices;
  choice: FargateChoice;
  cost: Extract<ReturnType<typeof estimateFargateCost>, { ok: true }>["cost"];
}) {
  const vcpus = choice.cpu / 1024;
  const gigabytes = choice.memory / 1024;
  const extraStorage = Math.max(0, choice.ephemeralGiB - prices.freeEphemeralGiB);
  const minutes = cost.minimumSeconds / 60;
  return (
    <div className="mt-6 text-sm text-slate-700 dark:text-slate-300">
      <p className="font-semibold text-slate-900 dark:text-white">How it is billed</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>
          You pay for what the task <em>requests</em>, busy or idle: {vcpus} vCPU ×{" "}
          {formatRate(cost.rates.vcpuHour)} + {gigabytes} GB × {formatRate(cost.rates.gbHour)}
          {cost.parts.osLicense > 0
            ? ` + ${vcpus} vCPU × ${formatRate(cost.rates.osLicenseVcpuHour)} Windows licence`
            : ""}
          {extraStorage > 0
            ? ` + ${extraStorage} GB × ${formatRate(prices.ephemeralGbHour)} storage`
            : ""}{" "}
          = {formatUsd(cost.perTaskHour)} an hour per task.
        </li>
        <li>
          Per second, from the start of the image download until the task stops, rounded up to the
          second, with a minimum of {minutes} {minutes === 1 ? "minute" : "minutes"} (
          {formatUsd(cost.minimumCharge)}) each time a task starts.
        </li>
        <li>
          Ephemeral storage: {prices.freeEphemeralGiB} GiB per task included; above that,{" "}
          {formatRate(prices.ephemeralGbHour)} per GB-hour.
        </li>
        {cost.spotAsOf ? (
          <li>
            The Spot rate was read on {formatDay(cost.spotAsOf)}; it moves with supply and demand.
          </li>
        ) : null}
        <li>
          Not included: load balancers, public IPv4 addresses, NAT gateways, logs and data transfer.
          Savings Plans lower the rate in exchange for a commitment.
        </li>
      </ul>
    </div>
  );
}

/** A JSON fragment with a copy button (CopyButton copies the block's `pre code`). */
function Fragment({ code }: { code: string }) {
  return (
    <div className="code-block relative mt-2">
      <pre
        // Scrollable on a phone, so focusable: keyboard users can scroll it too.
        tabIndex={0}
        className="overflow-x-auto rounded-lg bg-slate-900 p-3 pr-20 text-sm text-slate-100"
      >
        <code>{code}</code>
      </pre>
      <div className="no-print absolute top-2 right-2">
        <CopyButton />
      </div>
    </div>
  );
}
