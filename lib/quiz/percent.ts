/** A score as a whole percentage for people: 0.6667 → 67. */
export function percent(score: number): number {
  return Math.round(score * 100);
}
