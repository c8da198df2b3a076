/**
 * Moves focus, after React has rendered, to the element marked `data-quiz-focus` inside `root`:
 * the new question's heading, or the results heading. Screen readers then read it, and the
 * keyboard shortcuts keep working because focus stays inside the quiz.
 */
export function focusSoon(root: HTMLElement | null) {
  requestAnimationFrame(() => root?.querySelector<HTMLElement>("[data-quiz-focus]")?.focus());
}
