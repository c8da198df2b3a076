/**
 * Moving through a deck: the pure rules behind the audience and presenter views. A position is
 * a slide (from 0) and a step within it (0 = nothing revealed yet). A slide's steps are its
 * `<Reveal>` items first, then the workflow steps of a diagram on it.
 */
import { clampCount, type LaunchType } from "../diagram/graph";

/** What the deck knows about one slide. */
export interface SlideOutline {
  title: string;
  /** Items shown one at a time by `<Reveal>`. */
  reveals: number;
  /** Every step: reveals, then a diagram's workflow steps, or a quiz answer. */
  steps: number;
  hasNotes: boolean;
}

export interface DeckPosition {
  slide: number;
  step: number;
}

/** Keeps a position inside the deck: the slide within range, the step within its slide. */
export function clampPosition(
  outline: readonly SlideOutline[],
  position: DeckPosition,
): DeckPosition {
  if (outline.length === 0) return { slide: 0, step: 0 };
  const slide = Math.min(Math.max(0, Math.trunc(position.slide) || 0), outline.length - 1);
  const steps = outline[slide]!.steps;
  const step = Math.min(Math.max(0, Math.trunc(position.step) || 0), steps);
  return { slide, step };
}

/** The next step of this slide, else the start of the next slide, else where it is. */
export function nextPosition(
  outline: readonly SlideOutline[],
  position: DeckPosition,
): DeckPosition {
  const { slide, step } = clampPosition(outline, position);
  if (step < (outline[slide]?.steps ?? 0)) return { slide, step: step + 1 };
  if (slide < outline.length - 1) return { slide: slide + 1, step: 0 };
  return { slide, step };
}

/**
 * The previous step of this slide, else the previous slide with everything on it revealed (as
 * the audience last saw it), else where it is.
 */
export function previousPosition(
  outline: readonly SlideOutline[],
  position: DeckPosition,
): DeckPosition {
  const { slide, step } = clampPosition(outline, position);
  if (step > 0) return { slide, step: step - 1 };
  if (slide > 0) return { slide: slide - 1, step: outline[slide - 1]!.steps };
  return { slide, step };
}

/** The start of slide `slide` (from 0), clamped to the deck. */
export function slidePosition(outline: readonly SlideOutline[], slide: number): DeckPosition {
  return clampPosition(outline, { slide, step: 0 });
}

/** The last slide, fully revealed. */
export function endPosition(outline: readonly SlideOutline[]): DeckPosition {
  const slide = Math.max(0, outline.length - 1);
  return { slide, step: outline[slide]?.steps ?? 0 };
}

/**
 * The URL fragment for a position: `#/3` for the third slide, `#/3/2` at its second step.
 * Slides count from 1 in URLs, as people count them.
 */
export function formatHash(position: DeckPosition): string {
  return position.step > 0 ? `#/${position.slide + 1}/${position.step}` : `#/${position.slide + 1}`;
}

/**
 * Reads a position from a URL: `#/3`, `#/3/2`, or `?slide=3` (and `&step=2`). Returns undefined
 * when the URL names none, so the caller keeps its own. Not clamped: pass it to `clampPosition`.
 */
export function parseLocation(hash: string, search = ""): DeckPosition | undefined {
  const fromHash = /^#\/([1-9]\d*)(?:\/(\d+))?\/?$/.exec(hash);
  if (fromHash) return { slide: Number(fromHash[1]) - 1, step: Number(fromHash[2] ?? 0) };
  const params = new URLSearchParams(search);
  const slide = params.get("slide");
  if (slide && /^[1-9]\d*$/.test(slide)) {
    const step = params.get("step");
    return { slide: Number(slide) - 1, step: step && /^\d+$/.test(step) ? Number(step) : 0 };
  }
  return undefined;
}

/**
 * The architecture diagram's settings on one slide, shared by every window of the deck. (Not in
 * the address: a link names a slide and a step, and the diagram starts from the lesson's
 * settings.)
 */
export interface DiagramSettings {
  launchType: LaunchType;
  tasks: number;
}

/**
 * One change of a slide's diagram as the windows pass it on: `version` counts the changes made
 * to that slide's diagram, `origin` is the window that made it.
 */
export interface DiagramChange {
  settings: DiagramSettings;
  version: number;
  origin: string;
}

/**
 * Whether a change replaces the one a window holds: a later version does; at the same version
 * (two windows changed the diagram at once) the one from the larger window id does, so every
 * window settles on the same settings.
 */
export function supersedes(incoming: DiagramChange, current: DiagramChange | undefined): boolean {
  if (!current) return true;
  if (incoming.version !== current.version) return incoming.version > current.version;
  return incoming.origin > current.origin;
}

/** Messages between the windows showing one deck (presenter and audience). */
export type SyncMessage =
  | { type: "position"; position: DeckPosition; sender: string }
  | { type: "hello"; sender: string }
  | { type: "diagram"; slide: number; change: DiagramChange; sender: string };

// Any page of the site can post on a deck's channel, so every message is held to what the
// deck's own windows send: a version a talk can reach, a slide the deck has, a task count the
// diagram draws, ids of the length this module makes. A version of 1e300 could otherwise pin
// every window (1e300 + 1 is 1e300, so no later change could win), and a slide of 1e9 would
// add an entry every window keeps and repeats to each newcomer.

/** The most changes one slide's diagram can go through; a talk makes a few dozen. */
export const MAX_DIAGRAM_VERSION = 1_000_000;
/** The most slides a deck is taken to have when the caller does not say. */
export const MAX_SLIDES = 1_000;
/** The most steps on one slide (reveals and a diagram's steps). */
export const MAX_STEPS = 1_000;
/** A window id: what `newWindowId` makes. */
const WINDOW_ID = /^[a-z0-9]{1,32}$/;

/** A random id for this window, of the form `parseSyncMessage` accepts. */
export function newWindowId(): string {
  return Math.random().toString(36).slice(2) || "0";
}

/**
 * Reads a message from another window of a deck of `slides` slides; anything else (another
 * app, an old version, a page flooding the channel with values out of range) is ignored.
 */
export function parseSyncMessage(data: unknown, slides = MAX_SLIDES): SyncMessage | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const message = data as Record<string, unknown>;
  if (!isWindowId(message.sender)) return undefined;
  if (message.type === "hello") return { type: "hello", sender: message.sender };
  if (message.type === "diagram") {
    const change = message.change as Record<string, unknown> | null | undefined;
    const settings = change?.settings as Record<string, unknown> | null | undefined;
    if (
      !isIndex(message.slide, Math.min(slides, MAX_SLIDES) - 1) ||
      !isIndex(change?.version, MAX_DIAGRAM_VERSION) ||
      !isWindowId(change.origin) ||
      (settings?.launchType !== "fargate" && settings?.launchType !== "ec2") ||
      typeof settings.tasks !== "number" ||
      !Number.isFinite(settings.tasks)
    ) {
      return undefined;
    }
    return {
      type: "diagram",
      slide: message.slide,
      change: {
        settings: { launchType: settings.launchType, tasks: clampCount(settings.tasks) },
        version: change.version,
        origin: change.origin,
      },
      sender: message.sender,
    };
  }
  if (message.type !== "position") return undefined;
  const position = message.position as Record<string, unknown> | null | undefined;
  if (
    typeof position?.slide !== "number" ||
    typeof position.step !== "number" ||
    !Number.isFinite(position.slide) ||
    !Number.isFinite(position.step)
  ) {
    return undefined;
  }
  return {
    type: "position",
    // Kept in range here; the deck clamps it to its own slides and steps (clampPosition).
    position: {
      slide: Math.min(Math.max(0, Math.trunc(position.slide)), MAX_SLIDES),
      step: Math.min(Math.max(0, Math.trunc(position.step)), MAX_STEPS),
    },
    sender: message.sender,
  };
}

function isIndex(value: unknown, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= max;
}

function isWindowId(value: unknown): value is string {
  return typeof value === "string" && WINDOW_ID.test(value);
}

/**
 * What a window has heard from the others since it last caught up: the latest position, the
 * winning change of each slide's diagram, and whether a window said hello. Messages arrive
 * one by one, as fast as any page cares to post them; the window acts on this once a frame,
 * so a flood costs one update a frame, never one each.
 */
export interface SyncInbox {
  position?: DeckPosition;
  /** By slide; at most one entry per slide of the deck. */
  diagrams: ReadonlyMap<number, DiagramChange>;
  /** Someone joined: tell them where the deck is (once, however many said it). */
  hello: boolean;
}

/** An inbox with nothing in it. */
export function emptyInbox(): SyncInbox {
  return { diagrams: new Map(), hello: false };
}

/** The inbox after one more message: the last position wins, each diagram's change by `supersedes`. */
export function addToInbox(inbox: SyncInbox, message: SyncMessage): SyncInbox {
  switch (message.type) {
    case "hello":
      return inbox.hello ? inbox : { ...inbox, hello: true };
    case "position":
      return { ...inbox, position: message.position };
    case "diagram": {
      if (!supersedes(message.change, inbox.diagrams.get(message.slide))) return inbox;
      const diagrams = new Map(inbox.diagrams);
      diagrams.set(message.slide, message.change);
      return { ...inbox, diagrams };
    }
  }
}

/**
 * The change this window makes to a slide's diagram, after `current`: one version later, but
 * never past `MAX_DIAGRAM_VERSION` (where the window id breaks ties), so no window can be
 * pinned by a version nobody can pass.
 */
export function nextDiagramChange(
  current: DiagramChange | undefined,
  settings: DiagramSettings,
  origin: string,
): DiagramChange {
  const version = Math.min((current?.version ?? 0) + 1, MAX_DIAGRAM_VERSION);
  return { settings, version, origin };
}

/** The BroadcastChannel name shared by every window showing one lesson's deck. */
export function syncChannelName(slug: string): string {
  return `dockside-deck:${slug}`;
}

/**
 * What a screen reader hears after a move, e.g. "Slide 3 of 12: Amazon ECR. Step 2 of 4."
 * Nothing for the steps past a slide's reveals: those are the diagram's, and it narrates each
 * one itself (components/diagram), so the two would talk over each other.
 */
export function describePosition(outline: readonly SlideOutline[], position: DeckPosition): string {
  const slide = outline[position.slide];
  if (!slide || position.step > slide.reveals) return "";
  const where = `Slide ${position.slide + 1} of ${outline.length}: ${slide.title}.`;
  return position.step > 0 ? `${where} Step ${position.step} of ${slide.reveals}.` : where;
}
