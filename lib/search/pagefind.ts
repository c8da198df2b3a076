/**
 * The part of Pagefind's browser API (`/pagefind/pagefind.js`, written by scripts/build-search.ts)
 * that search uses. Pagefind documents it at https://pagefind.app/docs/api/.
 */
export interface PagefindApi {
  options(options: { excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  /** Resolves to null when a later call has superseded this one. */
  debouncedSearch(
    query: string,
    options?: object,
    debounceMs?: number,
  ): Promise<PagefindSearch | null>;
  search(query: string): Promise<PagefindSearch>;
}

export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindPage> }[];
}

export interface PagefindPage {
  url: string;
  /** Plain text with the matched words in `<mark>`; the rest is HTML-escaped. */
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

/** Where the index's browser script is served, beside the pages. */
export const PAGEFIND_SCRIPT = "/pagefind/pagefind.js";
