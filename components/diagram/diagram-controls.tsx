"use client";

import type { DiagramWalk, LaunchType } from "@/lib/diagram/graph";
import { MAX_TASKS, MIN_TASKS } from "@/lib/diagram/graph";

const button =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-40 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700";

/** The diagram's toolbar: steps, flows, launch type and desired count. Not printed. */
export function DiagramControls({
  step,
  stepCount,
  onStep,
  flows,
  flow,
  onFlow,
  launchType,
  onLaunchType,
  count,
  onCount,
}: {
  step: number;
  stepCount: number;
  onStep: (step: number) => void;
  flows: DiagramWalk[];
  flow: string | null;
  onFlow: (flow: string | null) => void;
  launchType: LaunchType;
  onLaunchType: (type: LaunchType) => void;
  count: number;
  onCount: (count: number) => void;
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 px-3 py-2 dark:border-slate-700 print:hidden">
      <div className="flex items-center gap-2">
        <button
          type="button"
          className={button}
          onClick={() => onStep(step - 1)}
          disabled={step === 0}
        >
          ← Previous
        </button>
        <button
          type="button"
          className={button}
          onClick={() => onStep(step + 1)}
          disabled={step === stepCount}
        >
          Next →
        </button>
      </div>
      <div role="group" aria-label="Follow a path" className="flex items-center gap-1 text-sm">
        {flows.map((f) => (
          <button
            key={f.id}
            type="button"
            data-flow={f.id}
            aria-pressed={flow === f.id}
            onClick={() => onFlow(flow === f.id ? null : f.id)}
            className={`rounded-md px-2.5 py-1.5 font-medium ${
              flow === f.id
                ? "bg-accent-700 dark:bg-accent-400 text-white dark:text-slate-950"
                : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
            }`}
          >
            {f.title}
          </button>
        ))}
      </div>
      <div role="group" aria-label="Launch type" className="flex items-center gap-1 text-sm">
        {(["fargate", "ec2"] as const).map((type) => (
          <button
            key={type}
            type="button"
            data-launch-type={type}
            aria-pressed={launchType === type}
            onClick={() => onLaunchType(type)}
            className={`rounded-md px-2.5 py-1.5 font-medium ${
              launchType === type
                ? "bg-accent-700 dark:bg-accent-400 text-white dark:text-slate-950"
                : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
            }`}
          >
            {type === "fargate" ? "Fargate" : "EC2"}
          </button>
        ))}
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
        Desired tasks
        <input
          type="range"
          min={MIN_TASKS}
          max={MAX_TASKS}
          value={count}
          onChange={(event) => onCount(Number(event.target.value))}
          className="accent-accent-600 w-24"
        />
        <output className="w-5 font-semibold tabular-nums">{count}</output>
      </label>
    </div>
  );
}

/** Zoom buttons: with one-finger panning off on touch screens, the way to move by hand. */
export function ZoomControls({
  onZoomIn,
  onZoomOut,
  onFit,
  moving,
  onMove,
}: {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  /** On a touch screen: whether a drag moves the drawing (else it scrolls the page). */
  moving?: boolean;
  onMove?: () => void;
}) {
  const small =
    "flex h-9 w-9 items-center justify-center rounded-md border border-slate-300 bg-white text-lg font-semibold text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100";
  return (
    <div
      role="group"
      aria-label="Zoom"
      className="absolute bottom-2 left-2 z-10 flex gap-1 print:hidden"
    >
      <button type="button" className={small} onClick={onZoomIn} aria-label="Zoom in">
        +
      </button>
      <button type="button" className={small} onClick={onZoomOut} aria-label="Zoom out">
        −
      </button>
      <button type="button" className={`${small} w-auto px-2 text-sm`} onClick={onFit}>
        Fit
      </button>
      {onMove ? (
        <button
          type="button"
          className={`${small} w-auto px-2 text-sm ${moving ? "bg-accent-700 dark:bg-accent-400 text-white dark:text-slate-950" : ""}`}
          aria-pressed={moving}
          onClick={onMove}
        >
          Move
        </button>
      ) : null}
    </div>
  );
}
