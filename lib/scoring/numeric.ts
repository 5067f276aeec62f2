import type { Credit } from "./choice";

export type Tolerance = number | { below: number; above: number };

// Allowed forms: "1500", "1 500", "1 500,5", "-0,25", ",5", "1.5". Thousands groups must be
// complete so a typo such as "1 5" is rejected instead of silently read as 15.
const GROUPED = /^[+-]?\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/;
const PLAIN = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

/** Parses a number typed the French way (decimal comma, spaces as thousands separators). Null when not a number. */
export function parseFrenchNumber(input: string): number | null {
  // Any Unicode space (incl. the no-break and narrow no-break spaces French typography uses) counts as one.
  const s = input.trim().replace(/[\s\u00a0\u202f]+/g, " ");
  if (!GROUPED.test(s) && !PLAIN.test(s)) return null;
  const value = Number(s.replace(/ /g, "").replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

export function toleranceBounds(answer: number, tolerance: Tolerance): { min: number; max: number } {
  const below = typeof tolerance === "number" ? tolerance : tolerance.below;
  const above = typeof tolerance === "number" ? tolerance : tolerance.above;
  return { min: answer - below, max: answer + above };
}

/** Numeric: 1 when min ≤ value ≤ max (inclusive bounds), else 0. */
export function scoreNumeric(answer: number, tolerance: Tolerance, unit: string, value: number): Credit {
  const { min, max } = toleranceBounds(answer, tolerance);
  // Binary floating point: 1.5 + 0.1 is 1.6000000000000001, so "exactly at the bound" needs a hair of slack.
  const eps = 1e-9 * Math.max(1, Math.abs(answer));
  if (Number.isFinite(value) && value >= min - eps && value <= max + eps) return { credit: 1, reasons: [] };
  return { credit: 0, reasons: [{ rule: "numeric.out-of-range", params: { given: value, expected: answer, unit, min, max } }] };
}
