/**
 * Mentions of laboratory analytes in a text: dictionary names on the folded text, abbreviations
 * case-sensitively on the original, and clinical terms implying an analyte (anémie → hémoglobine),
 * as found by the dictionary pass (lib/import/dictionary-pass.ts, patterns in analyte-patterns.ts).
 * Overlapping mentions keep the longest, explicit names before implied terms.
 */
import { ANALYTE_PATTERNS } from "./analyte-patterns";
import { dictionaryHits } from "../dictionary-pass";
import type { Span } from "../types";

export type AnalyteMention = Span & { key: string; implied: boolean };

export function findAnalyteMentions(text: string, folded: string): AnalyteMention[] {
  const all: (AnalyteMention & { rank: number })[] = [];
  for (const { pattern, start, end } of dictionaryHits(text, folded).analytes) {
    const { key, implied } = ANALYTE_PATTERNS[pattern];
    all.push({ key, implied, start, end, rank: pattern });
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || Number(a.implied) - Number(b.implied) || a.rank - b.rank);
  const kept: AnalyteMention[] = [];
  for (const { rank: _rank, ...m } of all) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}
