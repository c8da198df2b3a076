"use client";

import { useEffect } from "react";

import { afterHydration } from "./use-hydrated";

/**
 * Asks for the page's after-hydration task on every page (lib/page/after-hydration.ts), so that
 * a component mounted after a client-side navigation (copy buttons, tabs) renders as live at
 * once, even when the first page had nothing that asked for it (a deck without code). Renders
 * nothing.
 */
export function HydrationStart() {
  useEffect(() => afterHydration.start(), []);
  return null;
}
