import { IntentLink } from "@/components/ui/intent-link";

/** Course › Module › Lesson. */
export function Breadcrumbs({ module, lesson }: { module?: string; lesson: string }) {
  return (
    <nav
      aria-label="Breadcrumb"
      className="no-print mb-4 text-sm text-slate-500 dark:text-slate-400"
    >
      <ol className="flex flex-wrap items-center gap-1.5">
        <li>
          <IntentLink
            href="/"
            className="hover:text-slate-900 hover:underline dark:hover:text-white"
          >
            Course
          </IntentLink>
        </li>
        {module ? (
          <li className="flex items-center gap-1.5">
            <span aria-hidden="true">›</span>
            <span>{module}</span>
          </li>
        ) : null}
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true">›</span>
          <span aria-current="page" className="text-slate-700 dark:text-slate-300">
            {lesson}
          </span>
        </li>
      </ol>
    </nav>
  );
}
