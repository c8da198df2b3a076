import { HIGHLIGHT_NAME } from "@/lib/search/highlight";
import { findTermRanges, highlightFromSearch } from "@/lib/search/terms";

const HEADINGS = "h1, h2, h3, h4, h5, h6";

function headingLevel(element: Element): number {
  return Number(element.tagName.slice(1));
}

/**
 * The first heading after `heading`, in the same lesson, that closes its section: one of the
 * same or a higher level.
 */
function sectionEnd(heading: Element, bodies: Element[]): Element | null {
  const level = headingLevel(heading);
  for (const body of bodies) {
    for (const other of body.querySelectorAll(HEADINGS)) {
      const after = heading.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING;
      if (after && headingLevel(other) <= level) return other;
    }
  }
  return null;
}

function rangesIn(bodies: Element[], terms: string[], from: Element | null, to: Element | null) {
  const ranges: Range[] = [];
  for (const body of bodies) {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (
        from &&
        !(
          from.compareDocumentPosition(node) &
          (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)
        )
      )
        continue;
      if (to && !(to.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING)) continue;
      // The "#" after each heading and other hidden marks are not the lesson's words.
      if (node.parentElement?.closest("[aria-hidden='true'], script, style")) continue;
      for (const [start, end] of findTermRanges((node as Text).data, terms)) {
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, Math.min(end, (node as Text).length));
        ranges.push(range);
      }
    }
  }
  return ranges;
}

/**
 * Paints the terms in the lesson's text, in the section under the heading `headingId` (the
 * whole lesson when that section has none of them, or without a heading), with the CSS Custom
 * Highlight API: nothing in the page's DOM changes, so React's tree is left as it is. Where the
 * browser lacks the API the reader still lands on the section, unpainted. Returns the ranges.
 */
export function highlightTerms(terms: string[], headingId: string): Range[] {
  if (typeof CSS === "undefined" || !("highlights" in CSS)) return [];
  CSS.highlights.delete(HIGHLIGHT_NAME);
  if (terms.length === 0) return [];
  const bodies = [...document.querySelectorAll("[data-pagefind-body]")];
  const heading = headingId ? document.getElementById(headingId) : null;
  let ranges = heading ? rangesIn(bodies, terms, heading, sectionEnd(heading, bodies)) : [];
  if (ranges.length === 0) ranges = rangesIn(bodies, terms, null, null);
  if (ranges.length > 0) CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
  return ranges;
}

/** Highlights what the page's address asks for (`?highlight=…#section`), or clears it. */
export function highlightFromLocation(): Range[] {
  const terms = highlightFromSearch(window.location.search);
  return highlightTerms(terms, decodeURIComponent(window.location.hash.slice(1)));
}
