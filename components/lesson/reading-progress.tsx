/**
 * A thin bar under the header that fills as the reader scrolls through the lesson: a CSS
 * scroll-driven animation (`.reading-progress` in app/globals.css), so it costs no script.
 */
export function ReadingProgress() {
  return (
    <div aria-hidden="true" className="no-print fixed inset-x-0 top-14 z-30 h-0.5">
      <div
        data-testid="reading-progress"
        className="reading-progress bg-accent-600 dark:bg-accent-400 h-full origin-left"
      />
    </div>
  );
}
