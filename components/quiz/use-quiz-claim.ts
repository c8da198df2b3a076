"use client";

import { useSyncExternalStore } from "react";

/**
 * Which attempt this tab is working on, per quiz. Kept in sessionStorage, which belongs to one
 * tab and survives a reload: a reload resumes this tab's attempt (or shows its results again),
 * while a second tab on the same quiz starts its own attempt instead of taking this one over.
 */

const PREFIX = "dockside-quiz-attempt:";
const listeners = new Set<() => void>();
// Used when sessionStorage is refused: the claim then lasts until the page unloads.
const fallback = new Map<string, string>();

function read(quizId: string): string | undefined {
  try {
    return window.sessionStorage.getItem(PREFIX + quizId) ?? undefined;
  } catch {
    return fallback.get(quizId);
  }
}

function write(quizId: string, attemptId: string | undefined) {
  if (attemptId === undefined) fallback.delete(quizId);
  else fallback.set(quizId, attemptId);
  try {
    if (attemptId === undefined) window.sessionStorage.removeItem(PREFIX + quizId);
    else window.sessionStorage.setItem(PREFIX + quizId, attemptId);
  } catch {
    // Refused: the in-memory fallback above holds the claim.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * The attempt this tab works on for `quizId`; undefined on the server and before hydration.
 * `anySaved` false (no attempt saved at all, so none a claim could name) skips the read: the
 * first use of sessionStorage in a page is a synchronous call to the browser process, which a
 * lesson opened for the first time has no reason to pay for while it starts up.
 */
export function useClaimedAttempt(quizId: string, anySaved = true): string | undefined {
  return useSyncExternalStore(
    subscribe,
    () => (anySaved ? read(quizId) : undefined),
    () => undefined,
  );
}

/** Makes `attemptId` the one this tab works on for `quizId`. */
export function claimAttempt(quizId: string, attemptId: string) {
  write(quizId, attemptId);
}

/** Forgets this tab's attempt for `quizId` (back to the quiz's start screen). */
export function releaseAttempt(quizId: string) {
  write(quizId, undefined);
}
