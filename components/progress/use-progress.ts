"use client";

import { useEffect, useMemo } from "react";
import { useStore } from "zustand";
import { createStore, type StoreApi } from "zustand/vanilla";

import { entryOf } from "@/lib/progress/entries";
import type { ProgressData } from "@/lib/progress/schema";
import { PROGRESS_KEY } from "@/lib/progress/key";
import { openAttemptOf, summarizeQuiz } from "@/lib/progress/selectors";
import type { ProgressActions, ProgressRuntime, ProgressStore } from "@/lib/progress/store";

/**
 * The learner's progress in the browser: one store per page, created on first use in the
 * browser and never on the server. Components read it through the hooks below, which return
 * the empty state during server rendering and hydration, so the first client render matches
 * the HTML; saved progress appears right after (check `useProgressHydrated` before showing
 * "no attempts yet").
 *
 * The store, with the zod schemas that check what storage holds, is a separate chunk that a
 * page loads only when it needs it: when something is saved (or storage refuses us, which the
 * store reports), when another tab saves, or when a component that changes progress mounts
 * (`useProgressActions`). A first visit to a lesson
 * or the home page, with nothing saved, shows the empty state without loading it. Until the
 * store has loaded and read storage, `useProgressHydrated` is false, which the UI waits for
 * before enabling anything that changes progress.
 */

type Modules = [
  typeof import("@/lib/progress/store"),
  typeof import("@/lib/progress/storage"),
  typeof import("@/lib/progress/file"),
];

interface Loaded {
  progress: ProgressStore;
  store: Modules[0];
  storage: Modules[1];
  file: Modules[2];
}

/**
 * What the page knows before and after loading the store: the store once it has read storage;
 * whether storage is known to hold nothing of ours (then the empty state is the saved one); and
 * whether a component that changes progress at any moment has mounted (then the store is needed).
 */
interface Gate {
  loaded: Loaded | null;
  empty: boolean;
  wanted: boolean;
}
const gate = createStore<Gate>(() => ({ loaded: null, empty: false, wanted: false }));
let loading: Promise<void> | undefined;

/**
 * Loads the store once, reads saved progress, and from then on merges what other tabs save.
 * The page switches to the store only once it has read storage, so what it shows goes from the
 * empty state straight to the saved one.
 */
function load(): Promise<void> {
  loading ??= Promise.all([
    import("@/lib/progress/store"),
    import("@/lib/progress/storage"),
    import("@/lib/progress/file"),
  ])
    .catch((error: unknown) => {
      // The network failed us: forget this try, so the next one fetches the chunks again.
      loading = undefined;
      throw error;
    })
    .then(async ([store, storage, file]) => {
      const progress = store.createProgressStore({ backend: () => window.localStorage });
      window.addEventListener("storage", (event) => {
        if (event.key === progress.key) progress.receiveRaw(event.newValue);
      });
      await progress.hydrate();
      gate.setState({ loaded: { progress, store, storage, file } });
    });
  return loading;
}

/**
 * True when storage works and holds nothing of ours: then the empty state is the saved state,
 * and reading it needs no store. Anything else (saved progress, a set-aside value, storage
 * that refuses) goes through the store, which validates, migrates and reports.
 */
function nothingSaved(): boolean {
  try {
    const storage = window.localStorage;
    for (let i = 0; i < storage.length; i++) {
      if (storage.key(i)?.startsWith(PROGRESS_KEY)) return false;
    }
    const probe = "dockside-probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

let checked = false;

/** Decides once per page whether the store is needed to show saved progress. */
function check() {
  if (checked) return;
  checked = true;
  if (!nothingSaved()) {
    load();
    return;
  }
  gate.setState({ empty: true });
  // Another tab saving is the one way storage changes under a page that has not loaded the
  // store; load it then, and it reads what was saved (and merges from then on).
  window.addEventListener("storage", function onStorage(event) {
    if (event.key === null || event.key.startsWith(PROGRESS_KEY)) {
      window.removeEventListener("storage", onStorage);
      load();
    }
  });
}

const EMPTY: ProgressData = { attempts: [], active: [], read: {}, clearedAt: null };
const SERVER_RUNTIME: ProgressRuntime = { hydrated: false, storage: "ok", setAside: [] };
const NOTHING_SAVED: ProgressRuntime = { hydrated: true, storage: "ok", setAside: [] };

/** Stand-ins read until the store has loaded: the same every time, as hooks need. */
const emptyData: StoreApi<ProgressData> = createStore<ProgressData>(() => EMPTY);
const serverRuntime = createStore<ProgressRuntime>(() => SERVER_RUNTIME);

/**
 * Every reader asks, once the page is hydrated, whether the store is needed to show saved
 * progress (check). Until it has loaded, readers get the empty state.
 */
function useData<T>(select: (data: ProgressData) => T): T {
  useEffect(check, []);
  const loaded = useStore(gate, (state) => state.loaded);
  return useStore(loaded ? loaded.progress.store : emptyData, select);
}

function useRuntime<T>(select: (runtime: ProgressRuntime) => T): T {
  useEffect(check, []);
  const loaded = useStore(gate, (state) => state.loaded);
  const known = useStore(gate, (state) => state.empty && !state.wanted);
  const runtime = useStore(loaded ? loaded.progress.runtime : serverRuntime, select);
  return loaded ? runtime : select(known ? NOTHING_SAVED : SERVER_RUNTIME);
}

/** The store, once loaded. Callers act only after `useProgressHydrated`, which implies it. */
function ready(): Loaded {
  const { loaded } = gate.getState();
  if (!loaded) throw new Error("Progress is not loaded yet: wait for useProgressHydrated()");
  return loaded;
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
  return useData((data) => entryOf(data.read, slug)?.read ?? false);
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

const state = () => ready().progress.store.getState();

const actions: ProgressActions = {
  startAttempt: (input) => state().startAttempt(input),
  answer: (...args) => state().answer(...args),
  toggleOption: (...args) => state().toggleOption(...args),
  moveStep: (...args) => state().moveStep(...args),
  setConfidence: (...args) => state().setConfidence(...args),
  check: (...args) => state().check(...args),
  moveTo: (...args) => state().moveTo(...args),
  setMode: (...args) => state().setMode(...args),
  finish: (...args) => state().finish(...args),
  abandon: (...args) => state().abandon(...args),
  setRead: (...args) => state().setRead(...args),
  importData: (...args) => state().importData(...args),
  reset: () => state().reset(),
  receive: (...args) => state().receive(...args),
};

/**
 * The actions that change progress, for a component that may act at any moment (the Progress
 * page's import, export and reset): mounting it loads the store, and `useProgressHydrated` is
 * false until it has. A stable object: safe in dependency lists.
 */
export function useProgressActions(): ProgressActions {
  useEffect(() => {
    const { loaded, wanted } = gate.getState();
    if (loaded || wanted) return;
    gate.setState({ wanted: true });
    void load();
  }, []);
  return actions;
}

/**
 * The actions that change progress, once the store has loaded and read storage: for a button
 * that changes progress on a page that otherwise only shows it (a lesson's "mark as read" and
 * its quiz's start), so the page loads the store when the learner acts, not on every visit.
 */
export async function progressReady(): Promise<ProgressActions> {
  await load();
  return actions;
}

/**
 * The actions, without loading anything: only for what acts on state the store has already
 * shown (an attempt in progress exists only once the store has loaded).
 */
export const loadedProgressActions: ProgressActions = actions;

/** The learner's progress as an export file (name and JSON text). */
export function exportProgress(now: Date): { name: string; text: string } {
  return {
    name: ready().file.exportFileName(now),
    text: ready().file.toExportFile(ready().store.pickData(state()), now),
  };
}

/** A value set aside under the progress key: its storage key and the text it held. */
export interface SetAsideValue {
  key: string;
  value: string;
}

/** Values set aside under the progress key (this visit or earlier), newest first. */
function readSetAside(): SetAsideValue[] {
  try {
    const { storage, store } = ready();
    return storage.listSetAside(window.localStorage, store.PROGRESS_KEY);
  } catch {
    return [];
  }
}

const setAside = createStore<{ values: SetAsideValue[] }>(() => ({ values: [] }));
const refreshSetAside = () => setAside.setState({ values: readSetAside() });

/**
 * Values set aside under the progress key, newest first: empty until saved progress has been
 * read, then kept current as this tab deletes them and other tabs change storage.
 */
export function useSetAsideValues(): SetAsideValue[] {
  const hydrated = useProgressHydrated();
  useEffect(() => {
    if (!hydrated) return;
    refreshSetAside();
    window.addEventListener("storage", refreshSetAside);
    return () => window.removeEventListener("storage", refreshSetAside);
  }, [hydrated]);
  return useStore(setAside, (state) => state.values);
}

/** Deletes one set-aside value for good. */
export function deleteSetAside(key: string) {
  try {
    if (key.startsWith(`${ready().store.PROGRESS_KEY}.set-aside.`))
      window.localStorage.removeItem(key);
  } catch {
    // Storage refused: there is nothing we can delete.
  }
  refreshSetAside();
}
