/**
 * One pass over the words of a document for all its dictionaries and word grammars: analyte
 * names and implied terms, drug names and time expressions on the folded text; analyte
 * abbreviations and day marks (J4, M+6) on the original text, at the same word starts. Each
 * pattern is looked up by the first symbols of the words (lib/import/text/word-index.ts) instead of
 * scanning the whole text, so the cost grows with the text, not with text × dictionary size. The
 * extractors read the same document: the last long text's hits are kept (callers must not change them).
 */
import { ANALYTE_PATTERNS } from "./labs/analyte-patterns";
import { ABSOLUTE, DAY_MARK, RELATIVE } from "./events/time-patterns";
import { DRUG_PATTERNS } from "./treatments/drug-patterns";
import { WordIndex } from "./text/word-index";

/** A match of pattern `pattern` of its group (its index in the group's list). */
export type Hit = { pattern: number; start: number; end: number; match: RegExpExecArray };
type Group = "analytes" | "drugs" | "time";

/**
 * Every pattern, with its group and its index there. Analytes: ANALYTE_PATTERNS (abbreviations on
 * the original text); drugs: DRUG_PATTERNS; time: ABSOLUTE's, then RELATIVE, then DAY_MARK (on the
 * original text, capitals required).
 */
const PATTERNS: { group: Group; pattern: number; re: RegExp; onOriginal: boolean }[] = [
  ...ANALYTE_PATTERNS.map((p, pattern) => ({ group: "analytes" as const, pattern, re: p.re, onOriginal: !p.folded })),
  ...DRUG_PATTERNS.map((p, pattern) => ({ group: "drugs" as const, pattern, re: p.re, onOriginal: false })),
  ...[...ABSOLUTE.map((a) => a.re), RELATIVE].map((re, pattern) => ({ group: "time" as const, pattern, re, onOriginal: false })),
  { group: "time", pattern: ABSOLUTE.length + 1, re: DAY_MARK, onOriginal: true },
];

let index: WordIndex | undefined;

/** The word index of every pattern, built on first use (about 0.1 s). */
export function dictionaryIndex(): WordIndex {
  index ??= new WordIndex(PATTERNS.map((p) => (p.onOriginal ? { re: p.re, onOriginal: true as const } : p.re)));
  return index;
}

let last: { text: string; folded: string; hits: Record<Group, Hit[]> } | undefined;

/** The hits of every pattern on a document (`folded` = foldText(text)), each group in text order per pattern. */
export function dictionaryHits(text: string, folded: string): Record<Group, Hit[]> {
  if (last && last.text === text && last.folded === folded) return last.hits;
  const hits: Record<Group, Hit[]> = { analytes: [], drugs: [], time: [] };
  dictionaryIndex().scan(
    folded,
    (expression, match) => {
      const { group, pattern } = PATTERNS[expression];
      hits[group].push({ pattern, start: match.index, end: match.index + match[0].length, match });
    },
    text,
  );
  if (text.length > 10_000) last = { text, folded, hits };
  return hits;
}
