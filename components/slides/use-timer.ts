"use client";

import { useCallback, useEffect } from "react";
import { useStore } from "zustand";

import { createTimerStore } from "@/lib/slides/timer-store";

const timers = createTimerStore(() => window.sessionStorage);

/**
 * A presenter's timer, kept in this tab's session storage under `key` so a reload keeps it.
 * Null on the server and until the page is hydrated, so the first render matches the HTML.
 */
export function useTimer(key: string) {
  useEffect(() => timers.getState().load(key, Date.now()), [key]);
  return {
    state: useStore(timers, (store) => store.timers[key] ?? null),
    toggle: useCallback(() => timers.getState().toggle(key, Date.now()), [key]),
    reset: useCallback(() => timers.getState().reset(key, Date.now()), [key]),
  };
}
