import { describe, expect, it } from "vitest";

import {
  EARLY_CLICK_ATTRIBUTE,
  EARLY_INPUT_SCRIPT,
  EARLY_KEYS_ATTRIBUTE,
  EARLY_SHORTCUT_ATTRIBUTE,
} from "@/components/ui/early-input";
import { opensSearch } from "@/lib/search/shortcut";

/** A stand-in for what the inline script touches in a page: enough to run it in Node. */
class FakeElement {
  constructor(
    readonly name: string,
    private readonly matches: (selector: string) => boolean = () => false,
  ) {}
  closest(selector: string): FakeElement | null {
    return this.matches(selector) ? this : null;
  }
}

const searchButton = new FakeElement("search button");
const deck = new FakeElement("deck");
const field = new FakeElement("field", (selector) => selector.includes("textarea"));
const themeSwitch = new FakeElement("theme switch", (selector) =>
  selector.includes(EARLY_CLICK_ATTRIBUTE),
);
const body = new FakeElement("body");

type Listener = (event: object) => void;

/** Runs the script with the given page marks; returns what it keeps for each event. */
function runScript(marks: { shortcut: boolean; keys: boolean }) {
  const listeners = new Map<string, Listener>();
  const fakeWindow: { __earlyInput?: [FakeElement, FakeElement, object][] } = {};
  const document = {
    body,
    querySelector: (selector: string) =>
      selector.includes(EARLY_SHORTCUT_ATTRIBUTE) && marks.shortcut
        ? searchButton
        : selector.includes(EARLY_KEYS_ATTRIBUTE) && marks.keys
          ? deck
          : null,
  };
  new Function("window", "addEventListener", "Element", "document", EARLY_INPUT_SCRIPT)(
    fakeWindow,
    (type: string, listener: Listener) => listeners.set(type, listener),
    FakeElement,
    document,
  );
  return (type: "click" | "keydown", target: FakeElement, init: object = {}) => {
    let stopped = false;
    const event = {
      target,
      preventDefault: () => {},
      stopImmediatePropagation: () => (stopped = true),
      ...init,
    };
    listeners.get(type)!(event);
    const kept = fakeWindow.__earlyInput!.at(-1);
    return stopped ? kept![0].name : null;
  };
}

const keys = ["/", "k", "K", "a", "ArrowRight", " ", "PageDown", "Tab"];
const presses = keys.flatMap((key) =>
  [false, true].flatMap((ctrlKey) =>
    [false, true].flatMap((metaKey) =>
      [false, true].flatMap((altKey) =>
        [false, true].map((inField) => ({ key, ctrlKey, metaKey, altKey, inField })),
      ),
    ),
  ),
);

describe("the early-input script", () => {
  it("keeps for the search button exactly the presses that open search", () => {
    for (const press of presses) {
      const dispatch = runScript({ shortcut: true, keys: false });
      const kept = dispatch("keydown", press.inField ? field : body, press);
      expect(kept, JSON.stringify(press)).toBe(opensSearch(press) ? "search button" : null);
    }
  });

  it("lets scrolling keys and the browser's shortcuts through when no view keeps keys", () => {
    const dispatch = runScript({ shortcut: true, keys: false });
    for (const key of [" ", "PageDown", "ArrowDown", "Home"])
      expect(dispatch("keydown", body, { key })).toBeNull();
    expect(dispatch("keydown", body, { key: "r", ctrlKey: true })).toBeNull();
  });

  it("keeps a deck's keys, but not Tab, keys in a field or keys with a modifier", () => {
    const dispatch = runScript({ shortcut: true, keys: true });
    expect(dispatch("keydown", body, { key: "ArrowRight" })).toBe("deck");
    expect(dispatch("keydown", body, { key: " " })).toBe("deck");
    expect(dispatch("keydown", body, { key: "Tab" })).toBeNull();
    expect(dispatch("keydown", field, { key: "ArrowRight" })).toBeNull();
    expect(dispatch("keydown", body, { key: "ArrowRight", altKey: true })).toBeNull();
    // Search's own shortcut still goes to search on a deck.
    expect(dispatch("keydown", body, { key: "/" })).toBe("search button");
  });

  it("keeps clicks on marked elements only, and nothing once the marks are gone", () => {
    const dispatch = runScript({ shortcut: false, keys: false });
    expect(dispatch("click", themeSwitch)).toBe("theme switch");
    expect(dispatch("click", body)).toBeNull();
    expect(dispatch("keydown", body, { key: "/" })).toBeNull();
  });
});
