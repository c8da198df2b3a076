import { createStore } from "zustand/vanilla";

/** Where claims are kept: the tab's sessionStorage in the browser, a stand-in in tests. */
export type ClaimStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const PREFIX = "dockside-quiz-attempt:";

export interface ClaimStore {
  /** The attempt this tab works on, per quiz id; null once read and found to be none. */
  claims: Readonly<Record<string, string | null>>;
  /** Reads the claim saved for `quizId`, once. */
  load: (quizId: string) => void;
  /** Makes `attemptId` the one this tab works on for `quizId`. */
  claim: (quizId: string, attemptId: string) => void;
  /** Forgets this tab's attempt for `quizId`. */
  release: (quizId: string) => void;
}

/**
 * Which attempt this tab is working on, per quiz: a vanilla store (no React) saved to `storage`.
 * In the browser that is sessionStorage, which belongs to one tab and survives a reload: a
 * reload resumes this tab's attempt (or shows its results again), while a second tab on the same
 * quiz starts its own attempt instead of taking this one over. Storage that throws is ignored:
 * the claim then lasts until the page unloads.
 */
export function createClaimStore(storage: () => ClaimStorage | undefined) {
  return createStore<ClaimStore>()((set, get) => {
    const save = (quizId: string, attemptId: string | null) => {
      set({ claims: { ...get().claims, [quizId]: attemptId } });
      try {
        if (attemptId === null) storage()?.removeItem(PREFIX + quizId);
        else storage()?.setItem(PREFIX + quizId, attemptId);
      } catch {
        // Refused: the store holds the claim in memory.
      }
    };
    return {
      claims: {},
      load: (quizId) => {
        if (quizId in get().claims) return;
        let saved: string | null = null;
        try {
          saved = storage()?.getItem(PREFIX + quizId) ?? null;
        } catch {
          // Refused: no claim survives a reload.
        }
        set({ claims: { ...get().claims, [quizId]: saved } });
      },
      claim: (quizId, attemptId) => save(quizId, attemptId),
      release: (quizId) => save(quizId, null),
    };
  });
}
