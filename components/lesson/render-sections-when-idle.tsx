"use client";

import { useEffect } from "react";

import { RENDERED_CLASS, SECTION_CLASS } from "@/lib/content/sections";

/**
 * The browser skips the layout of lesson sections far off screen, so the first frame is quick
 * (see lib/content/sections.ts). Left at that, a jump far down the page (End, a link to the
 * quiz) would land on sections still at their estimated height, and the page would shift as
 * they are laid out. So once the page is idle, the sections are laid out for good, one per
 * idle period, in time the browser had to spare.
 */
export function RenderSectionsWhenIdle() {
  useEffect(() => {
    const pending = [...document.querySelectorAll<HTMLElement>(`.${SECTION_CLASS}`)];
    if (pending.length === 0) return;
    const requestIdle =
      window.requestIdleCallback ??
      ((callback: IdleRequestCallback) =>
        window.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 0 }), 50));
    const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout;
    let handle = 0;
    // One section per idle period: each stays a short task, even on a slow phone.
    const work = () => {
      const section = pending.shift();
      if (!section) return;
      section.classList.add(RENDERED_CLASS);
      // Lay it out now, in this idle time, rather than in the next frame.
      void section.offsetHeight;
      if (pending.length > 0) handle = requestIdle(work);
    };
    handle = requestIdle(work);
    return () => cancelIdle(handle);
  }, []);
  return null;
}
