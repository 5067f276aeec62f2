/**
 * Time expressions of a case report, on folded text. Absolute: "janvier 2013", "le 3 mars 2025",
 * "March 2025", "enero de 2013", "12/03/2025", "2025-03", "en 2013", and a month without year after
 * a preposition ("jusqu'en février"). Relative: "peu après", "quelques semaines plus tard",
 * "après 5 perfusions", "au cours des quatre premières perfusions", "par la suite", "J4", "M+6",
 * "lors de l'admission", "une fois le diagnostic établi", and their English and Spanish forms.
 * The grammar is in time-patterns.ts; the dictionary pass (lib/import/dictionary-pass.ts) finds
 * its matches word by word, with the other dictionaries.
 */
import { dictionaryHits } from "../dictionary-pass";
import { ABSOLUTE } from "./time-patterns";

export type TimeMatch = { start: number; end: number; kind: "absolute" | "relative"; year?: number; month?: number };

export function findTimeExpressions(text: string, folded: string): TimeMatch[] {
  const found: (TimeMatch & { order: number })[] = [];
  // Patterns: ABSOLUTE's, then RELATIVE (ABSOLUTE.length), then DAY_MARK (ABSOLUTE.length + 1).
  for (const { pattern, start, end, match } of dictionaryHits(text, folded).time) {
    if (pattern >= ABSOLUTE.length) {
      found.push({ start, end, kind: "relative", order: pattern });
      continue;
    }
    const { year, month } = ABSOLUTE[pattern].read(match);
    if (month !== undefined && (month < 1 || month > 12)) continue;
    found.push({ start, end, kind: "absolute", year, month, order: pattern });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const kept: TimeMatch[] = [];
  for (const { order: _order, ...t } of found) {
    const last = kept[kept.length - 1];
    if (last && t.start < last.end) continue;
    kept.push(t);
  }
  return kept;
}
