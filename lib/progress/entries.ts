// Lookups by keys that come from storage or a file. Its own module, free of zod and zustand,
// so every page can use it without loading the store (components/progress/use-progress.ts).

/** Whether `record` has its own entry `key` (never one inherited from `Object.prototype`). */
export function hasEntry<T>(record: Readonly<Record<string, T>>, key: string): boolean {
  return Object.hasOwn(record, key);
}

/** `record[key]` if it is the record's own entry: safe with any key, even `constructor`. */
export function entryOf<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
