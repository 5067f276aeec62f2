/**
 * Mentions of laboratory analytes in a text: dictionary names on the folded text, abbreviations
 * case-sensitively on the original, and clinical terms implying an analyte (anémie → hémoglobine).
 * Overlapping mentions keep the longest, explicit names before implied terms.
 */
import { ANALYTES } from "./analytes";
import { flexibleSpaces } from "../text/flexible-spaces";
import type { Span } from "../types";

export type AnalyteMention = Span & { key: string; implied: boolean };

const WORD_CHAR = /[\p{L}\d]/u;
const E = String.raw`(?![\p{L}\d])`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (sources: string[]) => sources.map((s) => `(?:${flexibleSpaces(s)})`).join("|");

const MATCHERS = ANALYTES.flatMap((a) => {
  const list: { key: string; implied: boolean; folded: boolean; re: RegExp }[] = [];
  // No leading lookbehind: it would stop V8 from scanning for the first letters quickly; the word start is checked in code.
  if (a.names.length) list.push({ key: a.key, implied: false, folded: true, re: new RegExp(`(?:${alternation(a.names)})${E}`, "gu") });
  if (a.abbreviations?.length) {
    const abbr = a.abbreviations.map(escape).join("|");
    list.push({ key: a.key, implied: false, folded: false, re: new RegExp(`(?:${abbr})(?![\\p{L}\\d+])`, "gu") });
  }
  if (a.implied?.length) list.push({ key: a.key, implied: true, folded: true, re: new RegExp(`(?:${alternation(a.implied)})${E}`, "gu") });
  return list;
});

export function findAnalyteMentions(text: string, folded: string): AnalyteMention[] {
  const all: AnalyteMention[] = [];
  for (const m of MATCHERS) {
    const source = m.folded ? folded : text;
    for (const hit of source.matchAll(m.re)) {
      if (hit.index > 0 && WORD_CHAR.test(source[hit.index - 1])) continue;
      all.push({ key: m.key, implied: m.implied, start: hit.index, end: hit.index + hit[0].length });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || Number(a.implied) - Number(b.implied));
  const kept: AnalyteMention[] = [];
  for (const m of all) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}
