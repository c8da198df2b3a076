/**
 * Keys and clicks made after the page is painted but before its scripts are live are kept and
 * played again once they are, so a presenter's first → or a first click on the theme switch is
 * not lost.
 *
 * How: a small hand-written inline script (EARLY_INPUT_SCRIPT, in the <head> of every page; see
 * SiteDocument) listens on the window in the capture phase, ahead of everything else. While the
 * element it concerns is still marked as waiting, it takes the event, stops it (so nothing sees it
 * twice) and records it:
 * - a click on an element marked EARLY_CLICK_ATTRIBUTE, or inside one: buttons that do nothing
 *   without scripts (links and form fields work natively and are left alone);
 * - a key pressed while the page holds an element marked EARLY_KEYS_ATTRIBUTE (a deck, a
 *   presenter view), except Tab, keys typed in a field, and keys with Ctrl, Alt or Meta, which
 *   the browser handles;
 * - a shortcut that stands for a click on an element marked EARLY_SHORTCUT_ATTRIBUTE: `/` or
 *   Ctrl+K (⌘K) outside a field, for the search button (the same keys as
 *   lib/search/shortcut.ts `opensSearch`; a unit test holds the two together). Other keys pass,
 *   so scrolling and the browser's own shortcuts still work.
 * The component that answers that input, once its own handler is in place (an effect), calls
 * replayEarlyClicks(itself) or replayEarlyKeys(). A shortcut kept for an element is replayed as
 * a click on it. In the next task, once hydration's effects
 * are all done, that removes the mark, so the script stands aside for good, and dispatches what
 * was recorded again, in order, to the app's handlers. Each part of the page hands over when it
 * is ready; nothing waits for a guessed time.
 */

/** Marks an element whose clicks before it is live are kept (the theme switch). */
export const EARLY_CLICK_ATTRIBUTE = "data-early-click";
/** Marks a view whose key presses before it is live are kept (a deck, a presenter view). */
export const EARLY_KEYS_ATTRIBUTE = "data-early-keys";
/** Marks the element that `/` and Ctrl+K (⌘K) stand for before it is live (the search button). */
export const EARLY_SHORTCUT_ATTRIBUTE = "data-early-shortcut";

/** What the script records: the marked element, the event's own target, and the event. */
type Recorded = [marked: Element, target: Element, event: Event];

declare global {
  interface Window {
    __earlyInput?: Recorded[];
  }
}

export const EARLY_INPUT_SCRIPT =
  "(function(){var q=window.__earlyInput=[],f='input,textarea,select,[contenteditable]';" +
  "function keep(type,find){addEventListener(type,function(e){" +
  "var t=e.target instanceof Element?e.target:document.body,m=find(e,t);if(!m)return;" +
  "e.preventDefault();e.stopImmediatePropagation();q.push([m,t,e])},true)}" +
  `keep("click",function(e,t){return t.closest("[${EARLY_CLICK_ATTRIBUTE}]")});` +
  'keep("keydown",function(e,t){var k=e.key,c=e.ctrlKey,m=e.metaKey;' +
  "if(e.altKey||e.isComposing||t.closest(f))return null;" +
  'if(k==="/"?!c&&!m:k.toLowerCase()==="k"&&c!==m)' +
  `return document.querySelector("[${EARLY_SHORTCUT_ATTRIBUTE}]");` +
  'if(c||m||k==="Tab")return null;' +
  `return document.querySelector("[${EARLY_KEYS_ATTRIBUTE}]")})` +
  "})()";

/** Takes out of the queue what was recorded for `marked`, in order. */
function take(marked: Element): Recorded[] {
  const queue = window.__earlyInput ?? [];
  const mine = queue.filter((entry) => entry[0] === marked);
  // The script keeps pushing to this array: empty it in place of what was taken.
  queue.splice(0, queue.length, ...queue.filter((entry) => entry[0] !== marked));
  return mine;
}

/**
 * Runs `replay` in a task of its own, after the rest of hydration's effects: the router takes
 * over the address in its own effect, which runs after those of the page, and would undo a move
 * to another slide made before it.
 */
function afterEffects(replay: () => void) {
  setTimeout(replay, 0);
}

/**
 * Called by an element marked EARLY_CLICK_ATTRIBUTE or EARLY_SHORTCUT_ATTRIBUTE once its click
 * handler is live: stops keeping its clicks and shortcuts, and clicks it again for each kept.
 */
export function replayEarlyClicks(element: HTMLElement) {
  afterEffects(() => {
    if (
      !element.hasAttribute(EARLY_CLICK_ATTRIBUTE) &&
      !element.hasAttribute(EARLY_SHORTCUT_ATTRIBUTE)
    )
      return;
    element.removeAttribute(EARLY_CLICK_ATTRIBUTE);
    element.removeAttribute(EARLY_SHORTCUT_ATTRIBUTE);
    for (let kept = take(element).length; kept > 0; kept--) element.click();
  });
}

/**
 * Called once the page's key handler is live: stops keeping keys, and dispatches each key kept
 * again, from where it was pressed, so it reaches the window's listeners as the first did. One
 * key per task: the app re-renders in between, so the second → starts from the slide the
 * first one moved to.
 */
export function replayEarlyKeys() {
  afterEffects(() => {
    const kept: Recorded[] = [];
    for (const view of document.querySelectorAll(`[${EARLY_KEYS_ATTRIBUTE}]`)) {
      view.removeAttribute(EARLY_KEYS_ATTRIBUTE);
      kept.push(...take(view));
    }
    const next = () => {
      const entry = kept.shift();
      if (!entry) return;
      const [, target, event] = entry;
      const key = event as KeyboardEvent;
      (target.isConnected ? target : document.body).dispatchEvent(
        new KeyboardEvent("keydown", {
          key: key.key,
          code: key.code,
          location: key.location,
          shiftKey: key.shiftKey,
          repeat: key.repeat,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
      if (kept.length > 0) setTimeout(next, 0);
    };
    next();
  });
}
