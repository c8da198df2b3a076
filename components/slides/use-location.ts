"use client";

import { useSyncExternalStore } from "react";

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("hashchange", listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("hashchange", listener);
    window.removeEventListener("popstate", listener);
  };
}

/**
 * Changes the address without a navigation (`push` adds a history entry) and tells every
 * component reading it with `useLocationParts`.
 */
export function setLocation(url: string, history: "push" | "replace") {
  if (history === "push") window.history.pushState(window.history.state, "", url);
  else window.history.replaceState(window.history.state, "", url);
  for (const listener of listeners) listener();
}

let lastDeckHash = "";

/**
 * The hash, if it is a deck address (`#/…`) or empty; else the last one that was. An in-page
 * link such as "Skip to content" (`#main`) changes the hash without moving the deck.
 */
function deckHash(): string {
  const hash = window.location.hash;
  if (hash === "" || hash.startsWith("#/")) lastDeckHash = hash;
  return lastDeckHash;
}

/**
 * The address's deck hash (see `deckHash`) and query, kept current through back/forward, edits
 * of the hash and `setLocation`. Empty on the server and during hydration, so the first render
 * matches the HTML.
 */
export function useLocationParts(): { hash: string; search: string } {
  const hash = useSyncExternalStore(subscribe, deckHash, () => "");
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => "",
  );
  return { hash, search };
}
