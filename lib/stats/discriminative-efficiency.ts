import { sumOfCrossProducts } from "./moments";

/**
 * Discriminative efficiency, as defined and computed by Moodle's quiz statistics report
 * (moodle/moodle, question/classes/statistics/questions/calculator.php:
 * `discriminativeefficiency = 100 * covariance / covariancemax`; see also Moodle Docs,
 * "Quiz statistics calculations"):
 *
 *   DE = 100 × Cov(x, X) / CovMax(x, X)
 *
 * where x is the item's marks, X the marks on the REST of the test (total minus this item), and
 * CovMax is the largest covariance those two score distributions could have: Moodle sorts the
 * item marks and the rest marks independently (both ascending) and pairs them rank for rank, so
 * CovMax = Σ (x₍ᵢ₎ − x̄)(X₍ᵢ₎ − X̄) / (s − 1). By the rearrangement inequality no pairing of the
 * same marks gives a larger covariance, so DE ≤ 100 %; it is the discrimination index rescaled by
 * the best discrimination attainable given the item's facility (a very easy or very hard item
 * cannot correlate fully with a spread-out rest score). Moodle flags DE < 15 % as dubious.
 *
 * Both covariances share the divisor s − 1, so it cancels and we work with sums of products.
 * Returns null when CovMax is 0, i.e. when the item or the rest score does not vary (Moodle also
 * leaves the statistic empty then). Cost: two sorts, O(n log n).
 */
export function discriminativeEfficiency(
  item: readonly number[],
  itemMean: number,
  rest: readonly number[],
  restMean: number,
  crossProducts: number,
): number | null {
  const sortedItem = [...item].sort((a, b) => a - b);
  const sortedRest = [...rest].sort((a, b) => a - b);
  const maxCrossProducts = sumOfCrossProducts(sortedItem, itemMean, sortedRest, restMean);
  if (!(maxCrossProducts > 0)) return null;
  return (100 * crossProducts) / maxCrossProducts;
}
