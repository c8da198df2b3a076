/**
 * Items shown one at a time when the lesson is presented as slides: each item of the list
 * inside it, or else each block inside it, is one step. In the lesson reader it shows everything.
 *
 * ```mdx
 * <Reveal>
 *
 * - Shown on the first press of →
 * - then this one
 *
 * </Reveal>
 * ```
 */
export function Reveal({ children }: { children?: React.ReactNode }) {
  return <>{children}</>;
}
