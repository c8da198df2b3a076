// Paint first, then hydrate: a step after `next build` (scripts/finish-export.ts) that makes
// every exported page ask for Next's scripts only once the browser has painted it.
//
// Next writes its client chunks into each page as `<script src async>` in the <head> (plus a
// low-priority preload for one of them, and for each chunk of a component loaded on demand). The browser fetches them alongside the stylesheet and
// runs each the moment it arrives, which on a slow phone, or with the chunks in its cache, is
// before the first frame: the reader waits for the framework (~300 ms of script on a 4x slower
// CPU) before seeing the text, and on a slow network the chunks share the bandwidth the HTML and
// stylesheet need. Every page here is readable without JavaScript, so the text goes first: the
// tags are replaced by a small inline loader that adds the same scripts once the first
// contentful paint is reported. The markup React hydrates is unchanged: only Next's own script
// tags differ, which React does not hydrate.

import { scriptAndLinkTags, type Tag } from "./html";

/** How long the loader waits for a paint before it loads the scripts anyway. */
export const PAINT_TIMEOUT_MS = 2000;

const LOADER_START = "<script>(function(){var s=";

/** Whether a page loads its scripts with paint-first's loader. */
export const hasLoader = (html: string) => html.includes(LOADER_START);

/** A page's script or preload tag that paint-first does not know how to treat. */
export class PaintFirstError extends Error {}

/** Next's client chunks, which the loader adds once the page is painted. */
const isChunk = (src: string | undefined) => !!src && src.startsWith("/_next/static/");

/** Preloads of things other than scripts: left as they are. */
const OTHER_PRELOADS = new Set(["style", "font", "image", "fetch"]);

function describe(tag: Tag) {
  return tag.source.length > 160 ? `${tag.source.slice(0, 160)}…` : tag.source;
}

/**
 * The loader. It loads at once in a hidden tab (nothing is painted there, and timers are slowed
 * down) or where paint timing is missing, and after PAINT_TIMEOUT_MS whatever happens. Otherwise
 * each script is added in a task of its own: starting a script's download is not free (a few ms
 * each on a phone-speed CPU, more with DevTools' network recording on, as in Lighthouse), and
 * all of them in one go made a long task of their own right after the first paint.
 */
function loader(sources: readonly string[]) {
  return (
    `${LOADER_START}${JSON.stringify(sources)},done=false;` +
    "function add(src){var e=document.createElement('script');e.src=src;e.async=true;document.head.appendChild(e)}" +
    "function go(now){if(done)return;done=true;" +
    "for(var i=0;i<s.length;i++){if(now===true)add(s[i]);else setTimeout(add,0,s[i])}}" +
    "if(document.visibilityState==='hidden'||typeof PerformanceObserver!=='function'){go(true);return}" +
    "try{new PerformanceObserver(function(list,observer){" +
    "if(list.getEntriesByName('first-contentful-paint').length){observer.disconnect();go()}" +
    "}).observe({type:'paint',buffered:true})}catch(error){go(true);return}" +
    `setTimeout(go,${PAINT_TIMEOUT_MS})` +
    "})()</script>"
  );
}

/**
 * Rewrites one exported page: Next's async scripts (and their preloads), wherever they are,
 * become a loader in <head> that adds them after the first paint. Every <script> and every
 * preload must be one of the kinds below, or it throws: a tag written another way (a nonce, an
 * integrity hash, a module, a deferred or blocking script) would otherwise be left out of the
 * rewrite without anyone noticing. A page without async scripts, or already rewritten, is
 * returned unchanged.
 */
export function paintFirst(html: string): string {
  if (!html.includes("</head>")) return html;
  const deferred: Tag[] = [];
  const preloads: Tag[] = [];
  for (const tag of scriptAndLinkTags(html)) {
    const a = tag.attributes;
    const names = Object.keys(a).sort().join(" ");
    if (tag.name === "script") {
      // Inline: React's and Next's bootstrap and payload, the theme, the loader itself.
      if (names === "" || names === "id") continue;
      if (names === "async src" && isChunk(a.src) && tag.text === "") deferred.push(tag);
      // Legacy browsers' polyfills: modern browsers never load them.
      else if (names === "nomodule src" && isChunk(a.src) && tag.text === "") continue;
      else throw new PaintFirstError(`a script tag paint-first does not know: ${describe(tag)}`);
    } else if ((a.rel ?? "").split(/\s+/).includes("modulepreload")) {
      throw new PaintFirstError(`a module preload paint-first does not know: ${describe(tag)}`);
    } else if (a.rel === "preload") {
      if (a.as === "script") preloads.push(tag);
      else if (!OTHER_PRELOADS.has(a.as ?? "")) {
        throw new PaintFirstError(`a preload paint-first does not know: ${describe(tag)}`);
      }
    }
  }
  if (deferred.length === 0) {
    if (preloads.length > 0) {
      throw new PaintFirstError(`a script preload without its script: ${describe(preloads[0]!)}`);
    }
    return html;
  }
  const sources = [...new Set(deferred.map((tag) => tag.attributes.src!))];
  for (const preload of preloads) {
    const href = preload.attributes.href ?? "";
    if (sources.includes(href)) continue;
    // A chunk the page's code imports when it renders a component loaded on demand
    // (next/dynamic, rendered on the server): it is loaded after the paint with the others, so
    // it is there when hydration reaches the component. Running it early only registers modules.
    if (isChunk(href)) sources.push(href);
    else throw new PaintFirstError(`a script preload without its script: ${describe(preload)}`);
  }
  // Cut the tags out from the last to the first, so the indexes stay right.
  let rest = html;
  for (const tag of [...deferred, ...preloads].sort((x, y) => y.index - x.index)) {
    rest = rest.slice(0, tag.index) + rest.slice(tag.index + tag.source.length);
  }
  const end = rest.indexOf("</head>");
  return rest.slice(0, end) + loader(sources) + rest.slice(end);
}
