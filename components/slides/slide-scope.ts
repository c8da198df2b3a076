"use client";

import { createContext, useContext } from "react";

import type { DiagramSettings } from "@/lib/slides/navigation";

// Kept apart from deck-provider.tsx: the diagram reads this on every lesson page, and should
// not bring the deck's navigation and sync code with it.

/** What a component inside one slide needs to know about it. */
export interface SlideScope {
  /** Whether the slide is live (the deck's current slide, interactive) or a static copy. */
  live: boolean;
  /** The workflow step of a diagram on this slide (0 = overview), when the deck drives it. */
  diagramStep?: number;
  setDiagramStep?: (step: number) => void;
  /** The diagram's launch type and task count, when a window of the deck changed them. */
  diagramSettings?: DiagramSettings;
  setDiagramSettings?: (settings: DiagramSettings) => void;
}

const SlideScopeContext = createContext<SlideScope | null>(null);

export const SlideScopeProvider = SlideScopeContext.Provider;

/** The slide a component is on; null outside a deck (in the lesson reader). */
export function useSlideScope(): SlideScope | null {
  return useContext(SlideScopeContext);
}
