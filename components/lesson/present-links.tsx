import Link from "next/link";

/**
 * Links from a lesson to its deck: the slides, the presenter view and the printable handout.
 * Not prefetched: each deck page carries every slide, too much to fetch for every reader on the
 * chance that one of them presents.
 */
export function PresentLinks({ slug }: { slug: string }) {
  const link =
    "text-accent-700 dark:text-accent-300 rounded-md px-1.5 py-0.5 font-medium hover:underline";
  return (
    <nav
      aria-label="Present this lesson"
      className="no-print flex flex-wrap items-center gap-x-1 text-sm text-slate-600 dark:text-slate-400"
    >
      <span>Present this lesson:</span>
      <Link href={`/lessons/${slug}/slides`} prefetch={false} className={link}>
        Slides
      </Link>
      <span aria-hidden="true">·</span>
      <Link href={`/lessons/${slug}/presenter`} prefetch={false} className={link}>
        Presenter view
      </Link>
      <span aria-hidden="true">·</span>
      <Link href={`/lessons/${slug}/handout`} prefetch={false} className={link}>
        Handout
      </Link>
    </nav>
  );
}
