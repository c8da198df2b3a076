// What the header needs on every page to decide whether to load the highlighter
// (components/search/highlight-terms.ts): kept apart so that decision costs no more code.

/** The query parameter a search result's link carries: the words to highlight on arrival. */
export const HIGHLIGHT_PARAM = "highlight";

/** The name of the CSS highlight search paints (`::highlight(search-term)` in globals.css). */
export const HIGHLIGHT_NAME = "search-term";

/** Whether an address's query (`location.search`) asks for words to be highlighted. */
export function asksForHighlight(search: string): boolean {
  return new URLSearchParams(search).has(HIGHLIGHT_PARAM);
}
