import { markedWords, parseExcerpt, type ExcerptPart } from "./excerpt";
import type { PagefindPage } from "./pagefind";
import { withHighlight } from "./terms";

/** One place a search result leads to: a section of a lesson (or its top). */
export interface SearchHit {
  /** The section's heading, or the lesson's title for its top. */
  title: string;
  /** `/lessons/<slug>?highlight=…#<heading-id>` */
  href: string;
  excerpt: ExcerptPart[];
}

/** A lesson that matched, with the sections that matched in it, best first. */
export interface SearchLessonResult {
  title: string;
  hits: SearchHit[];
}

/** At most this many sections per lesson: the best ones; the lesson's own link covers the rest. */
export const MAX_HITS_PER_LESSON = 3;

/**
 * Turns Pagefind's pages into what the search dialog lists: per lesson, its best sections
 * (Pagefind's sub-results, cut at headings), each linking to its heading with the words to
 * highlight there, those the search matched in it, else the query's.
 */
export function toLessonResults(
  pages: readonly PagefindPage[],
  queryTerms: readonly string[],
): SearchLessonResult[] {
  return pages.map((page) => {
    const title = page.meta.title ?? page.url;
    const subResults = page.sub_results?.length
      ? page.sub_results
      : [{ title, url: page.url, excerpt: page.excerpt }];
    const hits = subResults.slice(0, MAX_HITS_PER_LESSON).map((sub) => {
      const matched = markedWords(sub.excerpt);
      const terms = [...new Set([...queryTerms, ...matched])];
      return {
        // The lesson's top (text before its first heading) comes back under the lesson's title.
        title: sub.title || title,
        href: withHighlight(sub.url, terms),
        excerpt: parseExcerpt(sub.excerpt),
      };
    });
    return { title, hits };
  });
}

/**
 * Whether the pages found hold every term as the start of a word the search marked. Pagefind
 * also returns pages for words that are merely close to a misspelt one ("awsvcp" finds "AWS"):
 * those are shown as close matches, after a shorter form of the word has had its chance.
 */
export function matchesExactly(pages: readonly PagefindPage[], terms: readonly string[]): boolean {
  if (pages.length === 0) return false;
  const marked = new Set(
    pages.flatMap((page) => [
      ...markedWords(page.excerpt),
      ...(page.sub_results ?? []).flatMap((sub) => markedWords(sub.excerpt)),
    ]),
  );
  return terms.every((term) => [...marked].some((word) => word.startsWith(term)));
}
