/**
 * Lays out the lesson sections the browser has skipped so far (off screen, `content-visibility:
 * auto`; see lib/content/sections.ts), one per idle period, so a later jump far down the page
 * (End, a link to the quiz) lands on real heights instead of estimates and nothing shifts. Each
 * step takes the next section not laid out yet, so two runs on one page share the work.
 * Returns a function that stops it.
 *
 * Self-contained, no imports and no outer names: the lesson page also writes it into its HTML as
 * an inline script (its source, via toString), so it starts with the first frame instead of
 * after the page's scripts have loaded and hydrated. The client component runs it after a
 * client-side navigation, where React does not execute inline scripts.
 */
export function layOutSectionsWhenIdle(sectionClass: string, renderedClass: string): () => void {
  const requestIdle: (callback: () => void) => number =
    typeof window.requestIdleCallback === "function"
      ? (callback) => window.requestIdleCallback(callback)
      : (callback) => window.setTimeout(callback, 50);
  const cancelIdle: (handle: number) => void =
    typeof window.cancelIdleCallback === "function"
      ? (handle) => window.cancelIdleCallback(handle)
      : (handle) => window.clearTimeout(handle);
  let handle = 0;
  let stopped = false;
  const work = () => {
    if (stopped) return;
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
