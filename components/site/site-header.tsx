import Link from "next/link";

import { ThemeToggle } from "@/components/ui/theme-toggle";

/** The bar at the top of every page: the course name, main links, and the theme switch. */
export function SiteHeader() {
  return (
    <header className="no-print sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex h-14 max-w-[90rem] items-center gap-4 px-4 sm:px-6">
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
        <nav aria-label="Main" className="ml-auto flex items-center gap-0.5 text-sm sm:gap-1">
          {/* On a phone the logo is the way home: three links and the switch do not fit. */}
          {/* Quiz and Progress are not prefetched: they are client apps (~25 KB gzip of JS and
              ~35 KB of RSC data), and fetching them on every page view for a rare click cost
              more than it saves (issue 6). They load on click like any static page. */}
          {[
            { href: "/", label: "Course", className: "hidden sm:block", prefetch: null },
            { href: "/quiz", label: "Quiz", className: "", prefetch: false },
            { href: "/progress", label: "Progress", className: "", prefetch: false },
          ].map((link) => (
            <Link
              key={link.href}
              href={link.href}
              prefetch={link.prefetch}
              className={`${link.className} rounded-md px-2 py-2 text-slate-600 hover:bg-slate-100 hover:text-slate-900 sm:px-3 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white`}
            >
              {link.label}
            </Link>
          ))}
          <ThemeToggle />
        </nav>
      </div>
    </header>
  );
}
