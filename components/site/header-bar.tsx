import type { ComponentType, ReactNode } from "react";

type LinkComponent = ComponentType<{ href: string; className?: string; children: ReactNode }>;

function PlainLink({
  href,
  className,
  children,
}: {
  href: string;
  className?: string;
  children: ReactNode;
}) {
  // A trailing slash, as the export writes every page (next.config.mjs: trailingSlash).
  return (
    <a href={href === "/" ? href : `${href}/`} className={className}>
      {children}
    </a>
  );
}

const NAV_LINKS = [
  // On a phone the logo is the way home: three links and the switch do not fit.
  { href: "/", label: "Course", className: "hidden sm:block" },
  { href: "/quiz", label: "Quiz", className: "" },
  { href: "/progress", label: "Progress", className: "" },
];

/**
 * The bar at the top of a page: the course name, an optional search slot, the main links and an
 * optional slot at the end. It imports no client code itself, so a page that needs none (the
 * 404 document, whose client modules every page would otherwise download with the root layout)
 * can show it with plain links.
 */
export function HeaderBar({
  link: Link = PlainLink,
  search,
  end,
}: {
  link?: LinkComponent;
  search?: ReactNode;
  end?: ReactNode;
}) {
  return (
    <header className="no-print sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex h-14 max-w-[90rem] items-center gap-2 px-4 sm:gap-4 sm:px-6">
        <Link
          href="/"
          className="flex items-center gap-2 font-semibold text-slate-900 dark:text-white"
        >
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
            <rect width="32" height="32" rx="7" className="fill-accent-600 dark:fill-accent-500" />
            <path d="M7 18h18l-2.5 6h-13z" fill="#fff" />
            <path d="M10 11h4v5h-4zM15 11h4v5h-4zM15 6h4v4h-4z" fill="#fff" opacity=".85" />
          </svg>
          Dockside
        </Link>
        <div className="ml-auto">{search}</div>
        <nav aria-label="Main" className="flex items-center gap-0.5 text-sm sm:gap-1">
          {NAV_LINKS.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className={`${item.className} rounded-md px-2 py-2 text-slate-600 hover:bg-slate-100 hover:text-slate-900 sm:px-3 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white`}
            >
              {item.label}
            </Link>
          ))}
          {end}
        </nav>
      </div>
    </header>
  );
}
