"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef } from "react";

import { useSlideScope } from "@/components/slides/slide-scope";
import { useHydrated } from "@/components/ui/use-hydrated";

import type { LabDiagramData } from "./lab-diagram";
import { openLab, registerLab, setDrawer, useDrawer } from "./lab-bridge";

// The engine, the store and the panels live in this chunk, fetched only on a page with a lab,
// once its drawer opens. The drawer is fixed to the viewport and takes no room in the lesson,
// so its placeholder is nothing.
const LabPanel = dynamic(() => import("./lab-panel").then((m) => m.LabPanel), { ssr: false });

const CARD =
  "not-prose my-6 rounded-xl border border-accent-200 bg-accent-50/60 p-4 text-sm text-slate-700 dark:border-accent-800 dark:bg-accent-900/20 dark:text-slate-300";

/** The lab's card and drawer (see lab.tsx, which hands it the diagram's words). */
export function LabClient({ diagram }: { diagram: LabDiagramData }) {
  const slide = useSlideScope();
  if (slide) {
    return (
      <p className={CARD} data-lab-note="">
        This lesson has a hands-on lab: a simulated AWS account in the browser. Open the lesson page
        to use it.
      </p>
    );
  }
  return <LabCard diagram={diagram} />;
}

function LabCard({ diagram }: { diagram: LabDiagramData }) {
  const hydrated = useHydrated();
  const { open } = useDrawer();
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);

  useEffect(() => registerLab(), []);

  // Closing the drawer removes what had the focus: give it back to this button.
  useEffect(() => {
    if (wasOpen.current && !open && document.activeElement === document.body) {
      button.current?.focus();
    }
    wasOpen.current = open;
  }, [open]);

  return (
    <aside aria-label="About the lab" className={CARD} data-lab-card="">
      <p>
        <strong className="font-semibold text-slate-900 dark:text-white">Try it in the lab.</strong>{" "}
        This lesson runs in a simulated AWS account in your browser: no account, no cost. Type the
        lesson&rsquo;s <code>aws</code> and <code>docker</code> commands in its console, or use the
        &ldquo;Run in the lab&rdquo; button on a command.
      </p>
      <noscript>
        <p className="mt-2 font-medium">
          The lab needs JavaScript, which is turned off in this browser.
        </p>
      </noscript>
      {/* There from the first paint, so nothing moves when the page comes alive; hidden where
          scripts cannot run, and inert until they have. */}
      <button
        ref={button}
        type="button"
        aria-expanded={hydrated ? open : undefined}
        disabled={!hydrated}
        onClick={() => (open ? setDrawer({ open: false }) : openLab())}
        className="bg-accent-700 hover:bg-accent-800 dark:bg-accent-400 dark:hover:bg-accent-300 mt-3 rounded-md px-3 py-1.5 font-medium text-white disabled:opacity-60 dark:text-slate-950 [@media(scripting:none)]:hidden"
      >
        {open ? "Close the lab" : "Open the lab"}
      </button>
      {open ? <LabPanel diagram={diagram} /> : null}
    </aside>
  );
}
