/**
 * Cronbach's alpha, α = k/(k − 1) × (1 − Σ item variances / total-score variance).
 *
 * Both variances must use the same divisor (this module uses n − 1 throughout); the divisor then
 * cancels. Undefined — null, never NaN or ±Infinity — when there are fewer than 2 items (k − 1 = 0),
 * fewer than 2 students (no variance to estimate) or when every student has the same total.
 * Alpha can legitimately be negative (items that do not measure the same thing); it is returned
 * as is so the instructor sees it.
 */
export function cronbachAlpha(input: {
  items: number;
  students: number;
  sumOfItemVariances: number;
  totalVariance: number;
  totalIsConstant: boolean;
}): number | null {
  const { items: k, students: n, sumOfItemVariances, totalVariance, totalIsConstant } = input;
  if (k < 2 || n < 2 || totalIsConstant || !(totalVariance > 0)) return null;
  return (k / (k - 1)) * (1 - sumOfItemVariances / totalVariance);
}
