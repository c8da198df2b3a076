import { describe, expect, it } from "vitest";

import { PROGRESS_KEY } from "@/lib/progress/store";
import { listSetAside, MemoryStorage } from "@/lib/progress/storage";

import { single } from "../quiz/questions";
import { makeStore, progressFile } from "./helpers";

const quizId = "lesson:l";

/** Storage whose writes fail with QuotaExceededError while `full` is true. */
class FullStorage extends MemoryStorage {
  full = true;
  override setItem(key: string, value: string) {
    if (this.full) throw Object.assign(new Error("quota"), { name: "QuotaExceededError" });
    super.setItem(key, value);
  }
}

async function finishOne(store: ReturnType<typeof makeStore>["store"]) {
  const id = store
    .getState()
    .startAttempt({ quizId, mode: "test", scope: "all", questionIds: ["single"] });
  store.getState().answer(id, "single", ["ecr"]);
  return store.getState().finish(id, [single]);
}

describe("a value in storage that is not valid progress", () => {
  const cases = [
    ["corrupt JSON", '{"state": {"attempts": [', "corrupt"],
    ["another program's value", '{"volume": 11}', "foreign"],
    ["progress from a newer Dockside", '{"state": {"x": 1}, "version": 7}', "newer"],
    [
      "progress with a damaged attempt",
      '{"state": {"attempts": [1], "active": [], "read": {}, "clearedAt": null}, "version": 2}',
      "corrupt",
    ],
  ] as const;

  for (const [what, raw, kind] of cases) {
    it(`is set aside, not overwritten, when it is ${what}; the app starts clean and says so`, async () => {
      const storage = new MemoryStorage();
      storage.setItem(PROGRESS_KEY, raw);
      const { store, runtime, hydrate } = makeStore(storage);
      await hydrate();

      expect(store.getState().attempts).toEqual([]);
      const [notice] = runtime.getState().setAside;
      expect(notice).toMatchObject({ kind, reason: expect.any(String) });
      expect(storage.getItem(notice!.key)).toBe(raw);
      expect(listSetAside(storage, PROGRESS_KEY)).toEqual([{ key: notice!.key, value: raw }]);

      // The app works, and saves, from a clean start.
      await finishOne(store);
      expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).state.attempts).toHaveLength(1);
      expect(storage.getItem(notice!.key)).toBe(raw);
    });
  }

  it("is set aside even when it appears after loading (written by something else)", async () => {
    const storage = new MemoryStorage();
    const { store, runtime, hydrate } = makeStore(storage);
    await hydrate();
    storage.setItem(PROGRESS_KEY, "garbage");
    await finishOne(store);
    expect(runtime.getState().setAside).toHaveLength(1);
    expect(storage.getItem(runtime.getState().setAside[0]!.key)).toBe("garbage");
  });

  it("is left in place, and nothing is written, when it cannot be copied aside", async () => {
    const storage = new FullStorage();
    storage.full = false;
    storage.setItem(PROGRESS_KEY, "{corrupt");
    storage.full = true;
    const { store, runtime, hydrate } = makeStore(storage);
    await hydrate();
    await finishOne(store);
    expect(storage.getItem(PROGRESS_KEY)).toBe("{corrupt");
    expect(runtime.getState().storage).toBe("full");
    expect(store.getState().attempts).toHaveLength(1);
  });
});

describe("storage that cannot be used", () => {
  it("unavailable: the store works in memory and says progress is not saved", async () => {
    const { store, runtime, hydrate } = makeStore(() => {
      throw Object.assign(new Error("denied"), { name: "SecurityError" });
    });
    await hydrate();
    expect(runtime.getState()).toMatchObject({ hydrated: true, storage: "unavailable" });
    const attempt = await finishOne(store);
    expect(attempt?.score).toBe(1);
    expect(store.getState().attempts).toHaveLength(1);
  });

  it("full: keeps progress in memory, says so, and saves again once there is room", async () => {
    const storage = new FullStorage();
    const { store, runtime, hydrate } = makeStore(storage);
    await hydrate();
    await finishOne(store);
    expect(runtime.getState().storage).toBe("full");
    expect(store.getState().attempts).toHaveLength(1);
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();

    storage.full = false;
    await finishOne(store);
    expect(runtime.getState().storage).toBe("ok");
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).state.attempts).toHaveLength(2);
  });

  it("full but readable: saved progress still loads", async () => {
    const storage = new FullStorage();
    storage.full = false;
    storage.setItem(PROGRESS_KEY, progressFile("saved by version 1.json"));
    storage.full = true;
    const { store, runtime, hydrate } = makeStore(storage);
    await hydrate();
    expect(store.getState().attempts).toHaveLength(2);
    expect(runtime.getState().storage).toBe("full");
    // The old value is still there, unharmed, for when space frees up.
    expect(storage.getItem(PROGRESS_KEY)).toBe(progressFile("saved by version 1.json"));
  });
});
