import { assertFiniteNumbers } from "./validate";

export type HistogramOptions = { min: number; max: number; bins: number };

/** One bar: values v with from ≤ v < to, except the last bar which also takes v = to. */
export type HistogramBin = { from: number; to: number; count: number };

/**
 * Equal-width histogram over [min, max], e.g. marks out of 20 in 10 bins of 2 points.
 *
 * The last bin is closed so that a perfect 20/20 is counted (in [18, 20]) instead of falling off
 * the end. Values outside [min, max] are not counted: the range is the scale of the mark, so such
 * a value is a caller bug, and stretching the first or last bar would misstate the distribution;
 * the caller can compare the sum of counts with the number of values.
 */
export function histogram(values: readonly number[], options: HistogramOptions): HistogramBin[] {
  const { min, max, bins } = options;
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(max > min)) {
    throw new RangeError(`histogram: need finite min < max (got ${min}, ${max})`);
  }
  if (!Number.isInteger(bins) || bins < 1) {
    throw new RangeError(`histogram: bins must be a positive integer (got ${bins})`);
  }
  assertFiniteNumbers(values, "histogram");

  const span = max - min;
  // Edges as min + span·i/bins (multiply first): with 10 bins over [0, 1] this gives exactly 0.3,
  // whereas min + i·(span/bins) gives 0.30000000000000004 and would put 0.3 in the wrong bar.
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + (span * i) / bins));
  const counts = new Array<number>(bins).fill(0);

  for (const v of values) {
    if (v < min || v > max) continue;
    let i = Math.min(bins - 1, Math.floor(((v - min) * bins) / span));
    // The arithmetic above can land one bar off at an edge; settle it against the reported edges
    // so that every count agrees with the [from, to) shown to the instructor.
    if (v < edges[i]) i -= 1;
    else if (i < bins - 1 && v >= edges[i + 1]) i += 1;
    counts[i] += 1;
  }

  return counts.map((count, i) => ({ from: edges[i], to: edges[i + 1], count }));
}
