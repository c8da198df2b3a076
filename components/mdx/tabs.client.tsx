"use client";

import { Children, useEffect, useId, useRef, useState } from "react";

import { EARLY_CLICK_ATTRIBUTE, replayEarlyClicks } from "@/components/ui/early-input";

/**
 * The interactive part of `<Tabs>`: an ARIA tab list. Rendered as tabs from the server on, so
 * the page keeps its height when it hydrates (a link to a heading further down stays on it);
 * a tab clicked before then opens once the page is live. Without scripts, the stylesheet shows
 * every panel under its label instead (`.tabs` in globals.css).
 */
export function TabsClient({
  tabs,
  initial,
  children,
}: {
  tabs: { value: string; label: string }[];
  initial?: string;
  children: React.ReactNode;
}) {
  const id = useId();
  const [selected, setSelected] = useState(initial ?? tabs[0]?.value);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const panels = Children.toArray(children);

  useEffect(() => {
    for (const button of buttons.current) if (button) replayEarlyClicks(button);
  }, []);

  const onKeyDown = (event: React.KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next =
      event.key === "ArrowRight"
        ? index === last
          ? 0
          : index + 1
        : event.key === "ArrowLeft"
          ? index === 0
            ? last
            : index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    setSelected(tabs[next]?.value);
    buttons.current[next]?.focus();
  };

  return (
    <div className="tabs my-6">
      <div
        role="tablist"
        className="flex gap-1 overflow-x-auto border-b border-slate-200 dark:border-slate-700"
      >
        {tabs.map((tab, index) => {
          const active = tab.value === selected;
          return (
            <button
              key={tab.value}
              ref={(element) => {
                buttons.current[index] = element;
              }}
              type="button"
              role="tab"
              {...{ [EARLY_CLICK_ATTRIBUTE]: "" }}
              id={`${id}-tab-${index}`}
              aria-selected={active}
              aria-controls={`${id}-panel-${index}`}
              tabIndex={active ? 0 : -1}
              onClick={() => setSelected(tab.value)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap ${
                active
                  ? "border-accent-600 text-accent-700 dark:border-accent-400 dark:text-accent-300"
                  : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white"
              }`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {panels.map((panel, index) => (
        // On paper every panel prints, under its label (the tab list does not print).
        <div
          key={tabs[index]?.value}
          role="tabpanel"
          id={`${id}-panel-${index}`}
          aria-labelledby={`${id}-tab-${index}`}
          className={tabs[index]?.value === selected ? "" : "hidden print:block"}
          tabIndex={0}
        >
          {/* Shown in print, and without scripts (globals.css): every panel under its label. */}
          <p className="tabs-label mt-4 font-semibold print:block">{tabs[index]?.label}</p>
          {panel}
        </div>
      ))}
    </div>
  );
}
