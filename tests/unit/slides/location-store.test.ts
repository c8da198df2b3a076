import { describe, expect, it } from "vitest";

import { createLocationStore, deckHashOf, type LocationHost } from "@/lib/slides/location-store";

/** A window stand-in: an address, a history that records calls, and its event listeners. */
function fakeWindow(hash = "", search = "") {
  const listeners = new Map<string, (() => void)[]>();
  const calls: string[] = [];
  const host = {
    location: { hash, search },
    history: {
      state: null,
      pushState: (_: unknown, __: string, url?: string | URL | null) => {
        calls.push(`push ${url}`);
        move(String(url));
      },
      replaceState: (_: unknown, __: string, url?: string | URL | null) => {
        calls.push(`replace ${url}`);
        move(String(url));
      },
    },
    addEventListener: (type: string, listener: () => void) =>
      listeners.set(type, [...(listeners.get(type) ?? []), listener]),
  } satisfies LocationHost;
  function move(url: string) {
    const parsed = new URL(url, "https://example.test/lessons/x/slides");
    host.location.hash = parsed.hash;
    host.location.search = parsed.search;
  }
  /** The user edits the address bar or goes back: the address changes, then the event fires. */
  const visit = (url: string, event: "hashchange" | "popstate") => {
    move(url);
    listeners.get(event)?.forEach((listener) => listener());
  };
  return { host, calls, visit };
}

describe("deckHashOf", () => {
  it.each([
    ["#/3", "#/1", "#/3"],
    ["#/3/2", "", "#/3/2"],
    ["", "#/4", ""],
    ["#main", "#/4", "#/4"],
    ["#top", "", ""],
  ])("%s after %s is %s", (hash, last, expected) => {
    expect(deckHashOf(hash, last)).toBe(expected);
  });
});

describe("the location store", () => {
  it("stays empty until synced, then reads the address", () => {
    const { host } = fakeWindow("#/7", "?slide=7");
    const store = createLocationStore(() => host);
    expect(store.getState()).toMatchObject({ hash: "", search: "" });
    store.getState().sync();
    expect(store.getState()).toMatchObject({ hash: "#/7", search: "?slide=7" });
  });

  it("follows back, forward and hash edits once synced", () => {
    const { host, visit } = fakeWindow("#/1");
    const store = createLocationStore(() => host);
    store.getState().sync();
    visit("#/2", "hashchange");
    expect(store.getState().hash).toBe("#/2");
    visit("?notes=0#/5", "popstate");
    expect(store.getState()).toMatchObject({ hash: "#/5", search: "?notes=0" });
  });

  it("keeps the deck where it is when an in-page link changes the hash", () => {
    const { host, visit } = fakeWindow("#/3");
    const store = createLocationStore(() => host);
    store.getState().sync();
    visit("#main", "hashchange");
    expect(store.getState().hash).toBe("#/3");
  });

  it("navigates with a history entry or in place, and says so to readers", () => {
    const { host, calls } = fakeWindow();
    const store = createLocationStore(() => host);
    const seen: string[] = [];
    store.subscribe((state) => seen.push(state.hash));
    store.getState().navigate("/lessons/x/slides#/2", "push");
    store.getState().navigate("/lessons/x/slides#/2/1", "replace");
    expect(calls).toEqual(["push /lessons/x/slides#/2", "replace /lessons/x/slides#/2/1"]);
    expect(seen).toEqual(["#/2", "#/2/1"]);
  });

  it("does not tell readers when nothing changed", () => {
    const { host } = fakeWindow("#/2");
    const store = createLocationStore(() => host);
    store.getState().sync();
    let changes = 0;
    store.subscribe(() => changes++);
    store.getState().sync();
    expect(changes).toBe(0);
  });
});
