import { IntentLink } from "@/components/ui/intent-link";
import type { LessonMeta } from "@/lib/content";

/** Previous / next lesson in course order. */
export function LessonPager({ previous, next }: { previous?: LessonMeta; next?: LessonMeta }) {
  if (!previous && !next) return null;
  const card =
    "group flex flex-col rounded-lg border border-slate-200 p-4 hover:border-accent-500 dark:border-slate-800 dark:hover:border-accent-400";
  return (
    <nav aria-label="Lessons" className="no-print mt-12 grid gap-4 sm:grid-cols-2">
      {previous ? (
        <IntentLink href={`/lessons/${previous.slug}`} rel="prev" className={card}>
          <span className="text-xs text-slate-500 dark:text-slate-400">Previous lesson</span>
          <span className="text-accent-700 dark:text-accent-300 font-medium group-hover:underline">
            ← {previous.title}
          </span>
        </IntentLink>
      ) : (
        <span />
      )}
      {next ? (
        <IntentLink href={`/lessons/${next.slug}`} rel="next" className={`${card} sm:text-right`}>
          <span className="text-xs text-slate-500 dark:text-slate-400">Next lesson</span>
          <span className="text-accent-700 dark:text-accent-300 font-medium group-hover:underline">
            {next.title} →
          </span>
        </IntentLink>
      ) : null}
    </nav>
  );
}
