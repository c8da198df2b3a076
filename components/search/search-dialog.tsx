"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";

import { PAGEFIND_SCRIPT, type PagefindApi, type PagefindSearch } from "@/lib/search/pagefind";
import { matchesExactly, toLessonResults, type SearchLessonResult } from "@/lib/search/results";
import { looserQueries, termsFromQuery } from "@/lib/search/terms";

import { highlightFromLocation } from "./highlight-terms";

/** Lessons listed at most; the course has fewer, a grown one would show its best matches. */
const MAX_LESSONS = 8;

type Found = {
  query: string;
  /** The shorter query that found these, when the query as typed found nothing exact. */
  looser?: string;
  /** Whether the results hold the words as typed (or as cut, with `looser`). */
  exact: boolean;
  lessons: SearchLessonResult[];
};

type IndexState = "loading" | "ready" | "failed";

function loadPagefind(): Promise<PagefindApi> {
  // Pagefind's script is written beside the pages after the build (scripts/build-search.ts):
  // the browser fetches it as it is, the bundler leaves this import alone.
  return import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_SCRIPT);
}

async function pagesFor(results: PagefindSearch["results"]) {
  return Promise.all(results.slice(0, MAX_LESSONS).map((result) => result.data()));
}

async function find(pagefind: PagefindApi, query: string): Promise<Found | null> {
  const search = await pagefind.debouncedSearch(query, {}, 120);
  if (!search) return null;
  let pages = await pagesFor(search.results);
  let looser: string | undefined;
  let exact = matchesExactly(pages, termsFromQuery(query));
  // A misspelt word often still starts right ("awsvcp"): try it shorter before settling for
  // the close words Pagefind found.
  if (!exact) {
    for (const candidate of looserQueries(query)) {
      const shorter = await pagesFor((await pagefind.search(candidate)).results);
      if (matchesExactly(shorter, termsFromQuery(candidate))) {
        [pages, looser, exact] = [shorter, candidate, true];
        break;
      }
    }
  }
  return { query, looser, exact, lessons: toLessonResults(pages, termsFromQuery(looser ?? query)) };
}

/** Calls `then` once the page at `href` is shown and its section, if it names one, exists. */
function whenArrived(href: string, then: (heading: HTMLElement | null) => void) {
  const target = new URL(href, window.location.href);
  const id = decodeURIComponent(target.hash.slice(1));
  const started = performance.now();
  const check = () => {
    const heading = id ? document.getElementById(id) : null;
    if (window.location.pathname === target.pathname && (!id || heading)) then(heading);
    else if (performance.now() - started < 10_000) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

function statusText(index: IndexState, query: string, found: Found | null): string {
  if (index === "failed") {
    return "Search could not load its index. Check the connection and open search again.";
  }
  if (!query) return "Type a word, such as awsvpc or execution role.";
  if (index === "loading" || !found || found.query !== query) return "Searching…";
  const count = found.lessons.length;
  const lessons = `${count} ${count === 1 ? "lesson" : "lessons"}`;
  if (count === 0) return `Nothing matched “${query}”. Check the spelling, or try another word.`;
  if (found.looser) {
    return `Nothing matched “${query}”. Showing ${lessons} with words starting “${found.looser}”.`;
  }
  if (!found.exact) return `No exact match for “${query}”. ${lessons} with close words.`;
  return `${lessons} ${count === 1 ? "matches" : "match"} “${query}”.`;
}

/**
 * The search dialog: a search field, what it found said out loud (a polite live region), and
 * the results as links, one per matching section, grouped by lesson. ↓ and ↑ move between the
 * field and the links, Enter on the field opens the first result, Escape closes. Choosing a
 * result goes to its section, paints the words found there and puts the focus on its heading.
 */
export function SearchDialog({ onClose }: { onClose: (returnFocus: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);
  const pagefind = useRef<PagefindApi | null>(null);
  const router = useRouter();
  const id = useId();
  const [query, setQuery] = useState("");
  const [index, setIndex] = useState<IndexState>("loading");
  const [found, setFound] = useState<Found | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    return () => element.close();
  }, []);

  useEffect(() => {
    let live = true;
    loadPagefind()
      .then(async (api) => {
        await api.options({ excerptLength: 24 });
        await api.init();
        if (!live) return;
        pagefind.current = api;
        setIndex("ready");
      })
      .catch((error: unknown) => {
        console.warn("Search could not load its index:", error);
        if (live) setIndex("failed");
      });
    return () => {
      live = false;
    };
  }, []);

  const trimmed = query.trim();
  useEffect(() => {
    const api = pagefind.current;
    if (index !== "ready" || !api || !trimmed) return;
    let live = true;
    find(api, trimmed)
      .then((result) => {
        if (live && result) setFound(result);
      })
      .catch((error: unknown) => {
        console.warn("Search failed:", error);
        if (live) setIndex("failed");
      });
    return () => {
      live = false;
    };
  }, [index, trimmed]);

  const links = () => [...(results.current?.querySelectorAll<HTMLAnchorElement>("a[href]") ?? [])];

  const go = (href: string) => {
    onClose(false);
    router.push(href);
    whenArrived(href, (heading) => {
      highlightFromLocation();
      if (!heading) return;
      heading.scrollIntoView({ block: "start" });
      // The reader continues from the section they chose: keyboard and screen reader too.
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    });
  };

  const onInputKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const first = links()[0];
    if (event.key === "ArrowDown" && first) {
      event.preventDefault();
      first.focus();
    } else if (event.key === "Enter" && first) {
      event.preventDefault();
      go(first.getAttribute("href")!);
    }
  };

  const onResultsKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    event.preventDefault();
    const next = event.key === "ArrowDown" ? all[at + 1] : all[at - 1];
    (next ?? (event.key === "ArrowUp" ? input.current : all[at]))?.focus();
  };

  const onResultClick = (event: React.MouseEvent<HTMLAnchorElement>) => {
    // A new tab or window keeps the browser's own handling.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    go(event.currentTarget.getAttribute("href")!);
  };

  // Until the new results arrive, the last ones stay: the list does not flash empty per key.
  const lessons = trimmed && found ? found.lessons : [];

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      onClose={() => onClose(true)}
      // A click on the backdrop (outside the panel) closes, as Escape does.
      onClick={(event) => {
        if (event.target === dialog.current) dialog.current.close();
      }}
      className="m-0 h-dvh max-h-none w-full max-w-none bg-white p-0 text-slate-900 backdrop:bg-slate-950/60 sm:mx-auto sm:mt-[10vh] sm:h-auto sm:max-h-[80vh] sm:max-w-2xl sm:rounded-xl sm:shadow-2xl dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex h-full max-h-[inherit] flex-col">
        <div className="flex items-center gap-2 border-b border-slate-200 p-3 dark:border-slate-700">
          <h2 id={`${id}-title`} className="sr-only">
            Search the course
          </h2>
          <label htmlFor={`${id}-input`} className="sr-only">
            Search the lessons
          </label>
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="ml-1 size-5 shrink-0 text-slate-500 dark:text-slate-400"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          >
            <circle cx="11" cy="11" r="7" />
            <path d="m20 20-3.5-3.5" />
          </svg>
          <input
            ref={input}
            id={`${id}-input`}
            type="search"
            autoFocus
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="go"
            placeholder="Search the lessons"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onInputKeyDown}
            aria-describedby={`${id}-status`}
            className="min-w-0 flex-1 bg-transparent py-2 text-base outline-none placeholder:text-slate-500 dark:placeholder:text-slate-400"
          />
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="shrink-0 rounded-md px-2.5 py-2 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
          >
            Close
          </button>
        </div>
        <p
          id={`${id}-status`}
          role="status"
          className="px-4 pt-3 pb-1 text-sm text-slate-600 dark:text-slate-400"
        >
          {statusText(index, trimmed, found)}
        </p>
        <div
          ref={results}
          onKeyDown={onResultsKeyDown}
          className="min-h-0 flex-1 overflow-y-auto px-2 pb-3"
        >
          {lessons.length > 0 ? (
            <ul aria-label="Results" className="space-y-3">
              {lessons.map((lesson, l) => (
                <li key={`${l}-${lesson.title}`}>
                  <p
                    id={`${id}-lesson-${l}`}
                    className="px-2 pt-2 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400"
                  >
                    {lesson.title}
                  </p>
                  <ul aria-labelledby={`${id}-lesson-${l}`}>
                    {lesson.hits.map((hit) => (
                      <li key={hit.href}>
                        <a
                          href={hit.href}
                          onClick={onResultClick}
                          className="focus-visible:bg-accent-50 dark:focus-visible:bg-accent-900/30 focus-visible:ring-accent-600 block rounded-lg px-3 py-2 outline-none hover:bg-slate-100 focus-visible:ring-2 dark:hover:bg-slate-800"
                        >
                          <span className="text-accent-800 dark:text-accent-300 block font-medium">
                            {hit.title}
                          </span>
                          <span className="mt-0.5 line-clamp-2 block text-sm text-slate-600 dark:text-slate-300">
                            {hit.excerpt.map((part, p) =>
                              part.marked ? (
                                <mark
                                  key={p}
                                  className="rounded-sm bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-400/30 dark:text-amber-100"
                                >
                                  {part.text}
                                </mark>
                              ) : (
                                part.text
                              ),
                            )}
                          </span>
                        </a>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </dialog>
  );
}
