"use client";

import { usePathname } from "next/navigation";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";

import { asksForHighlight, HIGHLIGHT_NAME } from "@/lib/search/highlight";
import { opensSearch } from "@/lib/search/shortcut";

import {
  EARLY_CLICK_ATTRIBUTE,
  EARLY_SHORTCUT_ATTRIBUTE,
  replayEarlyClicks,
} from "@/components/ui/early-input";

// The dialog, and Pagefind's script and index with it, load when search is first opened.
const loadDialog = () => import("./search-dialog");
const SearchDialog = lazy(() => loadDialog().then((m) => ({ default: m.SearchDialog })));

/**
 * Paints the words the address asks for, loading the highlighter only then; otherwise clears
 * what the last page painted.
 */
function highlightOnArrival() {
  if (asksForHighlight(window.location.search)) {
    // A chunk that fails to load (a deploy since the page opened) only costs the paint.
    import("./highlight-terms").then((m) => m.highlightFromLocation()).catch(() => undefined);
  } else if (typeof CSS !== "undefined" && "highlights" in CSS) {
    CSS.highlights.delete(HIGHLIGHT_NAME);
  }
}

function inField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']") !==
      null
  );
}

/**
 * The header's search button. It opens the search dialog, and so do `/` and Ctrl+K (⌘K)
 * anywhere but in a field. On each page it also paints the words a search result asked for
 * (`?highlight=`), or clears the last page's.
 */
export function SearchButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    highlightOnArrival();
  }, [pathname]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const press = {
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        inField: inField(event.target),
      };
      if (!opensSearch(press)) return;
      event.preventDefault();
      setOpen(true);
    };
    document.addEventListener("keydown", onKeyDown);
    // From here on this handler answers; a click or shortcut made before it did counts now.
    if (button.current) replayEarlyClicks(button.current);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }, []);

  return (
    <>
      <button
        ref={button}
        type="button"
        onClick={() => setOpen(true)}
        // Fetch the dialog's code when a click is likely, so it opens at once.
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        aria-haspopup="dialog"
        {...{ [EARLY_CLICK_ATTRIBUTE]: "", [EARLY_SHORTCUT_ATTRIBUTE]: "" }}
        aria-keyshortcuts="/ Control+K"
        className="no-print inline-flex h-10 items-center gap-2 rounded-md px-2.5 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900 sm:border sm:border-slate-200 sm:pr-1.5 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white sm:dark:border-slate-700 [@media(scripting:none)]:hidden"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <span className="sr-only sm:not-sr-only">Search</span>
        <kbd
          aria-hidden="true"
          className="hidden rounded border border-slate-300 px-1.5 font-sans text-xs text-slate-500 sm:inline dark:border-slate-600 dark:text-slate-400"
        >
          /
        </kbd>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <SearchDialog onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
