"use client";

import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";

/**
 * Whether React has hydrated the page: false on the server and while hydrating, true from the
 * root's effects on (HydrationStart, the last thing in the site document), and so at once in a
 * component mounted later, after a client-side navigation.
 */
export const hydration = createStore<{ hydrated: boolean }>(() => ({ hydrated: false }));

/** Marks the page hydrated; called once, by HydrationStart. */
export function markHydrated() {
  if (!hydration.getState().hydrated) hydration.setState({ hydrated: true });
}

/** False on the server and while React hydrates the page; true from then on. */
export function useHydrated(): boolean {
  return useStore(hydration, (state) => state.hydrated);
}
