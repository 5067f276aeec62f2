/**
 * Where a student stands in their cohort on an assignment (pure). Shown only when at least
 * MIN_FINISHED attempts of the cohort are finished: below that a rank says too much about a few
 * classmates and too little about the student.
 */
export const MIN_FINISHED = 10;

/**
 * Percentile rank of `mine` among the cohort's counted marks (one per student, the student's own
 * included): the share of marks below it, plus half the share of marks equal to it, in percent,
 * rounded to the unit. Null when fewer than MIN_FINISHED attempts are finished.
 */
export function percentileRank(mine: number, counted: readonly number[], finishedAttempts: number): number | null {
  if (finishedAttempts < MIN_FINISHED || counted.length === 0) return null;
  const below = counted.filter((m) => m < mine).length;
  const equal = counted.filter((m) => m === mine).length;
  return Math.round(((below + equal / 2) / counted.length) * 100);
}
