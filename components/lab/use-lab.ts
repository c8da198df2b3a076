"use client";

import { useEffect } from "react";
import { useStore } from "zustand";

import {
  createLabStore,
  type LabActions,
  type LabRuntime,
  type LabStore,
  type LabStoreState,
} from "@/lib/lab/store";

/**
 * The page's one lab store, created in the browser when the lab panel first mounts and read
 * from storage right after. Components read it through the hooks below.
 */
let lab: LabStore | undefined;
let failure: unknown;

function get(): LabStore {
  if (failure) throw failure;
  if (!lab) {
    try {
      lab = createLabStore({ backend: () => window.localStorage });
    } catch (error) {
      // createLab failed (an engine bug): the panel's error boundary says so.
      failure = error;
      throw error;
    }
    void lab.hydrate();
  }
  return lab;
}

/** A slice of the lab's state. `select` must return stable values (fields, not new objects). */
export function useLab<T>(select: (state: LabStoreState) => T): T {
  const { store } = get();
  return useStore(store, select);
}

/** Whether saving works, what was set aside, and whether the saved lab has been read. */
export function useLabRuntime<T>(select: (runtime: LabRuntime) => T): T {
  const { runtime } = get();
  return useStore(runtime, select);
}

/** The lab's actions: a stable object, safe in dependency lists. */
export function useLabActions(): LabActions {
  get();
  return actions;
}

const state = () => get().store.getState();

/**
 * The lab's state now, for an event handler (Tab completion) that needs it once: reading it
 * this way, the console does not re-render each time the clock moves the account on.
 */
export function currentLab() {
  return state().lab;
}

const actions: LabActions = {
  run: (text) => state().run(text),
  tick: (ms) => state().tick(ms),
  reset: () => state().reset(),
  setFile: (name, text) => state().setFile(name, text),
  showFile: (name) => state().showFile(name),
  paste: (text) => state().paste(text),
  setDraft: (text) => state().setDraft(text),
  clear: () => state().clear(),
};

/** Runs `effect` every `ms` while the page is visible; never while it is hidden. */
export function useWhileVisible(effect: () => void, ms: number, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setInterval> | undefined;
    const sync = () => {
      const visible = document.visibilityState === "visible";
      if (visible && timer === undefined) timer = setInterval(effect, ms);
      if (!visible && timer !== undefined) {
        clearInterval(timer);
        timer = undefined;
      }
    };
    sync();
    document.addEventListener("visibilitychange", sync);
    return () => {
      document.removeEventListener("visibilitychange", sync);
      if (timer !== undefined) clearInterval(timer);
    };
  }, [effect, ms, enabled]);
}
