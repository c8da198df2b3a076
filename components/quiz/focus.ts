import { useLayoutEffect, useState } from "react";

/**
 * Focus that follows a change: call the returned function in an event handler, and once React
 * has rendered that change, focus moves to the element marked `data-quiz-focus` inside the
 * element with id `rootId` (the new question's heading, or the results heading). Screen readers
 * then read it, and the key shortcuts keep working because focus stays inside the quiz. Done
 * in a layout effect, not a timer, so it lands before the next key press is handled. A view
 * behind React.lazy may show a moment after that render: focus then goes to it as it appears.
 */
export function useFocusAfterRender(rootId: string): () => void {
  const [requests, setRequests] = useState(0);
  useLayoutEffect(() => {
    if (requests === 0) return;
    const root = document.getElementById(rootId);
    if (!root) return;
    // Suspense may have put the new view in the page still hidden (display: none).
    const focusShown = () => {
      const target = root.querySelector<HTMLElement>("[data-quiz-focus]");
      if (!target?.checkVisibility()) return false;
      target.focus();
      return true;
    };
    if (focusShown()) return;
    const observer = new MutationObserver(() => {
      if (focusShown()) observer.disconnect();
    });
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ["style"],
    });
    return () => observer.disconnect();
  }, [requests, rootId]);
  return () => setRequests((n) => n + 1);
}
