/**
 * Web Storage opened and written with care, shared by the stores that keep a learner's data in
 * the browser (progress, the lab). No other imports, so it adds nothing to a page's bundle.
 */
import type { StorageLike, StorageStatus } from "./storage";

/** Prefix of the keys unreadable values are copied to: `<key>.set-aside.<date>`. */
export const setAsidePrefix = (key: string) => `${key}.set-aside.`;

/**
 * Opens Web Storage, trying it once (some browsers hand out a storage object that throws on
 * use). A full storage is still returned, to read and keep trying to write; `report` says
 * which. Undefined when the browser refuses storage.
 */
export function openWebStorage(
  backend: () => StorageLike,
  report: (status: StorageStatus) => void,
): StorageLike | undefined {
  try {
    const candidate = backend();
    const probe = "dockside-probe";
    candidate.setItem(probe, "1");
    candidate.removeItem(probe);
    return candidate;
  } catch (error) {
    if (isQuotaError(error)) {
      try {
        const full = backend();
        report("full");
        return full;
      } catch {
        // Fall through to unavailable.
      }
    }
    report("unavailable");
    return undefined;
  }
}

/**
 * Copies `raw`, the unreadable value at `name`, to a key of its own (`<name>.set-aside.<at>`,
 * numbered if taken) and removes it. Returns that key, or undefined when the copy failed and
 * the value was left where it was.
 */
export function copyAside(store: StorageLike, name: string, raw: string, at: string) {
  let key = `${setAsidePrefix(name)}${at}`;
  for (let n = 2; store.getItem(key) !== null; n++) key = `${setAsidePrefix(name)}${at}-${n}`;
  try {
    store.setItem(key, raw);
    store.removeItem(name);
    return key;
  } catch {
    return undefined;
  }
}

/** Whether a storage error means it is full (the names browsers give the quota error). */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED")
  );
}
