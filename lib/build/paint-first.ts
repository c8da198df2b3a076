// Paint first, then hydrate: a step after `next build` (scripts/paint-first.ts) that makes every
// prerendered page ask for Next's scripts only once the browser has painted it.
//
// Next writes its client chunks into each page as `<script src async>` in the <head> (plus a
// low-priority preload for one of them). The browser fetches them alongside the stylesheet and
// runs each the moment it arrives, which on a slow phone, or with the chunks in its cache, is
// before the first frame: the reader waits for the framework (~300 ms of script on a 4x slower
// CPU) before seeing the text, and on a slow network the chunks share the bandwidth the HTML and
// stylesheet need. Every page here is readable without JavaScript, so the text goes first: the
// tags are replaced by a small inline loader that adds the same scripts once the first
// contentful paint is reported. The markup React hydrates is unchanged: only Next's own script
// tags differ, which React does not hydrate.

/** How long the loader waits for a paint before it loads the scripts anyway. */
export const PAINT_TIMEOUT_MS = 2000;

const ASYNC_SCRIPT = /<script src="([^"]+)" async=""><\/script>/g;

function preloadOf(src: string) {
  const escaped = src.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`<link rel="preload" as="script"[^>]*? href="${escaped}"[^>]*/>`, "g");
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
    "<script>(function(){" +
    `var s=${JSON.stringify(sources)},done=false;` +
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
 * Rewrites one prerendered page: Next's async scripts (and their preloads), wherever they are,
 * become a loader in <head> that adds them after the first paint. A page without such scripts,
 * or already rewritten, is returned unchanged.
 */
export function paintFirst(html: string): string {
  if (!html.includes("</head>")) return html;
  // Next puts most of them in <head>, and some pages one more in <body>.
  const sources = [...new Set([...html.matchAll(ASYNC_SCRIPT)].map((match) => match[1]!))];
  if (sources.length === 0) return html;
  let rest = html.replace(ASYNC_SCRIPT, "");
  for (const src of sources) rest = rest.replace(preloadOf(src), "");
  const end = rest.indexOf("</head>");
  return rest.slice(0, end) + loader(sources) + rest.slice(end);
}
