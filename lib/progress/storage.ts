import type { PersistStorage, StorageValue } from "zustand/middleware";

import { mergeProgress, stableJson } from "./merge";
import { readStoredValue } from "./migrate";
import { PROGRESS_VERSION, type ProgressData } from "./schema";

/** The part of the Web Storage API progress needs; `localStorage`, or a `MemoryStorage` in tests. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/**
 * - `ok`: progress is saved in the browser.
 * - `unavailable`: the browser refuses storage (blocked, some private modes); progress lives in
 *   memory and is gone when the tab closes.
 * - `full`: saving failed (quota), or an unreadable value could not be set aside safely;
 *   progress lives in memory until a save succeeds again.
 */
export type StorageStatus = "ok" | "unavailable" | "full";

/** A stored value that could not be read, copied to its own key before starting clean. */
export interface SetAside {
  key: string;
  kind: "corrupt" | "foreign" | "newer";
  reason: string;
  /** ISO date it was set aside. */
  at: string;
}

/** Prefix of the keys set-aside values are copied to: `<key>.set-aside.<date>`. */
export const setAsidePrefix = (key: string) => `${key}.set-aside.`;

export interface ProgressStorageOptions {
  /** Returns the storage to use; may throw when the browser refuses it. */
  backend: () => StorageLike;
  now: () => Date;
  onStatus: (status: StorageStatus) => void;
  onSetAside: (entry: SetAside) => void;
}

export interface ProgressStorage extends PersistStorage<ProgressData> {
  /** Writes `state` even if it has not changed since the last write (merging with storage). */
  flush: (name: string, state: ProgressData) => void;
}

/**
 * The storage behind the progress store: JSON in Web Storage, wrapped so that nothing the
 * learner has is ever lost.
 * - Reading a value that is not valid progress (not JSON, another program's, a newer format,
 *   damaged) copies it aside to a key of its own, reports it, and starts clean.
 * - Writing merges with what is in storage first, so an attempt another tab saved a moment ago
 *   survives; and it never overwrites an unreadable value without setting it aside.
 * - When storage is refused or full, the store keeps working in memory and the status says so.
 */
export function createProgressStorage(options: ProgressStorageOptions): ProgressStorage {
  let backend: StorageLike | undefined;
  let status: StorageStatus | undefined;
  let lastWritten: string | undefined;
  // Set when an unreadable value could not be copied aside: from then on we must not write.
  let blocked = false;

  const report = (next: StorageStatus) => {
    if (next === status) return;
    status = next;
    options.onStatus(next);
  };

  const open = (): StorageLike | undefined => {
    if (backend) return backend;
    try {
      const candidate = options.backend();
      // Some browsers hand out a storage object that throws on use: try it once.
      const probe = "dockside-probe";
      candidate.setItem(probe, "1");
      candidate.removeItem(probe);
      backend = candidate;
      return backend;
    } catch (error) {
      if (isQuotaError(error)) {
        // Full, but readable: keep reading, and keep trying to write.
        try {
          backend = options.backend();
          report("full");
          return backend;
        } catch {
          // Fall through to unavailable.
        }
      }
      report("unavailable");
      return undefined;
    }
  };

  const read = (store: StorageLike, name: string) => {
    const raw = store.getItem(name);
    return { raw, result: readStoredValue(raw) };
  };

  /** Copies an unreadable value to a key of its own. Returns false when that failed. */
  const setAside = (
    store: StorageLike,
    name: string,
    raw: string,
    kind: SetAside["kind"],
    reason: string,
  ): boolean => {
    const at = options.now().toISOString();
    let key = `${setAsidePrefix(name)}${at}`;
    for (let n = 2; store.getItem(key) !== null; n++) key = `${setAsidePrefix(name)}${at}-${n}`;
    try {
      store.setItem(key, raw);
      store.removeItem(name);
    } catch {
      blocked = true;
      report("full");
      return false;
    }
    options.onSetAside({ key, kind, reason, at });
    return true;
  };

  const write = (name: string, state: ProgressData, force: boolean) => {
    if (blocked) return;
    const store = open();
    if (!store) return;
    const json = stableJson(state);
    if (!force && json === lastWritten) return;
    try {
      const { raw, result } = read(store, name);
      let merged = state;
      if (result.kind === "ok") merged = mergeProgress(result.data, state);
      else if (result.kind !== "empty" && raw !== null) {
        if (!setAside(store, name, raw, result.kind, result.reason)) return;
      }
      const value: StorageValue<ProgressData> = { state: merged, version: PROGRESS_VERSION };
      store.setItem(name, JSON.stringify(value));
      lastWritten = json;
      report("ok");
    } catch (error) {
      report(isQuotaError(error) ? "full" : "unavailable");
    }
  };

  return {
    getItem(name) {
      const store = open();
      if (!store) return null;
      try {
        const { raw, result } = read(store, name);
        if (result.kind === "ok") {
          if (status === undefined) report("ok");
          // persist calls `migrate` when the version differs; hand it the data as stored.
          const stored = JSON.parse(raw!) as StorageValue<unknown>;
          return stored as StorageValue<ProgressData>;
        }
        if (result.kind !== "empty" && raw !== null) {
          setAside(store, name, raw, result.kind, result.reason);
        }
        if (status === undefined) report("ok");
        return null;
      } catch {
        report("unavailable");
        return null;
      }
    },
    setItem(name, value) {
      write(name, value.state, false);
    },
    removeItem(name) {
      try {
        open()?.removeItem(name);
      } catch {
        // Nothing to do: the value stays where it is.
      }
    },
    flush(name, state) {
      write(name, state, true);
    },
  };
}

/** Values set aside under `name`, newest first. */
export function listSetAside(store: StorageLike, name: string): { key: string; value: string }[] {
  const prefix = setAsidePrefix(name);
  const found: { key: string; value: string }[] = [];
  for (let index = 0; index < store.length; index++) {
    const key = store.key(index);
    if (!key?.startsWith(prefix)) continue;
    const value = store.getItem(key);
    if (value !== null) found.push({ key, value });
  }
  return found.sort((a, b) => (a.key < b.key ? 1 : -1));
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED")
  );
}

/** Web Storage kept in memory: for tests, and anywhere a real storage is not wanted. */
export class MemoryStorage implements StorageLike {
  private readonly items = new Map<string, string>();

  get length() {
    return this.items.size;
  }

  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string) {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }

  removeItem(key: string) {
    this.items.delete(key);
  }

  clear() {
    this.items.clear();
  }
}
