import type { AdmonitionType } from "@/lib/content/components";

const styles: Record<AdmonitionType, { label: string; box: string; icon: string }> = {
  note: {
    label: "Note",
    box: "border-slate-400 bg-slate-50 dark:border-slate-500 dark:bg-slate-900",
    icon: "M12 8h.01M11 12h1v4h1",
  },
  info: {
    label: "Info",
    box: "border-sky-500 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/60",
    icon: "M12 8h.01M11 12h1v4h1",
  },
  tip: {
    label: "Tip",
    box: "border-emerald-500 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/50",
    icon: "M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9V16h7v-2.1A6 6 0 0 0 12 3z",
  },
  warning: {
    label: "Warning",
    box: "border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/50",
    icon: "M12 9v4M12 17h.01M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z",
  },
  caution: {
    label: "Caution",
    box: "border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/50",
    icon: "M12 9v4M12 17h.01M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z",
  },
  danger: {
    label: "Danger",
    box: "border-rose-600 bg-rose-50 dark:border-rose-400 dark:bg-rose-950/50",
    icon: "M12 8v5M12 16h.01M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9z",
  },
};

/**
 * A call-out box. Authors usually write the Docusaurus form, which the loader turns into this:
 *
 * ```mdx
 * :::tip[Remember]
 * ECR stores images; ECS runs them.
 * :::
 * ```
 *
 * or the tag itself: `<Admonition type="warning" title="Costs money">…</Admonition>`.
 */
export function Admonition({
  type = "note",
  title,
  children,
}: {
  type?: AdmonitionType;
  title?: string;
  children?: React.ReactNode;
}) {
  const style = styles[type] ?? styles.note;
  return (
    <div
      role="note"
      aria-label={title ?? style.label}
      className={`not-prose my-6 rounded-lg border-l-4 px-4 py-3 text-[0.95rem] leading-relaxed text-slate-800 dark:text-slate-200 ${style.box}`}
    >
      <p className="mb-1 flex items-center gap-2 font-semibold">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5 shrink-0"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          {type === "note" || type === "info" ? <circle cx="12" cy="12" r="10" /> : null}
          <path d={style.icon} />
        </svg>
        {title ?? style.label}
      </p>
      <div className="prose prose-slate dark:prose-invert prose-p:my-2 prose-ul:my-2 max-w-none">
        {children}
      </div>
    </div>
  );
}
