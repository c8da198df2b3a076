import { describe, expect, it } from "vitest";

import {
  elapsedTime,
  formatElapsed,
  parseTimerState,
  type TimerState,
  toggleTimer,
} from "@/lib/slides/timer";

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;

describe("formatElapsed", () => {
  it("shows minutes and two-digit seconds under an hour", () => {
    expect(formatElapsed(0)).toBe("0:00");
    expect(formatElapsed(59 * second)).toBe("0:59");
    expect(formatElapsed(61 * second)).toBe("1:01");
    expect(formatElapsed(4 * minute + 5 * second)).toBe("4:05");
    expect(formatElapsed(59 * minute + 59 * second)).toBe("59:59");
  });

  it("counts whole seconds only", () => {
    expect(formatElapsed(999)).toBe("0:00");
    expect(formatElapsed(60 * second - 1)).toBe("0:59");
  });

  it("adds hours, with two-digit minutes, from an hour on", () => {
    expect(formatElapsed(hour)).toBe("1:00:00");
    expect(formatElapsed(hour + 2 * minute + 9 * second)).toBe("1:02:09");
    expect(formatElapsed(12 * hour + 34 * minute + 56 * second)).toBe("12:34:56");
  });

  it("shows 0:00 for a negative time (a clock set back)", () => {
    expect(formatElapsed(-5 * second)).toBe("0:00");
  });
});

describe("parseTimerState", () => {
  it("reads a running and a paused timer", () => {
    expect(parseTimerState({ startedAt: 1000, pausedAt: null })).toEqual({
      startedAt: 1000,
      pausedAt: null,
    });
    expect(parseTimerState({ startedAt: 1000, pausedAt: 5000 })).toEqual({
      startedAt: 1000,
      pausedAt: 5000,
    });
  });

  it("reads a timer saved as JSON", () => {
    const state: TimerState = { startedAt: 1_700_000_000_000, pausedAt: 1_700_000_060_000 };
    expect(parseTimerState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it("rejects a timer without a usable start", () => {
    expect(parseTimerState({ pausedAt: 5000 })).toBeUndefined();
    expect(parseTimerState({ startedAt: NaN, pausedAt: null })).toBeUndefined();
    expect(parseTimerState({ startedAt: Infinity, pausedAt: null })).toBeUndefined();
    expect(parseTimerState({ startedAt: "1000", pausedAt: null })).toBeUndefined();
  });

  it("rejects what is not an object", () => {
    expect(parseTimerState(null)).toBeUndefined();
    expect(parseTimerState(undefined)).toBeUndefined();
    expect(parseTimerState(1000)).toBeUndefined();
    expect(parseTimerState("running")).toBeUndefined();
  });

  it("treats a pausedAt that is not a number as running", () => {
    expect(parseTimerState({ startedAt: 1000, pausedAt: "5000" })?.pausedAt).toBeNull();
    expect(parseTimerState({ startedAt: 1000, pausedAt: NaN })?.pausedAt).toBeNull();
    expect(parseTimerState({ startedAt: 1000 })?.pausedAt).toBeNull();
  });
});

describe("toggleTimer and elapsedTime", () => {
  const started: TimerState = { startedAt: 0, pausedAt: null };

  it("runs from its start", () => {
    expect(elapsedTime(started, 90 * second)).toBe(90 * second);
  });

  it("stands still while paused", () => {
    const paused = toggleTimer(started, 10 * second);
    expect(paused.pausedAt).toBe(10 * second);
    expect(elapsedTime(paused, 10 * second)).toBe(10 * second);
    expect(elapsedTime(paused, 10 * minute)).toBe(10 * second);
  });

  it("does not count the pause after resuming", () => {
    const paused = toggleTimer(started, 10 * second);
    const resumed = toggleTimer(paused, 30 * second);
    expect(resumed.pausedAt).toBeNull();
    expect(elapsedTime(resumed, 30 * second)).toBe(10 * second);
    expect(elapsedTime(resumed, 35 * second)).toBe(15 * second);
  });

  it("adds up several pauses", () => {
    let state = started;
    state = toggleTimer(state, 10 * second); // pause after 10 s
    state = toggleTimer(state, 20 * second); // resume
    state = toggleTimer(state, 25 * second); // pause after 15 s
    state = toggleTimer(state, 60 * second); // resume
    expect(elapsedTime(state, 70 * second)).toBe(25 * second);
  });

  it("never goes below zero", () => {
    expect(elapsedTime({ startedAt: 5000, pausedAt: null }, 1000)).toBe(0);
  });
});
