import { createStore } from "zustand/vanilla";

import { parseTimerState, type TimerState, toggleTimer } from "./timer";

/** Where timers are saved: the tab's sessionStorage in the browser, a stand-in in tests. */
export type TimerStorage = Pick<Storage, "getItem" | "setItem">;

export interface TimerStore {
  /** Each presenter timer by its key; absent until `load` (or a change) brings it in. */
  timers: Readonly<Record<string, TimerState>>;
  /** Brings in the timer saved under `key`, or starts one at `now`. Once per key. */
  load: (key: string, now: number) => void;
  /** Pauses a running timer, or resumes a paused one. */
  toggle: (key: string, now: number) => void;
  /** Back to 0:00, still paused if it was. */
  reset: (key: string, now: number) => void;
}

/**
 * The presenters' timers: a vanilla store (no React), saved to `storage` on every change so a
 * reload of the tab keeps them. Storage that throws is ignored: the timer then starts again on
 * reload.
 */
export function createTimerStore(storage: () => TimerStorage | undefined) {
  const read = (key: string): TimerState | undefined => {
    try {
      return parseTimerState(JSON.parse(storage()?.getItem(key) ?? "null"));
    } catch {
      return undefined;
    }
  };
  return createStore<TimerStore>()((set, get) => {
    const save = (key: string, state: TimerState) => {
      set({ timers: { ...get().timers, [key]: state } });
      try {
        storage()?.setItem(key, JSON.stringify(state));
      } catch {
        // Refused or full: the timer runs on in memory.
      }
    };
    const current = (key: string, now: number) =>
      get().timers[key] ?? read(key) ?? { startedAt: now, pausedAt: null };
    return {
      timers: {},
      load: (key, now) => {
        if (get().timers[key]) return;
        set({ timers: { ...get().timers, [key]: current(key, now) } });
      },
      toggle: (key, now) => save(key, toggleTimer(current(key, now), now)),
      reset: (key, now) =>
        save(key, { startedAt: now, pausedAt: current(key, now).pausedAt !== null ? now : null }),
    };
  });
}
