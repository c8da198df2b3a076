import { createStore } from "zustand/vanilla";

/** What the store needs of `window`: a stand-in in tests. */
export interface LocationHost {
  location: Pick<Location, "hash" | "search">;
  history: Pick<History, "state" | "pushState" | "replaceState">;
  addEventListener: (type: "hashchange" | "popstate", listener: () => void) => void;
}

export interface LocationParts {
  /** The deck hash (`#/…`, or empty); see `deckHashOf`. */
  hash: string;
  search: string;
}

/**
 * The hash to act on: `hash` if it is a deck address (`#/…`) or empty, else `last`, the deck
 * hash before it. An in-page link such as "Skip to content" (`#main`) changes the hash without
 * moving the deck.
 */
export function deckHashOf(hash: string, last: string): string {
  return hash === "" || hash.startsWith("#/") ? hash : last;
}

/**
 * The address's deck hash and query as a vanilla store (no React). Empty until `sync` (or a
 * `navigate`) reads the address, so a page's first render can match its HTML. After the first
 * `sync` it follows back/forward and edits of the hash by itself.
 */
export function createLocationStore(host: () => LocationHost) {
  let listening = false;
  return createStore<
    LocationParts & {
      sync: () => void;
      navigate: (url: string, history: "push" | "replace") => void;
    }
  >()((set, get) => {
    const sync = () => {
      const { location } = host();
      const parts = { hash: deckHashOf(location.hash, get().hash), search: location.search };
      if (parts.hash !== get().hash || parts.search !== get().search) set(parts);
    };
    return {
      hash: "",
      search: "",
      sync: () => {
        if (!listening) {
          listening = true;
          host().addEventListener("hashchange", sync);
          host().addEventListener("popstate", sync);
        }
        sync();
      },
      navigate: (url, history) => {
        const { history: h } = host();
        if (history === "push") h.pushState(h.state, "", url);
        else h.replaceState(h.state, "", url);
        sync();
      },
    };
  });
}
