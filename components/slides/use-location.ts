"use client";

import { useLayoutEffect } from "react";
import { useStore } from "zustand";

import { createLocationStore, type LocationParts } from "@/lib/slides/location-store";

const locationStore = createLocationStore(() => window);

/**
 * Changes the address without a navigation (`push` adds a history entry) and tells every
 * component reading it with `useLocationParts`.
 */
export function setLocation(url: string, history: "push" | "replace") {
  locationStore.getState().navigate(url, history);
}

/**
 * The address's deck hash (see lib/slides/location-store.ts) and query, kept current through
 * back/forward, edits of the hash and `setLocation`. Empty on the server and during hydration,
 * so the first render matches the HTML; read in a layout effect, so before the first paint.
 */
export function useLocationParts(): LocationParts {
  useLayoutEffect(() => locationStore.getState().sync(), []);
  const hash = useStore(locationStore, (state) => state.hash);
  const search = useStore(locationStore, (state) => state.search);
  return { hash, search };
}
