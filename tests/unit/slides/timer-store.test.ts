import { describe, expect, it } from "vitest";

import { createTimerStore, type TimerStorage } from "@/lib/slides/timer-store";

/** sessionStorage as a test needs it: a map, or one that refuses everything. */
function memoryStorage(
  entries: Record<string, string> = {},
): TimerStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(entries));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}
const refusing: TimerStorage = {
  getItem: () => {
    throw new DOMException("denied", "SecurityError");
  },
  setItem: () => {
    throw new DOMException("full", "QuotaExceededError");
  },
};

describe("the timer store", () => {
  it("starts a timer on first load, and keeps it on later loads", () => {
    const store = createTimerStore(() => memoryStorage());
    store.getState().load("t", 1_000);
    store.getState().load("t", 5_000);
    expect(store.getState().timers.t).toEqual({ startedAt: 1_000, pausedAt: null });
  });

  it("resumes the timer a reload finds saved", () => {
    const storage = memoryStorage({ t: JSON.stringify({ startedAt: 200, pausedAt: 900 }) });
    const store = createTimerStore(() => storage);
    store.getState().load("t", 5_000);
    expect(store.getState().timers.t).toEqual({ startedAt: 200, pausedAt: 900 });
  });

  it("starts afresh over a damaged saved value", () => {
    const store = createTimerStore(() => memoryStorage({ t: "{not json" }));
    store.getState().load("t", 7);
    expect(store.getState().timers.t).toEqual({ startedAt: 7, pausedAt: null });
  });

  it("pauses and resumes without counting the pause, and saves each change", () => {
    const storage = memoryStorage();
    const store = createTimerStore(() => storage);
    store.getState().load("t", 0);
    store.getState().toggle("t", 10_000);
    expect(store.getState().timers.t).toEqual({ startedAt: 0, pausedAt: 10_000 });
    store.getState().toggle("t", 25_000);
    expect(store.getState().timers.t).toEqual({ startedAt: 15_000, pausedAt: null });
    expect(JSON.parse(storage.data.get("t")!)).toEqual({ startedAt: 15_000, pausedAt: null });
  });

  it("resets to zero, staying paused if it was", () => {
    const store = createTimerStore(() => memoryStorage());
    store.getState().load("t", 0);
    store.getState().reset("t", 50);
    expect(store.getState().timers.t).toEqual({ startedAt: 50, pausedAt: null });
    store.getState().toggle("t", 60);
    store.getState().reset("t", 90);
    expect(store.getState().timers.t).toEqual({ startedAt: 90, pausedAt: 90 });
  });

  it("keeps separate timers per key", () => {
    const store = createTimerStore(() => memoryStorage());
    store.getState().load("a", 1);
    store.getState().toggle("b", 2);
    expect(store.getState().timers).toEqual({
      a: { startedAt: 1, pausedAt: null },
      b: { startedAt: 2, pausedAt: 2 },
    });
  });

  it("runs in memory when storage refuses", () => {
    const store = createTimerStore(() => refusing);
    store.getState().load("t", 3);
    store.getState().toggle("t", 4);
    expect(store.getState().timers.t).toEqual({ startedAt: 3, pausedAt: 4 });
  });
});
