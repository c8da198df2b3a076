/** Elapsed time as a presenter's timer shows it: `4:05`, or `1:02:09` past an hour. */
export function formatElapsed(milliseconds: number): string {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${ss}` : `${minutes}:${ss}`;
}

/** A presenter's timer: when it started and, while paused, when it was paused. */
export interface TimerState {
  startedAt: number;
  pausedAt: number | null;
}

/** Reads a saved timer; anything else (damaged, from another version) is undefined. */
export function parseTimerState(value: unknown): TimerState | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { startedAt, pausedAt } = value as Record<string, unknown>;
  if (typeof startedAt !== "number" || !Number.isFinite(startedAt)) return undefined;
  return {
    startedAt,
    pausedAt: typeof pausedAt === "number" && Number.isFinite(pausedAt) ? pausedAt : null,
  };
}

/** Pauses a running timer, or resumes a paused one without counting the pause. */
export function toggleTimer(state: TimerState, now: number): TimerState {
  return state.pausedAt === null
    ? { ...state, pausedAt: now }
    : { startedAt: state.startedAt + (now - state.pausedAt), pausedAt: null };
}

/** Milliseconds the timer has run by `now`. */
export function elapsedTime(state: TimerState, now: number): number {
  return Math.max(0, (state.pausedAt ?? now) - state.startedAt);
}
