import { useLayoutEffect, useState } from "react";

/**
 * Focus that follows a change: call the returned function in an event handler, and once React
 * has rendered that change, focus moves to the element marked `data-quiz-focus` inside the
 * element with id `rootId` (the new question's heading, or the results heading). Screen readers
 * then read it, and the key shortcuts keep working because focus stays inside the quiz. Done
 * in a layout effect, not a timer, so it lands before the next key press is handled.
 */
export function useFocusAfterRender(rootId: string): () => void {
  const [requests, setRequests] = useState(0);
  useLayoutEffect(() => {
    if (requests === 0) return;
    document.getElementById(rootId)?.querySelector<HTMLElement>("[data-quiz-focus]")?.focus();
  }, [requests, rootId]);
  return () => setRequests((n) => n + 1);
}
