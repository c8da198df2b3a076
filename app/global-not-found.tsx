import type { Metadata, Viewport } from "next";

import { HeaderBar } from "@/components/site/header-bar";
import { siteIcons } from "@/components/site/icon";
import { SiteDocument } from "@/components/site/site-document";
import { siteViewport } from "@/components/site/viewport";
import { getCourse } from "@/lib/content";

import "./globals.css";

export const metadata: Metadata = { title: "Page not found · Dockside", icons: siteIcons };
export const viewport: Viewport = siteViewport;

/**
 * The 404 page for every address the course does not have. A global not-found page is its own
 * document (so it is not carried, with its list of lessons, inside every other page's payload
 * as a root not-found.tsx would be). It uses no client component and no next/link: the root
 * layout's client chunk carries whatever this page imports, so every page would download it.
 * Plain links reload the page, which is what leaving a 404 should do anyway.
 */
export default async function GlobalNotFound() {
  const course = await getCourse();
  return (
    <SiteDocument>
      <HeaderBar />
      <main id="main" className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
        <p className="text-accent-700 dark:text-accent-300 text-sm font-semibold">404</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
          This page is not in the course
        </h1>
        <p className="mt-4 text-slate-600 dark:text-slate-400">
          The link may be old or mistyped. Your progress is safe. Pick a lesson below, or go back to
          the course home.
        </p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a plain link on purpose: see above */}
        <a
          href="/"
          className="bg-accent-700 hover:bg-accent-800 dark:bg-accent-500 mt-6 inline-flex rounded-lg px-4 py-2 font-medium text-white dark:text-slate-950"
        >
          Back to the course
        </a>
        <h2 className="mt-10 text-lg font-semibold text-slate-900 dark:text-white">All lessons</h2>
        <ol className="mt-3 list-decimal space-y-1 pl-6">
          {course.lessons.map((lesson) => (
            <li key={lesson.slug}>
              <a
                href={`/lessons/${lesson.slug}/`}
                className="text-accent-700 dark:text-accent-300 hover:underline"
              >
                {lesson.title}
              </a>
            </li>
          ))}
        </ol>
      </main>
    </SiteDocument>
  );
}
