import { assertFiniteNumbers } from "./validate";

/** Median of already ascending-sorted values; null for an empty list. */
export function medianOfSorted(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  // Even count: the mean of the two middle values (the usual definition, as Python's statistics.median).
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median of any list (the input is not modified); null for an empty list. */
export function median(values: readonly number[]): number | null {
  assertFiniteNumbers(values, "median");
  return medianOfSorted([...values].sort((a, b) => a - b));
}
