import { describe, expect, it } from "vitest";

import {
  CLOSED,
  createLabBridge,
  DRAWER_KEY,
  type DrawerStorage,
  type LabRequest,
} from "@/lib/lab/bridge-store";

function memoryStorage(entries: Record<string, string> = {}) {
  const data = new Map(Object.entries(entries));
  const storage: DrawerStorage = {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
  return { data, storage };
}
const refusing: DrawerStorage = {
  getItem: () => {
    throw new DOMException("denied", "SecurityError");
  },
  setItem: () => {
    throw new DOMException("full", "QuotaExceededError");
  },
};

describe("the lab bridge", () => {
  it("starts closed and reads the saved drawer only when asked", () => {
    const { storage } = memoryStorage({
      [DRAWER_KEY]: JSON.stringify({ open: true, size: "tall", tab: "files" }),
    });
    const bridge = createLabBridge(() => storage);
    expect(bridge.getState().drawer).toEqual(CLOSED);
    bridge.getState().loadDrawer();
    expect(bridge.getState().drawer).toEqual({ open: true, size: "tall", tab: "files" });
  });

  it.each([
    ["not JSON", "{"],
    ["not an object", "3"],
    ["foreign values", JSON.stringify({ open: "yes", size: "huge", tab: "shell" })],
  ])("reads %s as a closed drawer", (_, text) => {
    const { storage } = memoryStorage({ [DRAWER_KEY]: text });
    const bridge = createLabBridge(() => storage);
    bridge.getState().loadDrawer();
    expect(bridge.getState().drawer).toEqual(CLOSED);
  });

  it("saves each change, and keeps working in memory where storage refuses", () => {
    const { data, storage } = memoryStorage();
    const bridge = createLabBridge(() => storage);
    bridge.getState().setDrawer({ size: "tall" });
    expect(JSON.parse(data.get(DRAWER_KEY)!)).toEqual({ ...CLOSED, size: "tall" });

    const refused = createLabBridge(() => refusing);
    refused.getState().openLab();
    expect(refused.getState().drawer.open).toBe(true);
  });

  it("knows the page has a lab while one is mounted", () => {
    const bridge = createLabBridge(() => undefined);
    const first = bridge.getState().registerLab();
    const second = bridge.getState().registerLab();
    first();
    expect(bridge.getState().labs).toBe(1);
    second();
    expect(bridge.getState().labs).toBe(0);
  });

  it("keeps requests until the lab loads, then hands them over in order", () => {
    const bridge = createLabBridge(() => undefined);
    const paste: LabRequest = { kind: "paste", text: "aws ecs list-clusters" };
    const file: LabRequest = { kind: "file", name: "task.json", text: "{}" };
    bridge.getState().sendToLab(paste);
    bridge.getState().sendToLab(file);
    expect(bridge.getState().drawer).toMatchObject({ open: true, tab: "files" });

    const seen: LabRequest[] = [];
    const stop = bridge.getState().handleLabRequests((request) => seen.push(request));
    expect(seen).toEqual([paste, file]);
    bridge.getState().sendToLab(paste);
    expect(seen).toEqual([paste, file, paste]);
    stop();
    bridge.getState().sendToLab(file);
    expect(seen).toHaveLength(3);
  });

  it("gives the focus once, to what asked for it", () => {
    const bridge = createLabBridge(() => undefined);
    bridge.getState().sendToLab({ kind: "file", name: "app.py", text: "" });
    expect(bridge.getState().takeFocus("console")).toBe(false);
    expect(bridge.getState().takeFocus("editor:app.py")).toBe(true);
    expect(bridge.getState().takeFocus("editor:app.py")).toBe(false);
    bridge.getState().openLab();
    expect(bridge.getState().takeFocus("console")).toBe(true);
  });
});
