import type { PersistStorage, StorageValue } from "zustand/middleware";

import { clampDates } from "./dates";
import { mergeProgress } from "./merge";
import { readStoredValue } from "./migrate";
import { type Attempt, MAX_ATTEMPTS, PROGRESS_VERSION, type ProgressData } from "./schema";
import { copyAside, isQuotaError, openWebStorage, setAsidePrefix } from "./web-storage";

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

export { setAsidePrefix } from "./web-storage";

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
  /**
   * Writes `state` (a reset) whatever happened before: even after an unreadable value could
   * not be set aside, it tries again, so Reset always gets the learner out of a stuck state.
   */
  recover: (name: string, state: ProgressData) => void;
  /** Notes that storage now holds `raw`, read by the caller as `data` (another tab's save). */
  remember: (raw: string, data: ProgressData) => void;
  /** `value` if it is progress this storage read and checked itself (no need to check again). */
  checked: (value: unknown) => ProgressData | undefined;
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
  // The state last written, to skip writing it again (compared by reference: the store
  // replaces what changes and keeps the rest).
  let lastState: ProgressData | undefined;
  // What storage held when last read or written, and its data: a save reads storage first, and
  // when it holds what we last saw, there is nothing to parse or check again.
  let known: { raw: string; data: ProgressData } | undefined;
  const checkedValues = new WeakSet<object>();
  // Set when an unreadable value could not be copied aside: from then on we must not write.
  let blocked = false;

  const report = (next: StorageStatus) => {
    if (next === status) return;
    status = next;
    options.onStatus(next);
  };

  const open = (): StorageLike | undefined => (backend ??= openWebStorage(options.backend, report));

  const read = (store: StorageLike, name: string) => {
    const raw = store.getItem(name);
    if (raw !== null && known && raw === known.raw) {
      return {
        raw,
        result: { kind: "ok" as const, data: known.data, fromVersion: PROGRESS_VERSION },
      };
    }
    const result = readStoredValue(raw, options.now());
    if (raw !== null && result.kind === "ok" && result.fromVersion === PROGRESS_VERSION) {
      known = { raw, data: result.data };
    }
    return { raw, result };
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
    const key = copyAside(store, name, raw, at);
    if (key === undefined) {
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
    if (!force && lastState && sameParts(lastState, state)) return;
    try {
      const { raw, result } = read(store, name);
      // This tab's own dates too: a reset made while the clock was ahead must not erase what
      // the learner does once it is right again.
      const mine = clampDates(state, options.now());
      let merged = mine;
      if (result.kind === "ok") merged = mergeProgress(result.data, mine);
      else if (result.kind !== "empty" && raw !== null) {
        if (!setAside(store, name, raw, result.kind, result.reason)) return;
      }
      if (merged.attempts.length > MAX_ATTEMPTS) {
        // More than a stored value may hold (and than localStorage has room for): keep it in
        // memory, and say it is not saved, so the learner exports it.
        report("full");
        return;
      }
      const text = serialize(merged);
      store.setItem(name, text);
      known = { raw: text, data: merged };
      lastState = state;
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
          if (result.fromVersion === PROGRESS_VERSION) {
            checkedValues.add(result.data);
            return { state: result.data, version: PROGRESS_VERSION };
          }
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
    recover(name, state) {
      blocked = false;
      write(name, state, true);
    },
    remember(raw, data) {
      known = { raw, data };
    },
    checked(value) {
      return typeof value === "object" && value !== null && checkedValues.has(value)
        ? (value as ProgressData)
        : undefined;
    },
  };
}

/** Whether two states hold the very same parts (the store replaces a part when it changes). */
function sameParts(a: ProgressData, b: ProgressData): boolean {
  return (
    a.attempts === b.attempts &&
    a.active === b.active &&
    a.read === b.read &&
    a.clearedAt === b.clearedAt
  );
}

/** Each finished attempt's JSON, made once: attempts never change once recorded. */
const attemptJson = new WeakMap<Attempt, string>();

/**
 * The value `persist` keeps (`{"state": …, "version": n}`) as JSON, with each finished
 * attempt's text made once and reused: with thousands stored, a save (every answer is one)
 * would otherwise spend most of its time turning the same attempts into text again.
 */
export function serialize(data: ProgressData): string {
  const attempts = data.attempts.map((attempt) => {
    let json = attemptJson.get(attempt);
    if (json === undefined) {
      json = JSON.stringify(attempt);
      attemptJson.set(attempt, json);
    }
    return json;
  });
  const rest = JSON.stringify({ active: data.active, read: data.read, clearedAt: data.clearedAt });
  return `{"state":{"attempts":[${attempts.join(",")}],${rest.slice(1)},"version":${PROGRESS_VERSION}}`;
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
