import { EarlyInputScript } from "@/components/ui/early-input-script";
import { HydrationStart } from "@/components/ui/hydration-start";
import { ThemeScript } from "@/components/ui/theme-script";

/**
 * The HTML document around every page: the root layout's and the 404 page's (a global
 * not-found page is a document of its own). The theme script sets a class on <html> before
 * React hydrates, hence suppressHydrationWarning; the early-input script keeps keys and clicks
 * made before the page is live (components/ui/early-input.ts); the skip link is the first stop for keyboard
 * users, jumping past the header to the page's `#main`. HydrationStart marks the page hydrated
 * (components/ui/hydration-start.tsx).
 */
export function SiteDocument({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- the App Router root document (rendered by app/layout.tsx and app/global-not-found.tsx), where <head> is right; next/head is for the pages router */}
      <head>
        <ThemeScript />
        <EarlyInputScript />
      </head>
      <body className="min-h-screen">
        <a
          href="#main"
          className="bg-accent-700 sr-only z-50 rounded-md px-4 py-2 text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        {children}
        <HydrationStart />
      </body>
    </html>
  );
}
