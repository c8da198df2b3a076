"use client";

import { useEffect, useRef, useState } from "react";

import { EARLY_CLICK_ATTRIBUTE, replayEarlyClicks } from "./early-input";
import { THEME_STORAGE_KEY } from "./theme-script";

/**
 * Switches light/dark and remembers the choice. Until the reader chooses, the theme follows
 * the system setting, live.
 */
export function ThemeToggle() {
  const [dark, setDark] = useState<boolean | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const root = document.documentElement;
    const media = matchMedia("(prefers-color-scheme: dark)");
    const follow = (systemDark: boolean) => {
      if (!readChoice()) root.classList.toggle("dark", systemDark);
      setDark(root.classList.contains("dark"));
    };
    // The page is painted before its scripts run: the system may have changed since the inline
    // theme script looked.
    follow(media.matches);
    const onSystemChange = (event: MediaQueryListEvent) => follow(event.matches);
    media.addEventListener("change", onSystemChange);
    // A click made before this was live counts now.
    if (button.current) replayEarlyClicks(button.current);
    return () => media.removeEventListener("change", onSystemChange);
  }, []);

  const toggle = () => {
    const next = !document.documentElement.classList.contains("dark");
    document.documentElement.classList.toggle("dark", next);
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next ? "dark" : "light");
    } catch {
      // Storage unavailable (private mode, blocked): the switch still works for this page.
    }
    setDark(next);
  };

  return (
    <button
      ref={button}
      type="button"
      onClick={toggle}
      {...{ [EARLY_CLICK_ATTRIBUTE]: "" }}
      aria-pressed={dark ?? undefined}
      aria-label="Dark mode"
      title="Toggle dark mode"
      className="no-print inline-flex size-10 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
    >
      {/* Both icons are rendered; CSS shows the right one, so there is no flash before hydration. */}
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-5 dark:hidden"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="hidden size-5 dark:block"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
    </button>
  );
}

function readChoice(): string | null {
  try {
    return localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null;
  }
}
