/** A score as a mark out of 20, rounded to 2 decimals (null when there is no score or no maximum). */
export function markOutOf20(score: number | null, max: number | null): number | null {
  if (score === null || max === null || max <= 0) return null;
  return Math.round((score / max) * 2000) / 100;
}
