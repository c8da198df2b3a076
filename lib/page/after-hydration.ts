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
  /** Runs `callback` in the task after the first request, or at once when that has run. */
  run(callback: () => void): void;
  /** Calls `listener` when the page counts as hydrated; returns a function that stops that. */
  subscribe(listener: () => void): () => void;
  /** False until the queued task has run. */
  hydrated(): boolean;
}

export function createAfterHydration(
  schedule: (task: () => void) => void = (task) => setTimeout(task, 0),
): AfterHydration {
  let hydrated = false;
  let scheduled = false;
  const queue: (() => void)[] = [];
  const listeners = new Set<() => void>();

  const flush = () => {
    hydrated = true;
    for (const callback of queue.splice(0)) callback();
    for (const listener of listeners) listener();
  };
  const ensureScheduled = () => {
    if (scheduled) return;
    scheduled = true;
    schedule(flush);
  };

  return {
    run(callback) {
      if (hydrated) {
        callback();
        return;
      }
      queue.push(callback);
      ensureScheduled();
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!hydrated) ensureScheduled();
      return () => {
        listeners.delete(listener);
      };
    },
    hydrated: () => hydrated,
  };
}
