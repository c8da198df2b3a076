/** Set on <html> by the inline script when search was asked for before the page was live. */
export const EARLY_OPEN_ATTRIBUTE = "data-search-asked";
/** Set on <html> once the search button is live: the inline script then stands aside. */
export const LIVE_ATTRIBUTE = "data-search-live";
/** Marks the header's search button for the inline script. */
export const BUTTON_ATTRIBUTE = "data-search-button";

/**
 * Notes a click on the search button, or `/` or Ctrl+K outside a field, made after the page is
 * painted but before its scripts are live, so the button opens search as soon as it is
 * (SearchButton). Self-contained, no imports and no outer names: the site header writes its
 * source into the page as an inline script (early-open-script.tsx), and `opensSearch` comes in
 * the same way (lib/search/shortcut.ts).
 */
export function noteEarlyOpen(
  opensSearch: (press: {
    key: string;
    ctrlKey: boolean;
    metaKey: boolean;
    altKey: boolean;
    inField: boolean;
  }) => boolean,
  askedAttribute: string,
  liveAttribute: string,
  buttonAttribute: string,
) {
  const root = document.documentElement;
  document.addEventListener("keydown", (event) => {
    if (root.hasAttribute(liveAttribute) || event.defaultPrevented) return;
    const target = event.target;
    const inField =
      target instanceof HTMLElement &&
      (target.isContentEditable || target.closest("input, textarea, select") !== null);
    const press = {
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      inField,
    };
    if (!opensSearch(press)) return;
    event.preventDefault();
    root.setAttribute(askedAttribute, "");
  });
  document.addEventListener("click", (event) => {
    if (root.hasAttribute(liveAttribute)) return;
    const target = event.target;
    if (target instanceof Element && target.closest(`[${buttonAttribute}]`)) {
      root.setAttribute(askedAttribute, "");
    }
  });
}
