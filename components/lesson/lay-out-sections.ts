/**
 * Lays out the lesson sections the browser has skipped so far (off screen, `content-visibility:
 * auto`; see lib/content/sections.ts) in idle time, so a later jump far down the page (End, a
 * link to the quiz) lands on real heights instead of estimates and nothing shifts. One section
 * per idle callback, and only when the idle period has room for it; each step takes the next
 * section not laid out yet, so two runs on one page (the inline script's, then the client
 * effect's) share the work. Returns a function that stops it.
 *
 * Self-contained, no imports and no outer names: the site layout also writes it into the page's
 * HTML as an inline script (its source, via toString; components/lesson/sections-script.tsx),
 * so it starts with the first frame instead of after the page's scripts have loaded and
 * hydrated. Keep it that way: anything the compiler rewrites in its server copy (a `typeof
 * window` check is folded to "undefined" there; coverage tools add counters) breaks the inline
 * copy. The browser test that holds the page's scripts back catches that.
 */
export function layOutSectionsWhenIdle(sectionClass: string, renderedClass: string): () => void {
  const requestIdle: (callback: (deadline?: IdleDeadline) => void) => number =
    "requestIdleCallback" in window
      ? (callback) => window.requestIdleCallback(callback, { timeout: 2000 })
      : (callback) => window.setTimeout(callback, 50);
  const cancelIdle: (handle: number) => void =
    "cancelIdleCallback" in window
      ? (handle) => window.cancelIdleCallback(handle)
      : (handle) => window.clearTimeout(handle);
  let handle = 0;
  let stopped = false;
  const work = (deadline?: IdleDeadline) => {
    if (stopped) return;
    if (deadline && !deadline.didTimeout && deadline.timeRemaining() < 10) {
      handle = requestIdle(work);
      return;
    }
    const section = document.querySelector<HTMLElement>(`.${sectionClass}:not(.${renderedClass})`);
    if (!section) return;
    section.classList.add(renderedClass);
    // Lay it out now, in this idle time, rather than in the next frame.
    void section.offsetHeight;
    handle = requestIdle(work);
  };
  // Not before the first frame: idle time before it would delay the first paint.
  const frame = window.requestAnimationFrame(() => {
    handle = requestIdle(work);
  });
  return () => {
    stopped = true;
    window.cancelAnimationFrame(frame);
    cancelIdle(handle);
  };
}
