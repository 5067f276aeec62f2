/**
 * Mean and sample (co)variance helpers.
 *
 * Convention for the whole module: SAMPLE variance and covariance (divisor n − 1), as Moodle's
 * quiz statistics do (question/classes/statistics/questions/calculator.php divides every sum by
 * `s − 1`), so our SD, discrimination and efficiency can be compared with Moodle's figures.
 * Cronbach's alpha and correlations are ratios of such quantities, so the choice of divisor
 * cancels out there as long as it is the same everywhere.
 */

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Sum of squared deviations from `m`; two-pass (mean first) for numerical stability. */
export function sumOfSquares(values: readonly number[], m: number): number {
  let ss = 0;
  for (const v of values) ss += (v - m) * (v - m);
  return ss;
}

/** Sample variance (n − 1). Caller guarantees n ≥ 2. */
export function sampleVariance(values: readonly number[]): number {
  return sumOfSquares(values, mean(values)) / (values.length - 1);
}

/** Sum of cross-products of deviations, Σ (xᵢ − mx)(yᵢ − my). */
export function sumOfCrossProducts(
  xs: readonly number[],
  mx: number,
  ys: readonly number[],
  my: number,
): number {
  let sp = 0;
  for (let i = 0; i < xs.length; i++) sp += (xs[i] - mx) * (ys[i] - my);
  return sp;
}

/**
 * True when every value is the same up to floating-point noise.
 *
 * Totals are float sums of points such as 0.5 or 0.2, so two students with the same exact total
 * can differ by ~1e-16 (0.1 + 0.2 ≠ 0.3). Testing `variance === 0` would then return a variance of
 * ~1e-33 and an absurd alpha or correlation; real mark differences are never below 1e-9 × scale.
 */
export function isEffectivelyConstant(values: readonly number[]): boolean {
  if (values.length === 0) return true;
  let lo = values[0];
  let hi = values[0];
  let scale = 1;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    if (Math.abs(v) > scale) scale = Math.abs(v);
  }
  return hi - lo <= 1e-9 * scale;
}
