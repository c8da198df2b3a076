"use client";

import { Component, useCallback, useEffect, useId, useRef } from "react";
import { createPortal } from "react-dom";

import { SET_ASIDE_MESSAGE } from "@/lib/lab/store";

import { handleLabRequests, type LabTab, setDrawer, useDrawer } from "./lab-bridge";
import { LabConsole } from "./lab-console";
import type { LabDiagramData } from "./lab-diagram";
import { LabFiles, useProblemCount } from "./lab-files";
import { LabResources } from "./lab-resources";
import { useLab, useLabActions, useLabRuntime, useWhileVisible } from "./use-lab";

/** How often the simulated clock moves while the lab is open and the page visible… */
export const CLOCK_INTERVAL_MS = 1000;
/**
 * …and by how much each time: ten simulated seconds a second, so a task goes from PROVISIONING
 * to RUNNING, and a target turns healthy, while the student watches.
 */
export const SIMULATED_MS_PER_TICK = 10_000;

const TABS: { id: LabTab; label: string }[] = [
  { id: "console", label: "Console" },
  { id: "files", label: "Files" },
  { id: "resources", label: "Resources" },
];

/**
 * The lab's drawer, docked at the bottom of the window (the whole screen on a phone), with its
 * Console, Files and Resources tabs. Rendered into <body>: lesson sections contain their
 * layout and paint, which would trap a fixed element inside them. The page gets bottom
 * padding of the drawer's height while it is open, so nothing of the lesson is hidden for good.
 */
export function LabPanel({ diagram }: { diagram: LabDiagramData }) {
  const { size } = useDrawer();
  const drawer = useRef<HTMLElement>(null);

  useEffect(() => {
    const element = drawer.current;
    if (!element) return;
    const body = document.body;
    const root = document.documentElement;
    const pad = () => {
      const height = `${element.offsetHeight}px`;
      body.style.paddingBottom = height;
      root.style.scrollPaddingBottom = height;
    };
    pad();
    const observer = new ResizeObserver(pad);
    observer.observe(element);
    return () => {
      observer.disconnect();
      body.style.paddingBottom = "";
      root.style.scrollPaddingBottom = "";
    };
  }, []);

  return createPortal(
    <section
      ref={drawer}
      aria-label="Lab"
      data-lab-panel=""
      className={`no-print fixed inset-0 z-30 flex flex-col border-t border-slate-300 bg-white shadow-[0_-4px_16px_rgb(0_0_0/0.08)] sm:top-auto dark:border-slate-700 dark:bg-slate-950 ${
        size === "tall" ? "sm:h-[75vh]" : "sm:h-[40vh] sm:min-h-72"
      }`}
    >
      <LabBoundary>
        <LabDrawerContent diagram={diagram} />
      </LabBoundary>
    </section>,
    document.body,
  );
}

function LabDrawerContent({ diagram }: { diagram: LabDiagramData }) {
  const { tab, size } = useDrawer();
  const id = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const actions = useLabActions();
  const hydrated = useLabRuntime((runtime) => runtime.hydrated);
  const now = useLab((state) => state.lab.now);
  const problems = useProblemCount();

  const tick = useCallback(() => actions.tick(SIMULATED_MS_PER_TICK), [actions]);
  useWhileVisible(tick, CLOCK_INTERVAL_MS, hydrated);

  useEffect(
    () =>
      handleLabRequests((request) => {
        if (request.kind === "paste") actions.paste(request.text);
        else {
          actions.setFile(request.name, request.text);
          actions.showFile(request.name);
        }
      }),
    [actions],
  );

  const onTabKey = (event: React.KeyboardEvent, index: number) => {
    const last = TABS.length - 1;
    const next =
      event.key === "ArrowRight"
        ? (index + 1) % TABS.length
        : event.key === "ArrowLeft"
          ? (index + last) % TABS.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    setDrawer({ tab: TABS[next]!.id });
    tabs.current[next]?.focus();
  };

  return (
    <>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 px-3 pt-1 sm:px-4 dark:border-slate-800">
        <h2 className="text-sm font-semibold text-slate-900 dark:text-white">Lab</h2>
        <div role="tablist" aria-label="Lab views" className="flex gap-1">
          {TABS.map((item, index) => {
            const active = item.id === tab;
            return (
              <button
                key={item.id}
                ref={(element) => {
                  tabs.current[index] = element;
                }}
                type="button"
                role="tab"
                id={`${id}-tab-${item.id}`}
                aria-selected={active}
                aria-controls={`${id}-panel-${item.id}`}
                tabIndex={active ? 0 : -1}
                onClick={() => setDrawer({ tab: item.id })}
                onKeyDown={(event) => onTabKey(event, index)}
                className={`-mb-px border-b-2 px-2 py-2 text-sm font-medium whitespace-nowrap sm:px-3 ${
                  active
                    ? "border-accent-600 text-accent-700 dark:border-accent-400 dark:text-accent-300"
                    : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white"
                }`}
              >
                {item.label}
                {item.id === "files" && problems > 0 ? " " : null}
                {item.id === "files" && problems > 0 ? (
                  <span className="ml-1.5 rounded-full bg-red-100 px-1.5 text-xs text-red-800 dark:bg-red-900/60 dark:text-red-100">
                    {problems}
                    <span className="sr-only">{problems === 1 ? " problem" : " problems"}</span>
                  </span>
                ) : null}
              </button>
            );
          })}
        </div>
        <p className="ml-auto font-mono text-xs text-slate-600 dark:text-slate-400">
          <span className="sr-only">Simulated time: </span>
          <time
            dateTime={new Date(now).toISOString()}
            title="Simulated time: 10 s pass each second"
          >
            {formatClock(now)}
          </time>
        </p>
        <div className="flex gap-1">
          <button
            type="button"
            aria-pressed={size === "tall"}
            onClick={() => setDrawer({ size: size === "tall" ? "normal" : "tall" })}
            className="hidden rounded-md px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100 sm:block dark:text-slate-300 dark:hover:bg-slate-800"
          >
            Taller
          </button>
          <button
            type="button"
            onClick={() => setDrawer({ open: false })}
            className="rounded-md px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
          >
            Close<span className="sr-only"> the lab</span>
          </button>
        </div>
      </div>
      <LabNotices />
      {TABS.map((item) => (
        <div
          key={item.id}
          role="tabpanel"
          id={`${id}-panel-${item.id}`}
          aria-labelledby={`${id}-tab-${item.id}`}
          hidden={item.id !== tab}
          className="min-h-0 flex-1 flex-col data-[shown]:flex"
          data-shown={item.id === tab ? "" : undefined}
        >
          {item.id === "console" ? (
            <LabConsole active={tab === "console"} />
          ) : item.id === "files" ? (
            <LabFiles />
          ) : (
            <LabResources diagram={diagram} />
          )}
        </div>
      ))}
    </>
  );
}

/** The simulated clock as the console shows it: `2026-05-01 12:04:30 UTC`. */
export function formatClock(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/** A saved lab set aside, or storage that does not save: said in the drawer, dismissable. */
function LabNotices() {
  const storage = useLabRuntime((runtime) => runtime.storage);
  const setAside = useLabRuntime((runtime) => runtime.setAside);
  const messages: string[] = [];
  if (storage === "unavailable") {
    messages.push(
      "This browser does not let Dockside store anything: the lab works, but it is gone when you close this tab.",
    );
  } else if (storage === "full") {
    messages.push(
      "The browser's storage for this site is full: the lab works, but your latest changes are not saved.",
    );
  }
  for (const entry of setAside) {
    messages.push(`${SET_ASIDE_MESSAGE} (${entry.reason}). It is kept under “${entry.key}”.`);
  }
  return (
    <div role="status">
      {messages.map((message) => (
        <p
          key={message}
          className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
        >
          {message}
        </p>
      ))}
    </div>
  );
}

/** Keeps an engine failure inside the drawer, with what went wrong, instead of breaking the page. */
class LabBoundary extends Component<{ children: React.ReactNode }, { error?: string }> {
  state: { error?: string } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <div role="alert" className="p-4 text-sm text-slate-700 dark:text-slate-300">
        <p className="font-semibold text-slate-900 dark:text-white">The lab could not start.</p>
        <p className="mt-1">{this.state.error}</p>
        <button
          type="button"
          onClick={() => setDrawer({ open: false })}
          className="mt-3 rounded-md border border-slate-300 px-3 py-1 font-medium dark:border-slate-600"
        >
          Close the lab
        </button>
      </div>
    );
  }
}
