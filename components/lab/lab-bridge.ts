"use client";

import { useEffect } from "react";
import { useStore } from "zustand";

import { createLabBridge, type DrawerState } from "@/lib/lab/bridge-store";

export type { DrawerSize, DrawerState, LabRequest, LabTab } from "@/lib/lab/bridge-store";
export { DRAWER_KEY } from "@/lib/lab/bridge-store";

/**
 * The page's lab bridge (lib/lab/bridge-store.ts). Nothing here imports the lab itself: keep it
 * so, or every lesson would download the lab.
 */
const bridge = createLabBridge(() => window.localStorage);

export const { setDrawer, registerLab, openLab, takeFocus, sendToLab, handleLabRequests } =
  bridge.getState();

/** The drawer's state; closed on the server and during hydration, the saved one after. */
export function useDrawer(): DrawerState {
  useEffect(() => bridge.getState().loadDrawer(), []);
  return useStore(bridge, (state) => state.drawer);
}

/** Whether the page has a lab (false on the server and during hydration). */
export function useHasLab(): boolean {
  return useStore(bridge, (state) => state.labs > 0);
}
