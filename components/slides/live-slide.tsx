"use client";

import { useLayoutEffect, useMemo, useRef } from "react";

import type { DiagramSettings } from "@/lib/slides/navigation";
import { REVEAL_ATTRIBUTE } from "@/lib/slides/tags";

import { useDeck } from "./deck-provider";
import { SlideScopeProvider } from "./slide-scope";

/** Which slide of the deck a copy shows: the current one, or the next (the presenter's preview). */
export type SlideRole = "current" | "next";

/**
 * One slide of a live deck. Only the slide the deck is on is rendered visible; every other slide
 * is `hidden`, so it is out of the accessibility tree and the tab order. Items of `<Reveal>` show
 * up to the deck's step; the rest keep their place, invisible. Content too tall for the slide is
 * scaled down a little to fit; lib/slides/fit.ts has cut
 * longer slides into continuations at build time.
 */
export function LiveSlide({
  index,
  title,
  role = "current",
  children,
}: {
  index: number;
  title: string;
  role?: SlideRole;
  children: React.ReactNode;
}) {
  const { outline, position, goTo, diagrams, setDiagram } = useDeck();
  const shownIndex = role === "current" ? position.slide : position.slide + 1;
  const shown = index === shownIndex;
  const entry = outline[index];
  // The preview shows the next slide as it will end up; the current one up to the deck's step.
  const step = role === "next" ? (entry?.steps ?? 0) : shown ? position.step : 0;
  const reveals = entry?.reveals ?? 0;
  const body = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const element = body.current;
    if (!element || !shown) return;
    for (const item of element.querySelectorAll<HTMLElement>(`[${REVEAL_ATTRIBUTE}]`)) {
      // Unrevealed items are `visibility: hidden` for the audience (so out of the accessibility
      // tree too) and faint for the presenter, who may read ahead (app/globals.css).
      item.toggleAttribute("data-shown", Number(item.getAttribute(REVEAL_ATTRIBUTE)) <= step);
    }
  }, [shown, step]);

  // Scale down a slide whose content is taller than the slide, rather than cut it off.
  useLayoutEffect(() => {
    const element = body.current;
    if (!element || !shown) return;
    const fit = () => fitSlideBody(element);
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    // The content changes size on its own too (a font or the diagram arriving).
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [shown, step]);

  const scope = useMemo(
    () =>
      role === "current"
        ? {
            live: true,
            diagramStep: Math.max(0, step - reveals),
            setDiagramStep: (diagramStep: number) =>
              goTo({ slide: index, step: reveals + diagramStep }),
            diagramSettings: diagrams[index],
            setDiagramSettings: (settings: DiagramSettings) => setDiagram(index, settings),
          }
        : { live: false },
    [role, step, reveals, goTo, index, diagrams, setDiagram],
  );

  return (
    <section
      hidden={!shown}
      aria-roledescription="slide"
      aria-label={`${index + 1} of ${outline.length}: ${title}`}
      data-slide-index={index}
      data-slide-role={role}
      className="slide slide-live"
    >
      <div ref={body} className="slide-body">
        <div className="slide-content">
          <SlideScopeProvider value={scope}>{children}</SlideScopeProvider>
        </div>
      </div>
    </section>
  );
}

/**
 * The smallest a slide's content is scaled to fit; past it, the slide scrolls. Slides are cut
 * at build time to fit (lib/slides/fit.ts), so this only absorbs the error of that estimate:
 * at 0.9, 20 px text on a 1280×720 screen still reads at 24 px and 17 px code at 20 px.
 */
const MIN_FIT = 0.9;

/**
 * Scales a slide's content down (to `minFit`, 90 % unless told) when it is taller than the slide, by
 * setting `--fit` on its `.slide-body` (read by `.slide-content` in app/globals.css).
 */
export function fitSlideBody(body: HTMLElement, minFit: number = MIN_FIT) {
  const content = body.firstElementChild as HTMLElement | null;
  if (!content) return;
  body.style.removeProperty("--fit");
  const style = getComputedStyle(body);
  const available =
    body.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  const needed = content.offsetHeight;
  const fit = needed > available + 1 ? (available / needed) * 0.98 : 1;
  if (fit < 1) body.style.setProperty("--fit", String(Math.max(minFit, fit)));
  // Past the smallest scale, the slide scrolls rather than hide anything; a scrolling region
  // must be reachable by keyboard.
  const scrolls = fit < minFit;
  body.toggleAttribute("data-scrolls", scrolls);
  if (scrolls) body.tabIndex = 0;
  else body.removeAttribute("tabindex");
}

/** A slide's speaker notes, shown in the presenter view while the deck is on that slide. */
export function LiveSlideNotes({ index, children }: { index: number; children: React.ReactNode }) {
  const { position } = useDeck();
  return (
    <div hidden={position.slide !== index} data-notes-index={index}>
      {children}
    </div>
  );
}
