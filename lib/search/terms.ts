import { HIGHLIGHT_PARAM } from "./highlight";

/** The words of a query worth highlighting: lower-cased, distinct, punctuation trimmed. */
export function termsFromQuery(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((word) => word.length >= 2);
  return [...new Set(words)];
}

/**
 * Where in `text` the terms occur, as [start, end) offsets: each word (letters, digits and
 * `-` `_` `.` inside it) that starts with a term, whole, the way search matches the start of a
 * word ("role" finds "roles"). In text order, not overlapping.
 */
export function findTermRanges(text: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0) return [];
  const lower = text.toLowerCase();
  const ranges: [number, number][] = [];
  const word = /[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)*/gu;
  for (const match of lower.matchAll(word)) {
    const start = match.index;
    const found = terms.find((term) => lower.startsWith(term, start));
    if (found === undefined) continue;
    // A term with a space or punctuation ("task-definition") may run past this word.
    const end = Math.max(start + match[0].length, start + found.length);
    const previous = ranges.at(-1);
    if (previous && start < previous[1]) continue;
    ranges.push([start, end]);
  }
  return ranges;
}

/** A result's address with the words to highlight, before its `#section`. */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const hashAt = url.indexOf("#");
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? "" : url.slice(hashAt);
  const separator = path.includes("?") ? "&" : "?";
  return `${path}${separator}${HIGHLIGHT_PARAM}=${encodeURIComponent(terms.join(" "))}${hash}`;
}

/** The words to highlight from a page address's query string, or none. */
export function highlightFromSearch(search: string): string[] {
  const value = new URLSearchParams(search).get(HIGHLIGHT_PARAM);
  return value ? termsFromQuery(value) : [];
}

/** Words shorter than this are not cut any further when a query finds nothing. */
const MIN_LOOSE_LENGTH = 4;

/**
 * Shorter forms of a query to try, in order, when it finds nothing as typed: its longest word
 * losing a letter from the end at a time, down to four letters or two thirds of the word,
 * whichever is longer. Search matches the start of words, so a word misspelt near its end
 * ("awsvcp", "exection") still finds what it meant. Empty when there is nothing to cut.
 */
export function looserQueries(query: string): string[] {
  const words = termsFromQuery(query);
  if (words.length === 0) return [];
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const floor = Math.max(MIN_LOOSE_LENGTH, Math.ceil((longest.length * 2) / 3));
  const queries: string[] = [];
  for (let length = longest.length - 1; length >= floor; length--) {
    const shorter = longest.slice(0, length);
    queries.push(words.map((word) => (word === longest ? shorter : word)).join(" "));
  }
  return queries;
}
