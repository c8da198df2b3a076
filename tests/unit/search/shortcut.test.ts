import { describe, expect, it } from "vitest";

import { type KeyPress, opensSearch } from "@/lib/search/shortcut";

const press = (key: string, rest: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inField: false,
  ...rest,
});

describe("opensSearch", () => {
  it.each([
    ["/", press("/")],
    ["Ctrl+K", press("k", { ctrlKey: true })],
    ["⌘K", press("k", { metaKey: true })],
    ["Ctrl+K with Caps Lock", press("K", { ctrlKey: true })],
  ])("opens on %s", (_, key) => {
    expect(opensSearch(key)).toBe(true);
  });

  it.each([
    ["/ in a field", press("/", { inField: true })],
    ["Ctrl+K in a field (the lab's console)", press("k", { ctrlKey: true, inField: true })],
    ["k alone", press("k")],
    ["Ctrl+/", press("/", { ctrlKey: true })],
    ["Alt+/", press("/", { altKey: true })],
    ["Ctrl+⌘K", press("k", { ctrlKey: true, metaKey: true })],
  ])("does not open on %s", (_, key) => {
    expect(opensSearch(key)).toBe(false);
  });
});
