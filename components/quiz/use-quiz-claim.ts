"use client";

import { useEffect } from "react";
import { useStore } from "zustand";

import { createClaimStore } from "@/lib/quiz/claims";

const claims = createClaimStore(() => window.sessionStorage);

/**
 * The attempt this tab works on for `quizId` (see lib/quiz/claims.ts); undefined on the server
 * and until the page is hydrated. `anySaved` false (no attempt saved at all, so none a claim
 * could name) skips the read: the first use of sessionStorage in a page is a synchronous call to
 * the browser process, which a lesson opened for the first time has no reason to pay for while
 * it starts up.
 */
export function useClaimedAttempt(quizId: string, anySaved = true): string | undefined {
  useEffect(() => {
    if (anySaved) claims.getState().load(quizId);
  }, [quizId, anySaved]);
  const claimed = useStore(claims, (store) => store.claims[quizId]);
  return anySaved ? (claimed ?? undefined) : undefined;
}

/** Makes `attemptId` the one this tab works on for `quizId`. */
export function claimAttempt(quizId: string, attemptId: string) {
  claims.getState().claim(quizId, attemptId);
}

/** Forgets this tab's attempt for `quizId` (back to the quiz's start screen). */
export function releaseAttempt(quizId: string) {
  claims.getState().release(quizId);
}
