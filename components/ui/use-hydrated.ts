"use client";

import { useSyncExternalStore } from "react";

import { createAfterHydration } from "@/lib/page/after-hydration";

/** The page's one queue of work for after hydration (see lib/page/after-hydration.ts). */
export const afterHydration = createAfterHydration();

/**
 * False on the server and while React hydrates the page; true from the task after that, and
 * at once in components mounted later (after a client-side navigation; every page asks for that
 * task, see HydrationStart).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(afterHydration.subscribe, afterHydration.hydrated, () => false);
}
