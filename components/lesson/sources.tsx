/**
 * "Sources": the pages a lesson's facts come from, and the day they were checked, from the
 * lesson's `sources` and `checked` frontmatter. Shown at the end of the lesson.
 */
export function Sources({
  sources,
  checked,
}: {
  sources: { title: string; url: string }[];
  checked?: string;
}) {
  if (sources.length === 0) return null;
  return (
    <section
      aria-labelledby="lesson-sources"
      className="mt-12 border-t border-slate-200 pt-6 dark:border-slate-800"
    >
      <h2
        id="lesson-sources"
        className="text-lg font-semibold tracking-tight text-slate-900 dark:text-white"
      >
        Sources
      </h2>
      {checked ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {"Facts checked against these pages on "}
          <time dateTime={checked}>{formatDate(checked)}</time>.
        </p>
      ) : null}
      <ul className="mt-3 space-y-1.5 text-[0.95rem]">
        {sources.map((source) => (
          <li key={source.url} className="flex gap-2">
            <span aria-hidden="true" className="text-slate-400 dark:text-slate-500">
              ↗
            </span>
            <a
              href={source.url}
              className="text-accent-700 dark:text-accent-300 break-words underline underline-offset-2 hover:no-underline"
            >
              {source.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** `2026-12-02` → `2 December 2026`, the same on the server and in every time zone. */
function formatDate(day: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));
}
