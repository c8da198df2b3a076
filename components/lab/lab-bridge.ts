"use client";

import { useSyncExternalStore } from "react";

/**
 * The small part of the lab every lesson page carries: whether the page has a lab, whether its
 * drawer is open (and how tall, on which tab), and what code blocks ask of it. The lab itself
 * (engine, store, console) is a chunk of its own, loaded only on pages with `<Lab />` once the
 * drawer opens; until it has loaded, requests wait here. Nothing here imports it: keep it so,
 * or every lesson would download the lab.
 */

export type LabTab = "console" | "files" | "resources";
export type DrawerSize = "normal" | "tall";

export interface DrawerState {
  open: boolean;
  size: DrawerSize;
  tab: LabTab;
}

/** What a code block asks of the lab. */
export type LabRequest =
  { kind: "paste"; text: string } | { kind: "file"; name: string; text: string };

/** localStorage key of the drawer's state; the lab's own is LAB_KEY in lib/lab/store.ts. */
export const DRAWER_KEY = "dockside-lab-drawer";

const CLOSED: DrawerState = { open: false, size: "normal", tab: "console" };

let drawer: DrawerState = CLOSED;
let drawerRead = false;
let labs = 0;
let handler: ((request: LabRequest) => void) | undefined;
let focusWanted: string | undefined;
const pending: LabRequest[] = [];
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function readDrawer(): DrawerState {
  if (drawerRead) return drawer;
  drawerRead = true;
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(DRAWER_KEY) ?? "null");
    if (typeof saved === "object" && saved !== null) {
      const { open, size, tab } = saved as Partial<DrawerState>;
      drawer = {
        open: open === true,
        size: size === "tall" ? "tall" : "normal",
        tab: tab === "files" || tab === "resources" ? tab : "console",
      };
    }
  } catch {
    // Unreadable or refused: the drawer starts closed.
  }
  return drawer;
}

/** Changes the drawer's state, and remembers it for the next visit. */
export function setDrawer(change: Partial<DrawerState>) {
  drawer = { ...readDrawer(), ...change };
  try {
    localStorage.setItem(DRAWER_KEY, JSON.stringify(drawer));
  } catch {
    // Storage refused: the drawer works for this page.
  }
  notify();
}

/** The drawer's state; closed on the server and during hydration. */
export function useDrawer(): DrawerState {
  return useSyncExternalStore(subscribe, readDrawer, () => CLOSED);
}

/** Called by each `<Lab />` while mounted: the page has a lab. Returns the cleanup. */
export function registerLab(): () => void {
  labs++;
  notify();
  return () => {
    labs--;
    notify();
  };
}

/** Whether the page has a lab (false on the server and during hydration). */
export function useHasLab(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => labs > 0,
    () => false,
  );
}

/**
 * Opens the drawer because the student asked: the console's input takes the focus once it is
 * there. (A drawer that opens by itself on a later visit leaves the focus where it is.)
 */
export function openLab() {
  focusWanted = "console";
  setDrawer({ open: true, tab: "console" });
}

/**
 * Whether `target` should take the focus now (`console`, or `editor:<file>`); true once per
 * request.
 */
export function takeFocus(target: string): boolean {
  if (focusWanted !== target) return false;
  focusWanted = undefined;
  return true;
}

/** Opens the drawer and hands `request` to the lab, now or once it has loaded. */
export function sendToLab(request: LabRequest) {
  // The console takes the focus when the paste arrives (LabConsole watches `pasted`).
  focusWanted = request.kind === "file" ? `editor:${request.name}` : undefined;
  setDrawer({ open: true, tab: request.kind === "paste" ? "console" : "files" });
  if (handler) handler(request);
  else pending.push(request);
}

/** Called by the loaded lab: handles requests from now on, and those that waited. */
export function handleLabRequests(handle: (request: LabRequest) => void): () => void {
  handler = handle;
  for (const request of pending.splice(0)) handle(request);
  return () => {
    if (handler === handle) handler = undefined;
  };
}
