/**
 * Speaker notes for the instructor. Hidden in the lesson reader; the presenter view shows them.
 *
 * ```mdx
 * <Notes>
 *
 * Ask the room who has pushed an image to a registry before. ≈2 min.
 *
 * </Notes>
 * ```
 */
export function Notes(): null {
  return null;
}
