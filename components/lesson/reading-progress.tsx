"use client";

import { useEffect, useRef } from "react";

/** A thin bar under the header that fills as the reader scrolls through the lesson. */
export function ReadingProgress() {
  const bar = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const max = document.documentElement.scrollHeight - window.innerHeight;
        const ratio = max > 0 ? Math.min(1, window.scrollY / max) : 1;
        if (bar.current) bar.current.style.transform = `scaleX(${ratio})`;
      });
    };
    update();
    window.addEventListener("scroll", update, { passive: true });
    window.addEventListener("resize", update);
    // The page also changes height without a scroll: sections laid out in idle time, a quiz
    // opening below. The ratio follows.
    const resized = new ResizeObserver(update);
    resized.observe(document.body);
    return () => {
      resized.disconnect();
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", update);
      window.removeEventListener("resize", update);
    };
  }, []);

  return (
    <div aria-hidden="true" className="no-print fixed inset-x-0 top-14 z-30 h-0.5">
      <div
        ref={bar}
        data-testid="reading-progress"
        className="bg-accent-600 dark:bg-accent-400 h-full origin-left"
        style={{ transform: "scaleX(0)" }}
      />
    </div>
  );
}
