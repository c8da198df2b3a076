"use client";

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";

import {
  addToInbox,
  clampPosition,
  type DeckPosition,
  type DiagramChange,
  type DiagramSettings,
  describePosition,
  emptyInbox,
  formatHash,
  newWindowId,
  nextDiagramChange,
  parseLocation,
  parseSyncMessage,
  type SlideOutline,
  supersedes,
  type SyncInbox,
  type SyncMessage,
  syncChannelName,
} from "@/lib/slides/navigation";

import { setLocation, useLocationParts } from "./use-location";

interface DeckState {
  slug: string;
  outline: SlideOutline[];
  position: DeckPosition;
  /** Moves the deck (and every other window showing it) to a position. */
  goTo: (position: DeckPosition) => void;
  /** Where the deck is, in words, for a live region. */
  announcement: string;
  /** Launch type and task count of the diagram on each slide, once someone changed them. */
  diagrams: Readonly<Record<number, DiagramSettings>>;
  /** Changes a slide's diagram here and in every other window showing the deck. */
  setDiagram: (slide: number, settings: DiagramSettings) => void;
}

const DeckContext = createContext<DeckState | null>(null);

/** One id per window, so a window ignores its own messages. */
const WINDOW_ID = newWindowId();

/**
 * Runs `callback` at the next frame, or after `FRAME_FALLBACK_MS` if no frame comes first (a
 * window in the background gets no frames, and should still follow the deck). Returns a cancel.
 */
const FRAME_FALLBACK_MS = 100;
function nextFrame(callback: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    callback();
  };
  const frame = requestAnimationFrame(run);
  const timer = setTimeout(run, FRAME_FALLBACK_MS);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** This window's word to the others that the deck is at `position`. */
function positionMessage(position: DeckPosition): SyncMessage {
  return { type: "position", position, sender: WINDOW_ID };
}

/** This window's word to the others that a slide's diagram changed (here or before it joined). */
function diagramMessage(slide: number, change: DiagramChange): SyncMessage {
  return { type: "diagram", slide, change, sender: WINDOW_ID };
}

/** The deck this component is in. Only for components under `DeckProvider`. */
export function useDeck(): DeckState {
  const deck = useContext(DeckContext);
  if (!deck) throw new Error("useDeck must be used inside <DeckProvider>");
  return deck;
}

/**
 * Holds where a deck is. The address is the source of truth (`#/3/2`), so reload, back and
 * forward and shared links land on the same slide and step. Every other window showing the same
 * deck (presenter and audience) follows through a BroadcastChannel: no server involved, so it
 * works on any static host.
 */
export function DeckProvider({
  slug,
  outline,
  children,
}: {
  slug: string;
  outline: SlideOutline[];
  children: React.ReactNode;
}) {
  const { hash, search } = useLocationParts();
  const position = useMemo(
    () => clampPosition(outline, parseLocation(hash, search) ?? { slide: 0, step: 0 }),
    [outline, hash, search],
  );
  const positionRef = useRef(position);
  const channel = useRef<BroadcastChannel | null>(null);
  // Not in the address (it names a slide and step); shared with the other windows instead, so
  // the presenter switching the diagram to EC2 switches it on the projector too.
  const [changes, setChanges] = useState<Readonly<Record<number, DiagramChange>>>({});
  const changesRef = useRef(changes);
  /**
   * Keeps the changes the window does not already hold a later one of; `own` ones (this
   * window's person acting) always show here.
   */
  const keepDiagrams = useCallback((incoming: Iterable<[number, DiagramChange]>, own = false) => {
    let next = changesRef.current;
    for (const [slide, change] of incoming) {
      if (!own && !supersedes(change, next[slide])) continue;
      next = { ...next, [slide]: change };
    }
    if (next === changesRef.current) return;
    changesRef.current = next;
    setChanges(next);
  }, []);
  const setDiagram = useCallback(
    (slide: number, settings: DiagramSettings) => {
      const change = nextDiagramChange(changesRef.current[slide], settings, WINDOW_ID);
      keepDiagrams([[slide, change]], true);
      channel.current?.postMessage(diagramMessage(slide, change));
    },
    [keepDiagrams],
  );
  const diagrams = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(changes).map(([slide, change]) => [slide, change.settings]),
      ) as Record<number, DiagramSettings>,
    [changes],
  );

  const show = useCallback(
    (next: DeckPosition, history: "push" | "replace") => {
      const target = clampPosition(outline, next);
      const current = positionRef.current;
      // A new slide is a new history entry, so Back returns to the slide before; a step within
      // a slide only updates the address.
      const mode = history === "push" && target.slide !== current.slide ? "push" : "replace";
      setLocation(`${window.location.pathname}${formatHash(target)}`, mode);
      positionRef.current = target;
      return target;
    },
    [outline],
  );

  const goTo = useCallback(
    (next: DeckPosition) => {
      channel.current?.postMessage(positionMessage(show(next, "push")));
    },
    [show],
  );

  // Keep the address canonical: `#/99` on a 20-slide deck becomes `#/20`. (Read the address
  // itself: while hydrating, `position` still holds the server's view, slide 1.)
  useEffect(() => {
    positionRef.current = position;
    const named = parseLocation(window.location.hash, window.location.search);
    const canonical = named ? formatHash(clampPosition(outline, named)) : formatHash(position);
    if (named && window.location.hash !== canonical) {
      setLocation(`${window.location.pathname}${canonical}`, "replace");
    }
    // The deck shows the slide the address names: lift deck-scale-script's pending mark.
    if (formatHash(position) === canonical) {
      document.documentElement.removeAttribute("data-deck-pending");
    }
  }, [outline, position]);

  // Stay in step with the other windows of this deck. A window that opens (or reloads) says
  // hello; the others answer with where they are, and it joins them. Alone, it stays where its
  // address says. So a reloaded or restored tab never drags a running talk back to its slide.
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const bc = new BroadcastChannel(syncChannelName(slug));
    channel.current = bc;
    const fromAddress = () => parseLocation(window.location.hash, window.location.search);
    const tell = (position: DeckPosition) =>
      bc.postMessage(positionMessage(clampPosition(outline, position)));
    // Messages are collected and acted on once a frame: a page posting hundreds a second
    // (any page of the site can) costs one move and one render a frame, not one each.
    let inbox: SyncInbox = emptyInbox();
    let cancel: (() => void) | undefined;
    const catchUp = () => {
      const { hello, diagrams, position } = inbox;
      inbox = emptyInbox();
      cancel = undefined;
      keepDiagrams(diagrams);
      if (position) show(position, "replace");
      if (hello) {
        tell(positionRef.current);
        for (const [slide, change] of Object.entries(changesRef.current)) {
          bc.postMessage(diagramMessage(Number(slide), change));
        }
      }
    };
    bc.onmessage = (event: MessageEvent) => {
      const message = parseSyncMessage(event.data, outline.length);
      if (!message || message.sender === WINDOW_ID) return;
      inbox = addToInbox(inbox, message);
      cancel ??= nextFrame(catchUp);
    };
    bc.postMessage({ type: "hello", sender: WINDOW_ID } satisfies SyncMessage);
    // Back, forward or an edited hash move this window (each fires hashchange): take the
    // others along.
    const onAddressChange = () => {
      const moved = fromAddress();
      if (moved) tell(moved);
    };
    window.addEventListener("hashchange", onAddressChange);
    return () => {
      cancel?.();
      window.removeEventListener("hashchange", onAddressChange);
      bc.close();
      channel.current = null;
    };
  }, [slug, outline, show, keepDiagrams]);

  const value = useMemo(
    () => ({
      slug,
      outline,
      position,
      goTo,
      announcement: describePosition(outline, position),
      diagrams,
      setDiagram,
    }),
    [slug, outline, position, goTo, diagrams, setDiagram],
  );
  return <DeckContext.Provider value={value}>{children}</DeckContext.Provider>;
}
