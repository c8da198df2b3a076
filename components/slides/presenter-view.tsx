"use client";

import Link from "next/link";
import { useEffect, useLayoutEffect, useRef, useState } from "react";

import { EARLY_KEYS_ATTRIBUTE } from "@/components/ui/early-input";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { formatHash, type SlideOutline } from "@/lib/slides/navigation";
import { elapsedTime, formatElapsed } from "@/lib/slides/timer";

import { useTimer } from "./use-timer";

import { DeckControls } from "./deck-controls";
import { DeckProvider, useDeck } from "./deck-provider";
import { SLIDE_HEIGHT, SLIDE_WIDTH } from "./canvas";
/**
 * The presenter view: the current slide, the next one, the speaker notes, a timer and a clock.
 * It moves with the audience window (either one can drive), through the deck's BroadcastChannel.
 */
export function PresenterView({
  slug,
  outline,
  lessonTitle,
  current,
  next,
  notes,
}: {
  slug: string;
  outline: SlideOutline[];
  lessonTitle: string;
  /** The deck's slides rendered for each pane (see DeckSlides). */
  current: React.ReactNode;
  next: React.ReactNode;
  notes: React.ReactNode;
}) {
  return (
    <DeckProvider slug={slug} outline={outline}>
      <Presenter
        slug={slug}
        lessonTitle={lessonTitle}
        current={current}
        next={next}
        notes={notes}
      />
    </DeckProvider>
  );
}

function Presenter({
  slug,
  lessonTitle,
  current,
  next,
  notes,
}: {
  slug: string;
  lessonTitle: string;
  current: React.ReactNode;
  next: React.ReactNode;
  notes: React.ReactNode;
}) {
  const { outline, position, announcement } = useDeck();
  const slide = outline[position.slide];
  const isLast = position.slide >= outline.length - 1;

  const openAudience = () => {
    window.open(
      `/lessons/${slug}/slides/${formatHash(position)}`,
      `dockside-audience-${slug}`,
      "popup,width=1280,height=720",
    );
  };

  const button =
    "inline-flex h-10 items-center rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-200 dark:text-slate-200 dark:hover:bg-slate-800";

  return (
    <div
      {...{ [EARLY_KEYS_ATTRIBUTE]: "" }}
      className="presenter flex min-h-screen flex-col bg-slate-100 text-slate-900 lg:h-screen dark:bg-slate-950 dark:text-slate-100"
    >
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-300 bg-white px-4 py-2 dark:border-slate-800 dark:bg-slate-900">
        <div className="min-w-0">
          <p className="text-xs font-medium text-slate-600 dark:text-slate-400">Presenter view</p>
          <h1 className="truncate font-semibold">{lessonTitle}</h1>
        </div>
        <Timer slug={slug} />
        <Clock />
        <DeckControls
          className="ml-auto"
          extra={
            <>
              <ThemeToggle />
              <button
                type="button"
                onClick={openAudience}
                className={`${button} bg-accent-700 hover:bg-accent-800 text-white dark:text-white`}
              >
                Open audience window
              </button>
              <Link href={`/lessons/${slug}/handout`} className={button}>
                Handout
              </Link>
              <Link href={`/lessons/${slug}`} className={button}>
                Exit
              </Link>
            </>
          }
        />
      </header>

      {/* On a laptop the current slide is shown at up to 1.17 of its size before the other
          panes grow: the diagram's labels need that to read at 14 px. The next slide takes the
          width left; under 96rem that leaves no room for the notes beside it, so they go under
          both. */}
      <main
        id="main"
        className="grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)] gap-4 p-4 lg:grid-cols-[minmax(min(calc(960px*1.17),100%_-_13rem),3fr)_minmax(12rem,2fr)] lg:grid-rows-[minmax(0,1fr)_8rem] 2xl:grid-rows-[auto_minmax(0,1fr)]"
      >
        <section aria-label="Current slide" className="flex min-h-0 flex-col gap-2 2xl:row-span-2">
          <h2 className="text-sm font-semibold text-slate-700 dark:text-slate-300">
            Slide <span data-testid="presenter-slide-number">{position.slide + 1}</span> of{" "}
            {outline.length}: {slide?.title}
            {slide && slide.steps > 0 ? (
              <span className="font-normal">
                {" "}
                · step {position.step} of {slide.steps}
              </span>
            ) : null}
          </h2>
          <FitPane className="aspect-video lg:aspect-auto lg:min-h-[12rem] lg:flex-1">
            {current}
          </FitPane>
        </section>

        <section aria-label="Next slide" className="flex min-w-0 flex-col gap-2">
          <h2 className="text-sm font-semibold text-slate-700 dark:text-slate-300">
            {isLast ? "End of the deck" : `Next: ${outline[position.slide + 1]?.title ?? ""}`}
          </h2>
          <FitPane className="aspect-video">{isLast ? null : next}</FitPane>
        </section>
        <section
          aria-label="Speaker notes"
          className="flex min-h-[10rem] flex-col overflow-hidden rounded-lg border border-slate-300 bg-white lg:col-span-2 lg:min-h-0 2xl:col-span-1 2xl:col-start-2 dark:border-slate-700 dark:bg-slate-900"
        >
          <h2 className="border-b border-slate-200 px-4 py-2 text-sm font-semibold dark:border-slate-700">
            Notes
          </h2>
          <div className="flex-1 overflow-y-auto px-4 py-3 text-lg" data-testid="speaker-notes">
            {slide?.hasNotes ? null : (
              <p className="text-slate-600 dark:text-slate-400">No notes for this slide.</p>
            )}
            {notes}
          </div>
        </section>
      </main>

      <p aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

/** A box that shows a 960×540 slide canvas scaled to fit it. */
function FitPane({ className, children }: { className: string; children: React.ReactNode }) {
  const pane = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = pane.current;
    if (!element) return;
    const fit = () => {
      const scale = Math.min(
        element.clientWidth / SLIDE_WIDTH,
        element.clientHeight / SLIDE_HEIGHT,
      );
      element.style.setProperty("--s", String(Math.max(0.1, scale)));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={pane}
      className={`flex w-full min-w-0 items-start justify-center overflow-hidden ${className}`}
    >
      <div className="slide-canvas slide-canvas-pane rounded-md shadow-md ring-1 ring-slate-300 dark:ring-slate-700">
        {children}
      </div>
    </div>
  );
}

/** Elapsed time since the talk started, with pause and reset; kept across a reload of this tab. */
function Timer({ slug }: { slug: string }) {
  const timer = useTimer(`dockside-timer:${slug}`);
  const [now, setNow] = useState(0);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const interval = window.setInterval(tick, 1000);
    const first = window.setTimeout(tick, 0);
    return () => {
      window.clearInterval(interval);
      window.clearTimeout(first);
    };
  }, []);

  const paused = timer.state?.pausedAt != null;
  const elapsed = timer.state ? elapsedTime(timer.state, now) : 0;
  const button =
    "rounded-md px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-200 dark:text-slate-200 dark:hover:bg-slate-800";
  return (
    <div role="group" aria-label="Timer" className="flex items-center gap-1">
      <span className="text-2xl font-semibold tabular-nums" data-testid="timer">
        <span className="sr-only">Elapsed </span>
        {formatElapsed(elapsed)}
      </span>
      <button type="button" className={button} onClick={timer.toggle}>
        {paused ? "Resume" : "Pause"}
      </button>
      <button type="button" className={button} onClick={timer.reset}>
        Reset
      </button>
    </div>
  );
}

/** The time of day, for keeping to a timetable. */
function Clock() {
  const [time, setTime] = useState("");
  useEffect(() => {
    const update = () =>
      setTime(new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }));
    update();
    const tick = window.setInterval(update, 10_000);
    return () => window.clearInterval(tick);
  }, []);
  return (
    <p className="text-lg text-slate-600 tabular-nums dark:text-slate-400">
      <span className="sr-only">Time </span>
      <time data-testid="clock">{time}</time>
    </p>
  );
}
