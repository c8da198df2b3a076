"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";

import { replayEarlyKeys } from "@/components/ui/early-input";
import {
  endPosition,
  nextPosition,
  previousPosition,
  slidePosition,
} from "@/lib/slides/navigation";

import { useDeck } from "./deck-provider";
import { fitSlideBody } from "./live-slide";
import { SLIDE_WIDTH } from "./canvas";

/** The keys, as the help dialog lists them. If you change a binding in `onKey`, update this. */
const KEYS: [keys: string[], action: string][] = [
  [["→", "Space", "Page Down"], "Next step, then next slide"],
  [["←", "Shift + Space", "Page Up"], "Previous step or slide"],
  [["Home", "End"], "First or last slide"],
  [["Number", "Enter"], "Go to that slide (type 7, then Enter)"],
  [["O"], "Overview of all slides"],
  [["F"], "Full screen on or off"],
  [["?"], "This list of keys"],
  [["Esc"], "Close what is open"],
];

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest("input, textarea, select") !== null)
  );
}

function isPressable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && target.closest("button, a, summary, [role=button]") !== null
  );
}

export function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen?.();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * Fills the overview's cards with miniatures of the slides: copies of the deck's own slides,
 * fully revealed, inert and hidden from assistive technology (each card's button already says
 * its number and title). Copying the rendered slides costs nothing until the overview opens.
 */
function fillThumbnails(dialog: HTMLDialogElement) {
  for (const thumbnail of dialog.querySelectorAll<HTMLElement>("[data-thumbnail]")) {
    if (thumbnail.childElementCount === 0) {
      const source = document.querySelector(
        `.slide-live[data-slide-role="current"][data-slide-index="${thumbnail.dataset.thumbnail}"]`,
      );
      if (!source) continue;
      const copy = source.cloneNode(true) as HTMLElement;
      copy.removeAttribute("hidden");
      copy.removeAttribute("aria-label");
      copy.removeAttribute("aria-roledescription");
      copy.classList.replace("slide-live", "slide-static");
      for (const element of copy.querySelectorAll("[id]")) element.removeAttribute("id");
      const canvas = document.createElement("div");
      canvas.className = "slide-canvas";
      canvas.append(copy);
      thumbnail.append(canvas);
      const body = copy.querySelector<HTMLElement>(".slide-body");
      if (body) fitSlideBody(body, 0.5);
    }
    const canvas = thumbnail.firstElementChild as HTMLElement | null;
    canvas?.style.setProperty("--s", String(thumbnail.clientWidth / SLIDE_WIDTH));
  }
}

/** The deck's moves, as functions of where it is now. */
export function useDeckMoves() {
  const { outline, position, goTo } = useDeck();
  return useMemo(
    () => ({
      next: () => goTo(nextPosition(outline, position)),
      previous: () => goTo(previousPosition(outline, position)),
      first: () => goTo(slidePosition(outline, 0)),
      last: () => goTo(endPosition(outline)),
      jump: (slide: number) => goTo(slidePosition(outline, slide)),
    }),
    [goTo, outline, position],
  );
}

/**
 * The deck's keyboard, its overview grid, the list of keys and the toolbar. Used by the audience
 * and the presenter view alike, so both windows answer to the same keys.
 */
export function DeckControls({
  className = "",
  extra,
}: {
  className?: string;
  /** More buttons for the toolbar, after the standard ones. */
  extra?: React.ReactNode;
}) {
  const { outline, position } = useDeck();
  const moves = useDeckMoves();
  const [digits, setDigits] = useState("");
  const overview = useRef<HTMLDialogElement>(null);
  const help = useRef<HTMLDialogElement>(null);

  const openOverview = useCallback(() => {
    help.current?.close();
    const dialog = overview.current;
    if (!dialog) return;
    dialog.showModal();
    fillThumbnails(dialog);
    dialog.querySelector<HTMLButtonElement>("[aria-current=true]")?.focus();
  }, []);
  const helpButton = useRef<HTMLButtonElement>(null);
  // Where focus goes back when the help closes: the control that opened it, or the "?" button
  // when the "?" key did (focus was on the page itself).
  const helpOpener = useRef<HTMLElement | null>(null);
  const openHelp = useCallback(() => {
    overview.current?.close();
    const active = document.activeElement;
    helpOpener.current =
      active instanceof HTMLElement && active !== document.body ? active : helpButton.current;
    help.current?.showModal();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (overview.current?.open || help.current?.open) return;
      if (isTyping(event.target)) return;
      const key = event.key;
      if (key === "Enter" && digits) {
        event.preventDefault();
        moves.jump(Number(digits) - 1);
        setDigits("");
        return;
      }
      if ((key === " " || key === "Enter") && isPressable(event.target)) return;

      let handled = true;
      if (/^[0-9]$/.test(key)) setDigits((value) => (value + key).slice(-4));
      else if (key === "Escape" && digits) setDigits("");
      else if (key === "ArrowRight" || key === "PageDown" || (key === " " && !event.shiftKey))
        moves.next();
      else if (key === "ArrowLeft" || key === "PageUp" || (key === " " && event.shiftKey))
        moves.previous();
      else if (key === "Home") moves.first();
      else if (key === "End") moves.last();
      else if (key === "f" || key === "F") toggleFullscreen();
      else if (key === "o" || key === "O") openOverview();
      else if (key === "?") openHelp();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    // Keys pressed before this was live count now (components/ui/early-input.ts).
    replayEarlyKeys();
    // Browser tests wait for this before they press keys.
    document.documentElement.dataset.deckReady = "";
    return () => {
      window.removeEventListener("keydown", onKey);
      delete document.documentElement.dataset.deckReady;
    };
  }, [digits, moves, openHelp, openOverview]);

  // A half-typed number is forgotten after a pause.
  useEffect(() => {
    if (!digits) return;
    const timer = window.setTimeout(() => setDigits(""), 4000);
    return () => window.clearTimeout(timer);
  }, [digits]);

  const onOverviewKey = (event: React.KeyboardEvent<HTMLDialogElement>) => {
    const buttons = [
      ...event.currentTarget.querySelectorAll<HTMLButtonElement>("[data-overview-slide]"),
    ];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const grid = event.currentTarget.querySelector("ol");
    const columns = grid ? getComputedStyle(grid).gridTemplateColumns.split(" ").length : 1;
    const delta: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: columns,
      ArrowUp: -columns,
    };
    const move = delta[event.key];
    if (move === undefined) return;
    event.preventDefault();
    buttons[Math.min(buttons.length - 1, Math.max(0, index + move))]?.focus();
  };

  const button =
    "inline-flex h-10 min-w-10 items-center justify-center rounded-md px-2 text-sm font-medium text-slate-700 hover:bg-slate-200 dark:text-slate-200 dark:hover:bg-slate-800";

  return (
    <>
      <div
        role="toolbar"
        aria-label="Slide controls"
        className={`flex flex-wrap items-center gap-1 ${className}`}
      >
        <button type="button" className={button} onClick={moves.previous} aria-label="Previous">
          <span aria-hidden="true">←</span>
        </button>
        <button type="button" className={button} onClick={moves.next} aria-label="Next">
          <span aria-hidden="true">→</span>
        </button>
        <button type="button" className={button} onClick={openOverview} aria-label="Overview (O)">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 fill-current">
            <path d="M3 3h6v6H3zM11 3h6v6h-6zM3 11h6v6H3zM11 11h6v6h-6z" />
          </svg>
        </button>
        <button
          type="button"
          className={button}
          onClick={toggleFullscreen}
          aria-label="Full screen (F)"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="size-5 fill-none stroke-current stroke-2"
          >
            <path d="M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5" />
          </svg>
        </button>
        <button
          type="button"
          className={button}
          ref={helpButton}
          onClick={openHelp}
          aria-label="Keyboard shortcuts (?)"
        >
          ?
        </button>
        {extra}
      </div>

      {digits ? (
        <p
          role="status"
          className="fixed top-4 left-1/2 z-40 -translate-x-1/2 rounded-lg bg-slate-900/90 px-4 py-2 text-lg text-white shadow-lg"
        >
          Go to slide {digits}… <span className="text-slate-300">Enter to go, Esc to cancel</span>
        </p>
      ) : null}

      <dialog
        ref={overview}
        aria-label="Overview"
        onKeyDown={onOverviewKey}
        className="m-auto max-h-[90vh] w-[min(72rem,94vw)] rounded-xl bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/70 dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="sticky top-0 flex items-center justify-between border-b border-slate-200 bg-inherit px-5 py-3 dark:border-slate-700">
          <h2 className="text-lg font-semibold">All slides</h2>
          <form method="dialog">
            <button type="submit" className={button}>
              Close <span className="sr-only">overview</span>
            </button>
          </form>
        </div>
        <ol className="grid grid-cols-2 gap-3 p-5 sm:grid-cols-3 lg:grid-cols-4">
          {outline.map((slide, index) => (
            <li key={index}>
              <button
                type="button"
                data-overview-slide={index}
                aria-current={index === position.slide}
                onClick={() => {
                  moves.jump(index);
                  overview.current?.close();
                }}
                className="aria-[current=true]:border-accent-600 aria-[current=true]:bg-accent-50 dark:aria-[current=true]:border-accent-400 dark:aria-[current=true]:bg-accent-900/40 flex w-full flex-col gap-1.5 rounded-lg border-2 border-slate-200 p-1.5 text-left hover:border-slate-400 dark:border-slate-700"
              >
                <span
                  data-thumbnail={index}
                  aria-hidden="true"
                  inert
                  className="block aspect-video w-full overflow-hidden rounded bg-white ring-1 ring-slate-200 dark:bg-slate-950 dark:ring-slate-700"
                />
                <span className="flex gap-2 px-1 text-sm">
                  <span className="text-slate-600 tabular-nums dark:text-slate-400">
                    {index + 1}
                  </span>
                  <span className="line-clamp-2 font-medium">{slide.title}</span>
                </span>
              </button>
            </li>
          ))}
        </ol>
      </dialog>

      <dialog
        ref={help}
        onClose={() => helpOpener.current?.focus()}
        aria-labelledby="deck-keys-title"
        className="m-auto w-[min(34rem,94vw)] rounded-xl bg-white p-6 text-slate-900 shadow-2xl backdrop:bg-slate-950/70 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 id="deck-keys-title" className="text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          {KEYS.map(([keys, action]) => (
            <div key={action} className="contents">
              <dt className="flex flex-wrap gap-1">
                {keys.map((key) => (
                  <kbd
                    key={key}
                    className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
                  >
                    {key}
                  </kbd>
                ))}
              </dt>
              <dd>{action}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
          On a touch screen, swipe left or right, or tap the right or left edge of the slide.
        </p>
        <form method="dialog" className="mt-5 text-right">
          <button
            type="submit"
            className="bg-accent-700 rounded-md px-4 py-2 text-sm font-medium text-white"
          >
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
