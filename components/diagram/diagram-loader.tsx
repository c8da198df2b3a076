"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";

import { useSlideScope } from "@/components/slides/slide-scope";
import type { DiagramContent, GraphOptions, LaunchType } from "@/lib/diagram/graph";
import type { DiagramSizes } from "@/lib/diagram/layout";

/** In a 960×540 slide, under its heading: the frame fills this and the drawing fits in it. */
export const SLIDE_DIAGRAM_HEIGHT = "h-[26rem]";

function Placeholder({
  message,
  sizes,
  onFocus,
}: {
  message: string;
  sizes: DiagramSizes;
  onFocus?: () => void;
}) {
  const slide = useSlideScope();
  const style = {
    "--diagram-portrait": `${sizes.portrait.width} / ${Math.ceil(sizes.portrait.height * 1.04)}`,
    "--diagram-narrow": `${sizes.narrow.width} / ${Math.ceil(sizes.narrow.height * 1.04)}`,
  } as React.CSSProperties;
  return (
    <div
      // Focusable, so keyboard focus cannot pass the diagram before it exists: focus here
      // loads it, and moves into it once it has.
      tabIndex={onFocus ? 0 : undefined}
      onFocus={onFocus}
      role={onFocus ? "group" : undefined}
      aria-label={onFocus ? "Architecture diagram (loading)" : undefined}
      data-diagram-placeholder=""
      style={slide ? undefined : style}
      className={`${slide ? SLIDE_DIAGRAM_HEIGHT : "aspect-(--diagram-narrow) pt-24 pb-18 sm:aspect-(--diagram-portrait) sm:pt-14"} flex items-center justify-center rounded-xl border border-dashed border-slate-300 bg-slate-50 p-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-400`}
    >
      {message}
    </div>
  );
}

// React Flow and the diagram's own code live in this chunk, fetched only when needed.
const DiagramCanvas = dynamic(() => import("./diagram-canvas").then((m) => m.DiagramCanvas), {
  ssr: false,
});

/**
 * Loads the interactive diagram when its box is about to come into view, or when keyboard
 * focus reaches it. On a live slide the deck drives its steps (→ walks the workflow before the
 * next slide); on a static copy of a slide (the presenter's preview, the handout) it loads at
 * once and draws the same picture with nothing to press, so it prints as vectors. In the lab
 * it draws the `account`, and its placeholder says what stands in for it.
 */
export function DiagramLoader({
  placeholder = "The interactive diagram loads here as you scroll (it needs JavaScript). The same flow is listed step by step below.",
  ...props
}: {
  content: DiagramContent;
  sizes: DiagramSizes;
  initialStep: number;
  initialLaunchType: LaunchType;
  initialTasks: number;
  account?: GraphOptions | undefined;
  placeholder?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  const focusOnLoad = useRef(false);
  const slide = useSlideScope();
  const isStatic = slide !== null && !slide.live;

  useEffect(() => {
    const element = box.current;
    if (!element || isStatic) return;
    // A keyboard user may have tabbed onto the placeholder before the page was live: it is
    // in view then, so the observer loads the diagram, and the focus moves into it.
    if (element.contains(document.activeElement)) focusOnLoad.current = true;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: "400px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [isStatic]);

  // Focus that waited on the placeholder goes to the diagram's first control once it is there.
  useEffect(() => {
    if (!visible || !focusOnLoad.current) return;
    const element = box.current;
    if (!element) return;
    const moveFocus = () => {
      const first = element.querySelector<HTMLElement>(
        "[data-architecture-canvas] button:not([disabled]), [data-architecture-canvas] input",
      );
      if (!first) return false;
      focusOnLoad.current = false;
      first.focus();
      return true;
    };
    if (moveFocus()) return;
    const observer = new MutationObserver(() => {
      if (moveFocus()) observer.disconnect();
    });
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [visible]);

  const control =
    slide?.setDiagramStep && slide.diagramStep !== undefined
      ? {
          step: slide.diagramStep,
          onStep: slide.setDiagramStep,
          settings: slide.diagramSettings,
          onSettings: slide.setDiagramSettings,
        }
      : undefined;
  const inSlide = slide !== null;
  return (
    <div ref={box} className={inSlide ? SLIDE_DIAGRAM_HEIGHT : undefined}>
      {visible || isStatic ? (
        <div data-architecture-canvas="" className={inSlide ? "h-full" : undefined}>
          <DiagramCanvas {...props} control={control} inSlide={inSlide} interactive={!isStatic} />
        </div>
      ) : (
        <Placeholder
          sizes={props.sizes}
          message={placeholder}
          onFocus={() => {
            focusOnLoad.current = true;
            setVisible(true);
          }}
        />
      )}
    </div>
  );
}
