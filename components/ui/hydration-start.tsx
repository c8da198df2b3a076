"use client";

import { useEffect } from "react";

import { markHydrated } from "./use-hydrated";

/**
 * Marks the page hydrated (useHydrated). Placed last in the site document, its effect runs after
 * those of the page before it. Renders nothing.
 */
export function HydrationStart() {
  useEffect(() => markHydrated(), []);
  return null;
}
