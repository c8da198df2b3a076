/**
 * Moving through a deck: the pure rules behind the audience and presenter views. A position is
 * a slide (from 0) and a step within it (0 = nothing revealed yet). A slide's steps are its
 * `<Reveal>` items first, then the workflow steps of a diagram on it.
 */
import type { LaunchType } from "../diagram/graph";

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

/** Reads a message from another window; anything else (another app, an old version) is ignored. */
export function parseSyncMessage(data: unknown): SyncMessage | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const message = data as Record<string, unknown>;
  if (typeof message.sender !== "string") return undefined;
  if (message.type === "hello") return { type: "hello", sender: message.sender };
  if (message.type === "diagram") {
    const change = message.change as Record<string, unknown> | null | undefined;
    const settings = change?.settings as Record<string, unknown> | null | undefined;
    if (
      !isIndex(message.slide) ||
      !isIndex(change?.version) ||
      typeof change.origin !== "string" ||
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
        // The diagram keeps the count in its range (clampCount).
        settings: { launchType: settings.launchType, tasks: settings.tasks },
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
    position: { slide: position.slide, step: position.step },
    sender: message.sender,
  };
}

function isIndex(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
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
