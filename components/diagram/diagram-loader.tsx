"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";

import { useSlideScope } from "@/components/slides/slide-scope";
import type { LaunchType } from "@/lib/diagram/graph";

/** Same height as the loaded diagram, so nothing below it moves when it arrives. */
export const DIAGRAM_HEIGHT = "h-[36rem]";
/** In a 960×540 slide, under its heading. */
export const SLIDE_DIAGRAM_HEIGHT = "h-[25rem]";

function Placeholder({ message }: { message: string }) {
  const height = useSlideScope() ? SLIDE_DIAGRAM_HEIGHT : DIAGRAM_HEIGHT;
  return (
    <div
      className={`${height} flex items-center justify-center rounded-xl border border-dashed border-slate-300 bg-slate-50 p-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-400`}
    >
      {message}
    </div>
  );
}

// React Flow and the diagram's own code live in this chunk, fetched only when needed.
const DiagramCanvas = dynamic(() => import("./diagram-canvas").then((m) => m.DiagramCanvas), {
  ssr: false,
  loading: () => <Placeholder message="Loading the interactive diagram…" />,
});

/**
 * Loads the interactive diagram when its box is about to come into view. On a live slide the
 * deck drives its steps (→ walks the workflow before the next slide); on a static copy of a
 * slide (the presenter's preview, the handout) it stays a placeholder.
 */
export function DiagramLoader(props: {
  initialStep: number;
  initialLaunchType: LaunchType;
  initialTasks: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  const slide = useSlideScope();
  const isStatic = slide !== null && !slide.live;

  useEffect(() => {
    const element = box.current;
    if (!element || isStatic) return;
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

  if (isStatic) {
    return (
      <Placeholder message="The interactive architecture diagram: it runs on the live slide." />
    );
  }
  const control =
    slide?.setDiagramStep && slide.diagramStep !== undefined
      ? {
          step: slide.diagramStep,
          onStep: slide.setDiagramStep,
          settings: slide.diagramSettings,
          onSettings: slide.setDiagramSettings,
        }
      : undefined;
  return (
    <div ref={box}>
      {visible ? (
        <DiagramCanvas {...props} control={control} />
      ) : (
        <Placeholder message="The interactive diagram loads here as you scroll (it needs JavaScript). The same flow is listed step by step below." />
      )}
    </div>
  );
}
