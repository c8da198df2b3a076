"use client";

import Link from "next/link";
import { useEffect, useLayoutEffect, useRef, useState } from "react";

import { EARLY_KEYS_ATTRIBUTE } from "@/components/ui/early-input";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import type { SlideOutline } from "@/lib/slides/navigation";

import { DeckControls, useDeckMoves } from "./deck-controls";
import { DeckProvider, useDeck } from "./deck-provider";
import { SLIDE_HEIGHT, SLIDE_WIDTH } from "./canvas";

/**
 * The audience view: one 16:9 slide, as large as the window allows (letterboxed), a progress
 * bar and the slide number. Keys, swipes and taps move it; controls show while the pointer moves.
 */
export function AudienceView({
  slug,
  outline,
  lessonTitle,
  children,
}: {
  slug: string;
  outline: SlideOutline[];
  lessonTitle: string;
  children: React.ReactNode;
}) {
  return (
    <DeckProvider slug={slug} outline={outline}>
      <Stage slug={slug} lessonTitle={lessonTitle}>
        {children}
      </Stage>
    </DeckProvider>
  );
}

function Stage({
  slug,
  lessonTitle,
  children,
}: {
  slug: string;
  lessonTitle: string;
  children: React.ReactNode;
}) {
  const { outline, position, announcement } = useDeck();
  const moves = useDeckMoves();
  const [controlsShown, setControlsShown] = useState(true);
  const hideTimer = useRef<number | undefined>(undefined);
  const touch = useRef<{ x: number; y: number } | null>(null);

  // Controls fade out when the pointer rests, so nothing covers the slide on a projector.
  const showControls = () => {
    setControlsShown(true);
    window.clearTimeout(hideTimer.current);
    hideTimer.current = window.setTimeout(() => setControlsShown(false), 2500);
  };
  useEffect(() => {
    hideTimer.current = window.setTimeout(() => setControlsShown(false), 2500);
    return () => window.clearTimeout(hideTimer.current);
  }, []);

  // deck-scale-script.tsx sizes the slide before the first paint of a page load; after a
  // client-side navigation (the lesson's "Slides" link) its inline script does not run, so
  // keep the scale here too.
  useLayoutEffect(() => {
    const root = document.documentElement;
    const fit = () =>
      root.style.setProperty(
        "--deck-s",
        String(Math.min(innerWidth / SLIDE_WIDTH, innerHeight / SLIDE_HEIGHT)),
      );
    fit();
    window.addEventListener("resize", fit);
    return () => window.removeEventListener("resize", fit);
  }, []);

  const onPointerDown = (event: React.PointerEvent) => {
    if (event.pointerType !== "touch") return;
    touch.current = { x: event.clientX, y: event.clientY };
  };
  // A horizontal swipe moves; a tap on the left or right third of the screen too.
  const onPointerUp = (event: React.PointerEvent) => {
    const start = touch.current;
    touch.current = null;
    if (!start || event.pointerType !== "touch") return;
    const target = event.target as HTMLElement;
    if (target.closest("a, button, input, select, textarea, [data-architecture-diagram], dialog"))
      return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) > 50 && Math.abs(dx) > Math.abs(dy)) {
      if (dx < 0) moves.next();
      else moves.previous();
    } else if (Math.abs(dx) < 10 && Math.abs(dy) < 10) {
      const third = window.innerWidth / 3;
      if (event.clientX > 2 * third) moves.next();
      else if (event.clientX < third) moves.previous();
      else showControls();
    }
  };

  const progress = outline.length > 1 ? position.slide / (outline.length - 1) : 1;

  return (
    <div
      {...{ [EARLY_KEYS_ATTRIBUTE]: "" }}
      className="deck-stage fixed inset-0 flex touch-pan-y items-center justify-center overflow-hidden bg-slate-900"
      onPointerMove={(event) => {
        if (event.pointerType === "mouse") showControls();
      }}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      onFocus={showControls}
    >
      <main
        id="main"
        aria-label={`${lessonTitle}: slides`}
        className="slide-canvas slide-canvas-audience"
      >
        {children}
      </main>
      <noscript>
        <p className="fixed inset-x-0 top-0 bg-amber-100 p-3 text-center text-amber-950">
          The slides need JavaScript to move. Read{" "}
          <a className="underline" href={`/lessons/${slug}/`}>
            the lesson
          </a>{" "}
          or print{" "}
          <a className="underline" href={`/lessons/${slug}/handout/`}>
            the handout
          </a>
          .
        </p>
      </noscript>

      <section aria-label="Slide controls">
        <div
          role="progressbar"
          aria-label="Deck progress"
          aria-valuemin={1}
          aria-valuemax={outline.length}
          aria-valuenow={position.slide + 1}
          aria-valuetext={`Slide ${position.slide + 1} of ${outline.length}`}
          className="fixed inset-x-0 bottom-0 h-1.5 bg-slate-700/50"
        >
          <div
            className="bg-accent-500 h-full transition-[width] duration-300"
            style={{ width: `${progress * 100}%` }}
          />
        </div>
        <p
          className="fixed top-3 right-3 rounded bg-slate-900/70 px-2 py-0.5 text-sm text-slate-100 tabular-nums sm:top-auto sm:bottom-3"
          data-testid="slide-number"
        >
          {position.slide + 1} / {outline.length}
        </p>

        <div
          className={`fixed bottom-3 left-3 flex items-center gap-1 rounded-lg bg-white/95 p-1 shadow-lg transition-opacity focus-within:opacity-100 dark:bg-slate-900/95 ${
            controlsShown ? "opacity-100" : "opacity-0"
          }`}
        >
          <Link
            href={`/lessons/${slug}`}
            className="inline-flex h-10 items-center rounded-md px-2 text-sm font-medium text-slate-700 hover:bg-slate-200 dark:text-slate-200 dark:hover:bg-slate-800"
          >
            <span aria-hidden="true">×</span>
            <span className="sr-only sm:not-sr-only sm:ml-1">Exit</span>
          </Link>
          <DeckControls extra={<ThemeToggle />} />
        </div>

        <p
          aria-live="polite"
          aria-atomic="true"
          className="sr-only"
          data-testid="deck-announcement"
        >
          {announcement}
        </p>
      </section>
    </div>
  );
}
