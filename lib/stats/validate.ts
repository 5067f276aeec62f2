/**
 * Input checks shared by the statistics functions.
 *
 * The statistics feed an instructor's report: a NaN slipping in would silently turn every
 * figure into NaN (and `Array.prototype.sort` misorders NaN), so bad input fails loudly with
 * the function name and the position of the offending value instead.
 */
export function assertFiniteNumbers(values: readonly number[], where: string): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new RangeError(`${where}: value at index ${i} is not a finite number (${String(v)})`);
    }
  }
}
