"use client";

import Link from "next/link";
import { useEffect, useLayoutEffect, useRef } from "react";

import { EARLY_CLICK_ATTRIBUTE, replayEarlyClicks } from "@/components/ui/early-input";

import { fitSlideBody } from "./live-slide";

import { setLocation, useLocationParts } from "./use-location";
import { SLIDE_WIDTH } from "./canvas";

/**
 * A deck as a handout: every slide, one per printed page, optionally with its speaker notes
 * beneath. "Print" opens the browser's dialog, which also saves it as a PDF. Whether notes are
 * included is kept in the address (`?notes=0`), so a link can ask for a slides-only handout.
 */
export function HandoutView({
  slug,
  title,
  slideCount,
  children,
}: {
  slug: string;
  title: string;
  slideCount: number;
  children: React.ReactNode;
}) {
  const { search } = useLocationParts();
  const withNotes = new URLSearchParams(search).get("notes") !== "0";
  const main = useRef<HTMLElement>(null);
  const notesBox = useRef<HTMLInputElement>(null);

  // A click on the notes box made before this was live counts now.
  useEffect(() => {
    if (notesBox.current) replayEarlyClicks(notesBox.current);
  }, []);

  const changeNotes = (value: boolean) => {
    const url = new URL(window.location.href);
    if (value) url.searchParams.delete("notes");
    else url.searchParams.set("notes", "0");
    setLocation(url.href, "replace");
  };

  // Slides are 960×540 canvases, scaled to the page's width on screen (print sizes are in CSS).
  useLayoutEffect(() => {
    const element = main.current;
    if (!element) return;
    const fit = () =>
      element.style.setProperty("--s", String(Math.min(1, element.clientWidth / SLIDE_WIDTH)));
    fit();
    // A slide too tall for its canvas is scaled down, on screen and on paper: a handout is read
    // at arm's length, so it may shrink further than the deck.
    for (const body of element.querySelectorAll<HTMLElement>(".slide-body"))
      fitSlideBody(body, 0.5);
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div className="mx-auto max-w-[62rem] px-4 py-6 sm:px-6 print:p-0">
      {/* A landmark of its own, so everything on the page sits in one. */}
      <section aria-label="Handout settings" className="no-print mb-6 space-y-4">
        <div>
          <p className="text-accent-700 dark:text-accent-300 text-sm font-medium">
            Handout · {slideCount} slides
          </p>
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
            {title}
          </h1>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <label className="flex items-center gap-2 text-sm">
            <input
              ref={notesBox}
              type="checkbox"
              {...{ [EARLY_CLICK_ATTRIBUTE]: "" }}
              checked={withNotes}
              onChange={(event) => changeNotes(event.target.checked)}
              className="accent-accent-700 size-4"
            />
            Include speaker notes
          </label>
          <button
            type="button"
            onClick={() => window.print()}
            className="bg-accent-700 hover:bg-accent-800 rounded-md px-4 py-2 text-sm font-medium text-white"
          >
            Print or save as PDF
          </button>
          <Link
            href={`/lessons/${slug}/presenter`}
            className="text-accent-700 dark:text-accent-300 text-sm underline"
          >
            Presenter view
          </Link>
          <Link
            href={`/lessons/${slug}/slides`}
            className="text-accent-700 dark:text-accent-300 text-sm underline"
          >
            Slides
          </Link>
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Each slide prints on its own landscape page{withNotes ? ", with its notes beneath" : ""}.
        </p>
      </section>
      <main id="main" ref={main} className="handout" data-notes={withNotes ? "on" : "off"}>
        {children}
      </main>
    </div>
  );
}
