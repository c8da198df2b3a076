import { SLIDE_HEIGHT, SLIDE_WIDTH } from "./canvas";

/**
 * Sets `--deck-s` on <html> to the scale at which a 960×540 slide fills the window, before the
 * first paint and on every resize, so the audience view is the right size even before (or
 * without) React. The audience canvas reads it in app/globals.css (`.slide-canvas-audience`).
 * When the address names a slide other than the first, it also marks the deck as pending, so
 * the first slide (all the server can render) does not flash up before the deck moves there;
 * DeckProvider clears the mark once the deck shows that slide.
 */
export function DeckScaleScript() {
  const script = `(function(){var r=document.documentElement;function f(){r.style.setProperty("--deck-s",String(Math.min(innerWidth/${SLIDE_WIDTH},innerHeight/${SLIDE_HEIGHT})))}f();addEventListener("resize",f);if(location.hash.indexOf("#/")===0&&+location.hash.slice(2).split("/")[0]>1)r.setAttribute("data-deck-pending","")})();`;
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
