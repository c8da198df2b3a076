import { SearchButton } from "@/components/search/search-button";
import { IntentLink } from "@/components/ui/intent-link";
import { ThemeToggle } from "@/components/ui/theme-toggle";

/** The bar at the top of every page: the course name, search, main links, and the theme switch. */
export function SiteHeader() {
  return (
    <header className="no-print sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex h-14 max-w-[90rem] items-center gap-2 px-4 sm:gap-4 sm:px-6">
        <IntentLink
          href="/"
          className="flex items-center gap-2 font-semibold text-slate-900 dark:text-white"
        >
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
            <rect width="32" height="32" rx="7" className="fill-accent-600 dark:fill-accent-500" />
            <path d="M7 18h18l-2.5 6h-13z" fill="#fff" />
            <path d="M10 11h4v5h-4zM15 11h4v5h-4zM15 6h4v4h-4z" fill="#fff" opacity=".85" />
          </svg>
          Dockside
        </IntentLink>
        <div className="ml-auto">
          <SearchButton />
        </div>
        <nav aria-label="Main" className="flex items-center gap-0.5 text-sm sm:gap-1">
          {/* On a phone the logo is the way home: three links and the switch do not fit. */}
          {[
            { href: "/", label: "Course", className: "hidden sm:block" },
            { href: "/quiz", label: "Quiz", className: "" },
            { href: "/progress", label: "Progress", className: "" },
          ].map((link) => (
            <IntentLink
              key={link.href}
              href={link.href}
              className={`${link.className} rounded-md px-2 py-2 text-slate-600 hover:bg-slate-100 hover:text-slate-900 sm:px-3 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white`}
            >
              {link.label}
            </IntentLink>
          ))}
          <ThemeToggle />
        </nav>
      </div>
    </header>
  );
}
