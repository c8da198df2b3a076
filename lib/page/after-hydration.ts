/**
 * What a page does once React has hydrated it, in one task of its own.
 *
 * A component that shows something only the browser knows (saved progress, "JavaScript is
 * here") renders the server's value while hydrating and its own right after. If it switches
 * during hydration's effects, React re-renders and commits every such component synchronously
 * in the task that runs those effects, the page's longest after its scripts start (issue 6).
 * Queued here, the switches run together in the next task: one short re-render of its own.
 */
export interface AfterHydration {
  /**
   * Asks for the task, if nobody has yet. Every page calls this while hydrating (HydrationStart
   * in the site document), so a component mounted later, after a client-side navigation, finds
   * the page hydrated even where nothing on the first page used this.
   */
  start(): void;
  /** Runs `callback` in the task (asking for it), or at once when that has run. */
  run(callback: () => void): void;
  /** Calls `listener` when the page counts as hydrated; returns a function that stops that. */
  subscribe(listener: () => void): () => void;
  /** False until the task has run. */
  hydrated(): boolean;
}

/** Reports an error without stopping the caller: the browser logs it as uncaught. */
function reportLater(error: unknown) {
  queueMicrotask(() => {
    throw error;
  });
}

export function createAfterHydration(
  schedule: (task: () => void) => void = (task) => setTimeout(task, 0),
  report: (error: unknown) => void = reportLater,
): AfterHydration {
  let hydrated = false;
  let scheduled = false;
  const queue: (() => void)[] = [];
  const listeners = new Set<() => void>();

  // One failing callback must not keep the rest, or the listeners, from running: the page
  // already counts as hydrated, and a listener never told would show the server's value for good.
  const call = (callback: () => void) => {
    try {
      callback();
    } catch (error) {
      report(error);
    }
  };
  const flush = () => {
    hydrated = true;
    for (const callback of queue.splice(0)) call(callback);
    for (const listener of listeners) call(listener);
  };
  const start = () => {
    if (scheduled) return;
    scheduled = true;
    schedule(flush);
  };

  return {
    start,
    run(callback) {
      if (hydrated) {
        callback();
        return;
      }
      queue.push(callback);
      start();
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!hydrated) start();
      return () => {
        listeners.delete(listener);
      };
    },
    hydrated: () => hydrated,
  };
}
