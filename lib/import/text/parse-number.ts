/**
 * Numbers as printed in French, English and Spanish case reports: decimal commas ("10,4"),
 * thousands grouped with spaces ("51 000") and, for cell counts, dots or commas followed by
 * exactly three digits ("2.620/mcl" = 2620, "12,000/µL" = 12000).
 */

/** A number token; used on folded text (spaces already unified). Not preceded by a letter or digit. */
export const NUMBER_SOURCE = String.raw`(?<![\p{L}\d.,])(?:\d{1,3}(?: \d{3})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)*)`;

const DIGITS_ONLY = /^\d+$/;

export type NumberStyle = "decimal" | "count";

/**
 * Parses a printed number. With style "count" (a per-volume cell count without multiplier, or a
 * dose), a single separator followed by exactly three digits is a thousands separator.
 */
export function parseNumber(raw: string, style: NumberStyle = "decimal"): number {
  // Most printed numbers are plain digits.
  if (DIGITS_ONLY.test(raw)) return Number(raw);
  const compact = raw.replace(/[\s\u00a0\u202f]/g, "");
  const dots = (compact.match(/\./g) ?? []).length;
  const commas = (compact.match(/,/g) ?? []).length;
  if (dots && commas) {
    const decimal = compact.lastIndexOf(".") > compact.lastIndexOf(",") ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    return Number(compact.split(thousands).join("").replace(decimal, "."));
  }
  const sep = dots ? "." : commas ? "," : "";
  if (!sep) return Number(compact);
  const parts = compact.split(sep);
  const groupsOfThree = parts.slice(1).every((p) => p.length === 3);
  if (parts.length > 2 && groupsOfThree) return Number(parts.join(""));
  if (style === "count" && groupsOfThree && parts[0] !== "0") return Number(parts.join(""));
  return Number(parts.join("."));
}
