/**
 * Dates of attempts for people, in the reader's locale: "3 May, 14:05". Browser only (the
 * locale and time zone are the reader's), so call it only after hydration.
 */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(undefined, {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}

/** Just the day: "3 May 2026". */
export function formatDay(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }).format(new Date(iso));
}
