"use client";

import { useEffect, useState } from "react";

import type { TocEntry } from "@/lib/content";

/**
 * "On this page": links to the lesson's sections. Without JavaScript it is a plain list; with
 * it, the section being read is highlighted as the reader scrolls.
 */
export function TableOfContents({ toc, idPrefix }: { toc: TocEntry[]; idPrefix: string }) {
  const [active, setActive] = useState<string | undefined>(undefined);

  useEffect(() => {
    const headings = toc
      .map((entry) => document.getElementById(entry.id))
      .filter((element): element is HTMLElement => element !== null);
    if (headings.length === 0) return;
    const update = () => {
      // The current section is the last heading above the top fifth of the viewport; none while
      // the reader is still in the introduction, above the first heading.
      const line = window.innerHeight * 0.2;
      let current: string | undefined;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top > line) break;
        current = heading.id;
      }
      const atBottom = window.innerHeight + window.scrollY >= document.body.scrollHeight - 2;
      setActive(atBottom ? headings[headings.length - 1]?.id : current);
    };
    // The first look waits for the next frame: asked now, right after hydration, the boxes would
    // cost a layout of their own in the middle of the page's start-up work. A page opened at the
    // top then marks nothing, and changes nothing, until the reader scrolls (unless its end is
    // already in view: then the last section is marked).
    const frame = requestAnimationFrame(update);
    window.addEventListener("scroll", update, { passive: true });
    window.addEventListener("hashchange", update);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", update);
      window.removeEventListener("hashchange", update);
    };
  }, [toc]);

  if (toc.length === 0) return null;
  const minDepth = Math.min(...toc.map((entry) => entry.depth));
  return (
    <nav aria-labelledby={`${idPrefix}-title`} className="text-sm">
      <p id={`${idPrefix}-title`} className="mb-3 font-semibold text-slate-900 dark:text-white">
        On this page
      </p>
      <ul className="space-y-1 border-l border-slate-200 dark:border-slate-800">
        {toc.map((entry) => {
          const current = entry.id === active;
          return (
            <li key={entry.id} style={{ paddingLeft: `${(entry.depth - minDepth) * 0.75}rem` }}>
              <a
                href={`#${entry.id}`}
                aria-current={current ? "location" : undefined}
                className={`-ml-px block border-l-2 py-1 pl-3 ${
                  current
                    ? "border-accent-600 text-accent-700 dark:border-accent-400 dark:text-accent-300 font-medium"
                    : "border-transparent text-slate-600 hover:border-slate-400 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white"
                }`}
              >
                {entry.text}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
