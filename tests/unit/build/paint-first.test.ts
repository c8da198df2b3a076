import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { PAINT_TIMEOUT_MS, PaintFirstError, paintFirst } from "@/lib/build/paint-first";

// The shape of Next 16's prerendered <head>, trimmed.
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/c.js"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/_next/static/chunks/c.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  "<script>(function(){/* theme */})()</script>",
  "<title>Lesson</title></head>",
  '<body><main><p>Text</p></main><script src="/_next/static/chunks/d.js" async=""></script>',
  '<script>self.__next_f.push([1,"x"])</script></body></html>',
].join("");

const loaderOf = (html: string) =>
  /<script>(\(function\(\)\{var s=[\s\S]*?)<\/script>/.exec(html)?.[1];

describe("paintFirst", () => {
  it("swaps Next's async scripts and their preloads for a loader, and leaves the rest", () => {
    const html = paintFirst(page);
    expect(html).not.toContain('async=""');
    expect(html).not.toContain('rel="preload" as="script"');
    expect(loaderOf(html)).toContain(
      '["/_next/static/chunks/b.js","/_next/static/chunks/c.js","/_next/static/chunks/d.js"]',
    );
    // The stylesheet, the legacy polyfills, the theme script and the body are untouched.
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(html).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(html).toContain("<script>(function(){/* theme */})()</script>");
    expect(html.slice(html.indexOf("<body>"))).toBe(
      page.slice(page.indexOf("<body>")).replace(/<script src="[^"]+" async=""><\/script>/, ""),
    );
  });

  it("loads a chunk preloaded for a component loaded on demand after the paint as well", () => {
    const lazy =
      '<link rel="preload" href="/_next/static/chunks/lazy.js" as="script" fetchPriority="low"/>';
    const html = paintFirst(page.replace("<title>", `${lazy}<title>`));
    expect(html).not.toContain('lazy.js" as=');
    expect(loaderOf(html)).toContain(
      '["/_next/static/chunks/b.js","/_next/static/chunks/c.js","/_next/static/chunks/d.js","/_next/static/chunks/lazy.js"]',
    );
  });

  it("leaves a page without async scripts alone, so running it twice changes nothing", () => {
    const once = paintFirst(page);
    expect(paintFirst(once)).toBe(once);
    expect(paintFirst("<html><head></head><body></body></html>")).toBe(
      "<html><head></head><body></body></html>",
    );
    expect(paintFirst("not html")).toBe("not html");
  });

  it("fails on any script or preload it does not know, instead of leaving it out", () => {
    const head = (tag: string) => page.replace("<title>", `${tag}<title>`);
    const unknown = [
      // The same chunk with attributes Next could add one day.
      '<script src="/_next/static/chunks/e.js" async="" nonce="n"></script>',
      '<script src="/_next/static/chunks/e.js" async="" integrity="sha384-x"></script>',
      '<script src="/_next/static/chunks/e.js" type="module"></script>',
      '<script src="/_next/static/chunks/e.js" defer=""></script>',
      '<script src="/_next/static/chunks/e.js"></script>',
      '<script src="https://cdn.example/e.js" async=""></script>',
      '<script type="application/ld+json">{}</script>',
      '<link rel="modulepreload" href="/_next/static/chunks/e.js"/>',
      '<link rel="preload" as="script" href="https://cdn.example/other.js"/>',
      '<link rel="preload" as="worker" href="/w.js"/>',
    ];
    for (const tag of unknown) expect(() => paintFirst(head(tag)), tag).toThrow(PaintFirstError);
    // A <link> inside a script's text is text, not a tag.
    const inText = head('<script>var a = "<link rel=modulepreload href=x>"</script>');
    expect(() => paintFirst(inText)).not.toThrow();
    // Preloads of other things, and other links, are left as they are.
    const font = '<link rel="preload" as="font" href="/f.woff2" crossOrigin=""/>';
    expect(paintFirst(head(font))).toContain(font);
  });
});

const chunks = ["b", "c", "d"].map((name) => `/_next/static/chunks/${name}.js`);

describe("the loader", () => {
  let added: string[];
  type PaintList = { getEntriesByName: (name: string) => unknown[] };
  let paintCallback: ((list: PaintList, observer: { disconnect(): void }) => void) | undefined;
  let visibility: string;
  let observerAvailable: boolean;

  beforeEach(() => {
    vi.useFakeTimers();
    added = [];
    paintCallback = undefined;
    visibility = "visible";
    observerAvailable = true;
  });
  afterEach(() => vi.useRealTimers());

  function run(timers: typeof setTimeout = setTimeout) {
    const document = {
      get visibilityState() {
        return visibility;
      },
      createElement: () => ({ src: "", async: false }),
      head: { appendChild: (element: { src: string }) => added.push(element.src) },
    };
    class FakeObserver {
      constructor(callback: typeof paintCallback) {
        paintCallback = callback;
      }
      observe() {}
      disconnect() {}
    }
    new Function("document", "PerformanceObserver", "setTimeout", loaderOf(paintFirst(page))!)(
      document,
      observerAvailable ? FakeObserver : undefined,
      timers,
    );
  }
  const paint = (entry: string) =>
    paintCallback!(
      { getEntriesByName: (name) => (name === entry ? [{}] : []) },
      { disconnect() {} },
    );

  it("adds the scripts once the first contentful paint is reported, not before, and once", () => {
    run();
    expect(added).toEqual([]);
    paint("first-paint");
    expect(added).toEqual([]);
    // Only the fallback timer is pending: it loads the scripts anyway.
    expect(vi.getTimerCount()).toBe(1);
    vi.runAllTimers();
    expect(added).toEqual(chunks);

    added = [];
    vi.clearAllTimers();
    run();
    paint("first-contentful-paint");
    vi.advanceTimersByTime(0);
    expect(added).toEqual(chunks);
    vi.advanceTimersByTime(PAINT_TIMEOUT_MS);
    expect(added).toHaveLength(3);
  });

  it("adds each script in a task of its own after the paint", () => {
    const tasks: (() => void)[] = [];
    const queue = (callback: (...args: unknown[]) => void, delay = 0, ...args: unknown[]) => {
      if (delay === 0) tasks.push(() => callback(...args));
      return 0;
    };
    run(queue as unknown as typeof setTimeout);
    paint("first-contentful-paint");
    expect(added).toEqual([]);
    expect(tasks).toHaveLength(chunks.length);
    for (const [index, task] of tasks.entries()) {
      task();
      expect(added).toEqual(chunks.slice(0, index + 1));
    }
  });

  it("does not wait for a paint that may never come", () => {
    run();
    vi.advanceTimersByTime(PAINT_TIMEOUT_MS - 1);
    expect(added).toEqual([]);
    vi.advanceTimersByTime(1);
    vi.runAllTimers();
    expect(added).toEqual(chunks);
  });

  it("loads at once in a hidden tab and where paint timing is missing", () => {
    visibility = "hidden";
    run();
    expect(added).toHaveLength(3);

    added = [];
    visibility = "visible";
    observerAvailable = false;
    run();
    expect(added).toHaveLength(3);
  });
});
