// Names shared by the slides transform (remark.ts) and the deck's components. A module of its
// own, with no imports, so client components can use them without bundling the transform.

/**
 * Tag names the slides transform writes and the deck's MDX components read. If you rename them,
 * update `components/slides/deck-slides.tsx`.
 */
export const SLIDE_TAG = "Slide";
export const SLIDE_NOTES_TAG = "SlideNotes";
/** The diagram's tag: a slide holding it gets the diagram's workflow steps after its reveals. */
export const DIAGRAM_TAG = "ArchitectureDiagram";
/** Attribute on each element a `<Reveal>` shows one at a time: its step within the slide, from 1. */
export const REVEAL_ATTRIBUTE = "data-reveal";
