import { describe, expect, it } from "vitest";

import { type ClaimStorage, createClaimStore } from "@/lib/quiz/claims";

function memoryStorage(entries: Record<string, string> = {}) {
  const data = new Map(Object.entries(entries));
  const reads: string[] = [];
  const storage: ClaimStorage = {
    getItem: (key) => (reads.push(key), data.get(key) ?? null),
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
  return { storage, data, reads };
}
const refusing: ClaimStorage = {
  getItem: () => {
    throw new DOMException("denied", "SecurityError");
  },
  setItem: () => {
    throw new DOMException("denied", "SecurityError");
  },
  removeItem: () => {
    throw new DOMException("denied", "SecurityError");
  },
};

describe("the quiz claim store", () => {
  it("finds the claim a reload left, reading storage once per quiz", () => {
    const { storage, reads } = memoryStorage({ "dockside-quiz-attempt:course": "a1" });
    const store = createClaimStore(() => storage);
    store.getState().load("course");
    store.getState().load("course");
    store.getState().load("lesson:x");
    expect(store.getState().claims).toEqual({ course: "a1", "lesson:x": null });
    expect(reads).toEqual(["dockside-quiz-attempt:course", "dockside-quiz-attempt:lesson:x"]);
  });

  it("saves a claim and forgets it on release", () => {
    const { storage, data } = memoryStorage();
    const store = createClaimStore(() => storage);
    store.getState().claim("course", "a2");
    expect(store.getState().claims.course).toBe("a2");
    expect(data.get("dockside-quiz-attempt:course")).toBe("a2");
    store.getState().release("course");
    expect(store.getState().claims.course).toBeNull();
    expect(data.has("dockside-quiz-attempt:course")).toBe(false);
  });

  it("a claim made before the first read is not overwritten by it", () => {
    const { storage } = memoryStorage({ "dockside-quiz-attempt:course": "old" });
    const store = createClaimStore(() => storage);
    store.getState().claim("course", "new");
    store.getState().load("course");
    expect(store.getState().claims.course).toBe("new");
  });

  it("holds claims in memory when storage refuses", () => {
    const store = createClaimStore(() => refusing);
    store.getState().load("course");
    expect(store.getState().claims.course).toBeNull();
    store.getState().claim("course", "a3");
    expect(store.getState().claims.course).toBe("a3");
    store.getState().release("course");
    expect(store.getState().claims.course).toBeNull();
  });
});
