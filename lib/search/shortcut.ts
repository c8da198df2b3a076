/** What the page's key handler knows about a key press. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The key went to a field a person types in: input, textarea, select or editable text. */
  inField: boolean;
}

/**
 * Whether a key press opens search: `/`, or Ctrl+K (⌘K on a Mac), unless the person is typing
 * in a field, the lab's console and editor included, where both keys mean what they always do.
 */
export function opensSearch(press: KeyPress): boolean {
  if (press.inField || press.altKey) return false;
  if (press.key === "/") return !press.ctrlKey && !press.metaKey;
  return press.key.toLowerCase() === "k" && press.ctrlKey !== press.metaKey;
}
