"use client";

import { useMemo, useSyncExternalStore } from "react";

import { exportFileName, toExportFile } from "@/lib/progress/file";
import { emptyProgress, type ProgressData } from "@/lib/progress/schema";
import { openAttemptOf, summarizeQuiz } from "@/lib/progress/selectors";
import {
  createProgressStore,
  pickData,
  PROGRESS_KEY,
  type ProgressActions,
  type ProgressRuntime,
  type ProgressStore,
} from "@/lib/progress/store";
import { listSetAside } from "@/lib/progress/storage";

/**
 * The learner's progress in the browser: one store per page, created on first use in the
 * browser and never on the server. Components read it through the hooks below, which return
 * the empty state during server rendering and hydration, so the first client render matches
 * the HTML; saved progress appears right after (check `useProgressHydrated` before showing
 * "no attempts yet").
 */

let instance: ProgressStore | undefined;
let started = false;

function progress(): ProgressStore {
  instance ??= createProgressStore({ backend: () => window.localStorage });
  return instance;
}

/** Reads saved progress once, and from then on merges what other tabs save. */
function start() {
  if (started) return;
  started = true;
  const current = progress();
  window.addEventListener("storage", (event) => {
    if (event.key === current.key) current.receiveRaw(event.newValue);
  });
  void current.hydrate();
}

const subscribeData = (onChange: () => void) => {
  const unsubscribe = progress().store.subscribe(onChange);
  start();
  return unsubscribe;
};

const subscribeRuntime = (onChange: () => void) => {
  const unsubscribe = progress().runtime.subscribe(onChange);
  start();
  return unsubscribe;
};

const EMPTY: ProgressData = emptyProgress();
const SERVER_RUNTIME: ProgressRuntime = { hydrated: false, storage: "ok", setAside: [] };

function useData<T>(select: (data: ProgressData) => T): T {
  return useSyncExternalStore(
    subscribeData,
    () => select(progress().store.getState()),
    () => select(EMPTY),
  );
}

function useRuntime<T>(select: (runtime: ProgressRuntime) => T): T {
  return useSyncExternalStore(
    subscribeRuntime,
    () => select(progress().runtime.getState()),
    () => select(SERVER_RUNTIME),
  );
}

/** False on the server and until saved progress has been read in the browser. */
export function useProgressHydrated(): boolean {
  return useRuntime((runtime) => runtime.hydrated);
}

/** Whether progress is being saved: `ok`, `unavailable` or `full`. */
export function useStorageStatus() {
  return useRuntime((runtime) => runtime.storage);
}

/** Unreadable values set aside during this visit. */
export function useSetAsideNotices() {
  return useRuntime((runtime) => runtime.setAside);
}

/** Every finished attempt, oldest first. */
export function useAttempts() {
  return useData((data) => data.attempts);
}

/** Attempts in progress (and abandoned ones). */
export function useActiveAttempts() {
  return useData((data) => data.active);
}

/** Read marks by lesson slug. */
export function useReadMarks() {
  return useData((data) => data.read);
}

/** Whether a lesson is marked read. */
export function useLessonRead(slug: string): boolean {
  return useData((data) => data.read[slug]?.read ?? false);
}

/** Best and latest whole-quiz score of a quiz. */
export function useQuizSummary(quizId: string) {
  const attempts = useAttempts();
  return useMemo(() => summarizeQuiz(attempts, quizId), [attempts, quizId]);
}

/** The unfinished attempt of a quiz changed last, if any. */
export function useOpenAttempt(quizId: string) {
  const active = useActiveAttempts();
  return useMemo(() => openAttemptOf(active, quizId), [active, quizId]);
}

const state = () => progress().store.getState();

const actions: ProgressActions = {
  startAttempt: (input) => state().startAttempt(input),
  answer: (...args) => state().answer(...args),
  toggleOption: (...args) => state().toggleOption(...args),
  moveStep: (...args) => state().moveStep(...args),
  check: (...args) => state().check(...args),
  moveTo: (...args) => state().moveTo(...args),
  finish: (...args) => state().finish(...args),
  abandon: (...args) => state().abandon(...args),
  setRead: (...args) => state().setRead(...args),
  importData: (...args) => state().importData(...args),
  reset: () => state().reset(),
  receive: (...args) => state().receive(...args),
};

/** The actions that change progress. A stable object: safe in dependency lists. */
export function useProgressActions(): ProgressActions {
  return actions;
}

/** The learner's progress as an export file (name and JSON text). */
export function exportProgress(now: Date): { name: string; text: string } {
  return {
    name: exportFileName(now),
    text: toExportFile(pickData(state()), now),
  };
}

/** Values set aside under the progress key (this visit or earlier), newest first. */
export function readSetAside(): { key: string; value: string }[] {
  try {
    return listSetAside(window.localStorage, PROGRESS_KEY);
  } catch {
    return [];
  }
}

/** Deletes one set-aside value for good. */
export function deleteSetAside(key: string) {
  try {
    if (key.startsWith(`${PROGRESS_KEY}.set-aside.`)) window.localStorage.removeItem(key);
  } catch {
    // Storage refused: there is nothing we can delete.
  }
}
