import { medianOfSorted } from "./median";
import { mean, sumOfSquares } from "./moments";
import { assertFiniteNumbers } from "./validate";

export type Description =
  | { n: 0; mean: null; median: null; sd: null; min: null; max: null }
  | { n: number; mean: number; median: number; sd: number; min: number; max: number };

/**
 * Summary of a score distribution (e.g. cohort marks out of 20).
 *
 * `sd` is the SAMPLE standard deviation (divisor n − 1): a cohort is treated as a sample of the
 * learners who could take the case, and it matches Moodle and spreadsheet STDEV. With a single
 * value there is no spread to estimate, so `sd` is 0 (a displayable number, not NaN) rather than
 * undefined. With no values at all every statistic is null: there is nothing to show, and a 0
 * would read as "everybody scored 0".
 */
export function describe(values: readonly number[]): Description {
  assertFiniteNumbers(values, "describe");
  const n = values.length;
  if (n === 0) return { n: 0, mean: null, median: null, sd: null, min: null, max: null };
  const sorted = [...values].sort((a, b) => a - b);
  const m = mean(sorted);
  const sd = n < 2 ? 0 : Math.sqrt(sumOfSquares(sorted, m) / (n - 1));
  return {
    n,
    mean: m,
    median: medianOfSorted(sorted) as number,
    sd,
    min: sorted[0],
    max: sorted[n - 1],
  };
}
