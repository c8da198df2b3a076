import { createStore } from "zustand/vanilla";

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

export const CLOSED: DrawerState = { open: false, size: "normal", tab: "console" };

/** Where the drawer's state is kept: localStorage in the browser, a stand-in in tests. */
export type DrawerStorage = Pick<Storage, "getItem" | "setItem">;

export interface LabBridge {
  /** The drawer: closed until `loadDrawer` has read what was saved. */
  drawer: DrawerState;
  /** How many `<Lab />` are mounted: the page has a lab while above 0. */
  labs: number;
  /** Reads the drawer saved on the last visit; once. */
  loadDrawer: () => void;
  /** Changes the drawer's state, and saves it for the next visit. */
  setDrawer: (change: Partial<DrawerState>) => void;
  /** A `<Lab />` mounts; returns its unmount. */
  registerLab: () => () => void;
  /** Opens the drawer because the student asked: the console takes the focus. */
  openLab: () => void;
  /** Whether `target` (`console`, `editor:<file>`) should take the focus now; true once. */
  takeFocus: (target: string) => boolean;
  /** Opens the drawer and hands `request` to the lab, now or once it has loaded. */
  sendToLab: (request: LabRequest) => void;
  /** The loaded lab handles requests from now on, and those that waited; returns its stop. */
  handleLabRequests: (handle: (request: LabRequest) => void) => () => void;
}

/** A saved drawer state, or CLOSED for anything unreadable. */
export function parseDrawer(text: string | null): DrawerState {
  try {
    const saved: unknown = JSON.parse(text ?? "null");
    if (typeof saved !== "object" || saved === null) return CLOSED;
    const { open, size, tab } = saved as Partial<DrawerState>;
    return {
      open: open === true,
      size: size === "tall" ? "tall" : "normal",
      tab: tab === "files" || tab === "resources" ? tab : "console",
    };
  } catch {
    return CLOSED;
  }
}

/**
 * The small part of the lab every lesson page carries: whether the page has a lab, its drawer
 * (open, how tall, which tab, kept in `storage`), and what code blocks ask of it. The lab itself
 * is a chunk of its own, loaded once the drawer opens; requests made before wait here. A
 * vanilla store: nothing of React, and nothing of the lab.
 */
export function createLabBridge(storage: () => DrawerStorage | undefined) {
  // Not state: nobody renders them, and the handler is a function.
  let loaded = false;
  let focusWanted: string | undefined;
  let handler: ((request: LabRequest) => void) | undefined;
  const pending: LabRequest[] = [];

  return createStore<LabBridge>()((set, get) => ({
    drawer: CLOSED,
    labs: 0,
    loadDrawer: () => {
      if (loaded) return;
      loaded = true;
      let text: string | null = null;
      try {
        text = storage()?.getItem(DRAWER_KEY) ?? null;
      } catch {
        // Refused: the drawer starts closed.
      }
      set({ drawer: parseDrawer(text) });
    },
    setDrawer: (change) => {
      get().loadDrawer();
      const drawer = { ...get().drawer, ...change };
      set({ drawer });
      try {
        storage()?.setItem(DRAWER_KEY, JSON.stringify(drawer));
      } catch {
        // Refused: the drawer works for this page.
      }
    },
    registerLab: () => {
      set({ labs: get().labs + 1 });
      return () => set({ labs: get().labs - 1 });
    },
    openLab: () => {
      focusWanted = "console";
      get().setDrawer({ open: true, tab: "console" });
    },
    takeFocus: (target) => {
      if (focusWanted !== target) return false;
      focusWanted = undefined;
      return true;
    },
    sendToLab: (request) => {
      // The console takes the focus when the paste arrives (LabConsole watches `pasted`).
      focusWanted = request.kind === "file" ? `editor:${request.name}` : undefined;
      get().setDrawer({ open: true, tab: request.kind === "paste" ? "console" : "files" });
      if (handler) handler(request);
      else pending.push(request);
    },
    handleLabRequests: (handle) => {
      handler = handle;
      for (const request of pending.splice(0)) handle(request);
      return () => {
        if (handler === handle) handler = undefined;
      };
    },
  }));
}
