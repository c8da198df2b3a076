"use client";

import { useCallback, useSyncExternalStore } from "react";

import { parseTimerState, type TimerState, toggleTimer } from "@/lib/slides/timer";

const listeners = new Set<() => void>();
const cache = new Map<string, TimerState>();

function read(key: string): TimerState {
  let state = cache.get(key);
  if (!state) {
    let saved: unknown = null;
    try {
      saved = JSON.parse(sessionStorage.getItem(key) ?? "null");
    } catch {
      // Unreadable or unavailable storage: start a fresh timer.
    }
    state = parseTimerState(saved) ?? { startedAt: Date.now(), pausedAt: null };
    cache.set(key, state);
  }
  return state;
}

function write(key: string, state: TimerState) {
  cache.set(key, state);
  try {
    sessionStorage.setItem(key, JSON.stringify(state));
  } catch {
    // The timer still runs; it just starts again on reload.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A presenter's timer, kept in this tab's session storage under `key` so a reload keeps it. */
export function useTimer(key: string) {
  const state = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  return {
    state,
    toggle: useCallback(() => write(key, toggleTimer(read(key), Date.now())), [key]),
    reset: useCallback(() => {
      const now = Date.now();
      write(key, { startedAt: now, pausedAt: read(key).pausedAt != null ? now : null });
    }, [key]),
  };
}
