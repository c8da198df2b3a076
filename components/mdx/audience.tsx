import type { ReactNode } from "react";

// The build resolves both tags before anything renders (lib/slides/audience.ts: the page keeps
// what is inside <ReaderOnly> and drops <SlideOnly>; the deck does the opposite). These are the
// page's behaviour, should a tag ever reach the renderer.

/**
 * Content for the lesson page only; the slides leave it out.
 *
 * ```mdx
 * <ReaderOnly>
 *
 * A longer explanation that would crowd a slide.
 *
 * </ReaderOnly>
 * ```
 */
export function ReaderOnly({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

/**
 * Content for the slides only; the lesson page leaves it out.
 *
 * ```mdx
 * <SlideOnly>
 *
 * - A short list for the projector
 *
 * </SlideOnly>
 * ```
 */
export function SlideOnly(): null {
  return null;
}
