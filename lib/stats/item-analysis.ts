import { cronbachAlpha } from "./cronbach-alpha";
import { discriminativeEfficiency } from "./discriminative-efficiency";
import { itemFlagReasons, type ItemFlagReason } from "./item-flags";
import { isEffectivelyConstant, mean, sampleVariance, sumOfCrossProducts, sumOfSquares } from "./moments";
import { assertFiniteNumbers } from "./validate";

export type ItemStats = {
  /** Column index in the matrix (the question's position in the assignment). */
  index: number;
  /** Maximum points of the item, as given in `itemMax`. */
  max: number;
  /** Mean points; null when there are no students. */
  mean: number | null;
  /** Mean ÷ max, in [0, 1] (higher = easier); null without students or when max is 0. */
  facility: number | null;
  /** Sample SD of the item's points (n − 1); 0 with one student, null with none. */
  sd: number | null;
  /**
   * Corrected item–total correlation × 100: Pearson r between the item and the total of the
   * OTHER items (Moodle's "discrimination index"). Null when the item or the rest does not vary.
   */
  discrimination: number | null;
  /** Discriminative efficiency in % (see discriminative-efficiency.ts); null when undefined. */
  efficiency: number | null;
  flagged: boolean;
  reasons: ItemFlagReason[];
};

export type ItemAnalysis = {
  /** Students (rows). */
  n: number;
  /** Items (columns). */
  k: number;
  /** Cronbach's alpha; null when undefined (k < 2, n < 2, or all totals equal). */
  alpha: number | null;
  items: ItemStats[];
};

/**
 * Classical item analysis of a cohort: `matrix[s][i]` is the points student s earned on item i,
 * `itemMax[i]` the item's maximum. Variances and covariances are SAMPLE ones (n − 1) everywhere,
 * like Moodle's quiz statistics; alpha, the correlations and the efficiency are ratios, so they
 * do not depend on that choice as long as it is consistent.
 *
 * Cost: one pass to build totals and columns (O(n·k)), O(n) per item for moments (the rest score
 * is total − item, not re-summed), plus two sorts per item for the efficiency: O(n·k + k·n log n).
 * Throws a RangeError on a ragged matrix or a non-finite value.
 */
export function itemAnalysis(
  matrix: readonly (readonly number[])[],
  itemMax: readonly number[],
): ItemAnalysis {
  const k = itemMax.length;
  const n = matrix.length;
  assertFiniteNumbers(itemMax, "itemAnalysis (itemMax)");

  const columns: number[][] = Array.from({ length: k }, () => new Array<number>(n));
  const totals = new Array<number>(n);
  for (let s = 0; s < n; s++) {
    const row = matrix[s];
    if (row.length !== k) {
      throw new RangeError(`itemAnalysis: row ${s} has ${row.length} values, expected ${k} (one per item)`);
    }
    assertFiniteNumbers(row, `itemAnalysis (row ${s})`);
    let total = 0;
    for (let i = 0; i < k; i++) {
      columns[i][s] = row[i];
      total += row[i];
    }
    totals[s] = total;
  }

  const items = columns.map((column, i) => analyseItem(i, column, totals, itemMax[i]));

  let sumOfItemVariances = 0;
  if (n >= 2) for (const column of columns) sumOfItemVariances += sampleVariance(column);
  const alpha = cronbachAlpha({
    items: k,
    students: n,
    sumOfItemVariances,
    totalVariance: n >= 2 ? sampleVariance(totals) : 0,
    totalIsConstant: isEffectivelyConstant(totals),
  });

  return { n, k, alpha, items };
}

function analyseItem(index: number, item: number[], totals: number[], max: number): ItemStats {
  const n = item.length;
  if (n === 0) {
    const none = { mean: null, facility: null, sd: null, discrimination: null, efficiency: null };
    return { index, max, ...none, flagged: false, reasons: [] };
  }
  const itemMean = mean(item);
  const itemSS = sumOfSquares(item, itemMean);
  const facility = max > 0 ? itemMean / max : null;
  const sd = n < 2 ? 0 : Math.sqrt(itemSS / (n - 1));

  let discrimination: number | null = null;
  let efficiency: number | null = null;
  const rest = totals.map((t, s) => t - item[s]);
  // A correlation with a constant is 0/0: report "undefined", not 0 or NaN.
  if (n >= 2 && !isEffectivelyConstant(item) && !isEffectivelyConstant(rest)) {
    const restMean = mean(rest);
    const crossProducts = sumOfCrossProducts(item, itemMean, rest, restMean);
    discrimination = (100 * crossProducts) / Math.sqrt(itemSS * sumOfSquares(rest, restMean));
    efficiency = discriminativeEfficiency(item, itemMean, rest, restMean, crossProducts);
  }

  const reasons = itemFlagReasons(discrimination, efficiency);
  const flagged = reasons.length > 0;
  return { index, max, mean: itemMean, facility, sd, discrimination, efficiency, flagged, reasons };
}
