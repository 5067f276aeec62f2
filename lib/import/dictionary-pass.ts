/**
 * One pass over the words of a document for all its dictionaries and word grammars: analyte
 * names and implied terms, drug names and time expressions on the folded text; analyte
 * abbreviations and day marks (J4, M+6) on the original text. Each pattern is looked up by the
 * first symbols of the words (lib/import/text/word-index.ts) instead of scanning the whole text,
 * so the cost grows with the text, not with text × dictionary size. The extractors read the same
 * document: the last long text's hits are kept (callers must not change them).
 */
import { ANALYTE_PATTERNS } from "./labs/analyte-patterns";
import { ABSOLUTE, DAY_MARK, RELATIVE } from "./events/time-patterns";
import { DRUG_PATTERNS } from "./treatments/drug-patterns";
import { WordIndex } from "./text/word-index";

/** A match of pattern `pattern` of its group (its index in the group's list). */
export type Hit = { pattern: number; start: number; end: number; match: RegExpExecArray };

type Group<G extends string> = { group: G; pattern: number; re: RegExp };

/** Folded text: analyte patterns (ANALYTE_PATTERNS indexes), drugs (DRUG_PATTERNS), time (ABSOLUTE…, then RELATIVE). */
const FOLDED: Group<"analytes" | "drugs" | "time">[] = [
  ...ANALYTE_PATTERNS.flatMap((p, pattern) => (p.folded ? [{ group: "analytes" as const, pattern, re: p.re }] : [])),
  ...DRUG_PATTERNS.map((p, pattern) => ({ group: "drugs" as const, pattern, re: p.re })),
  ...[...ABSOLUTE.map((a) => a.re), RELATIVE].map((re, pattern) => ({ group: "time" as const, pattern, re })),
];
/** Original text: analyte abbreviations (ANALYTE_PATTERNS indexes), day marks (time, pattern 0). */
const ORIGINAL: Group<"analytes" | "time">[] = [
  ...ANALYTE_PATTERNS.flatMap((p, pattern) => (p.folded ? [] : [{ group: "analytes" as const, pattern, re: p.re }])),
  { group: "time", pattern: 0, re: DAY_MARK },
];

let indexes: { folded: WordIndex; original: WordIndex } | undefined;

/** The two word indexes, built on first use (about 0.1 s). */
export function dictionaryIndexes() {
  indexes ??= { folded: new WordIndex(FOLDED.map((g) => g.re)), original: new WordIndex(ORIGINAL.map((g) => g.re)) };
  return indexes;
}

function pass<G extends string>(text: string, index: WordIndex, groups: Group<G>[], empty: Record<G, Hit[]>): Record<G, Hit[]> {
  index.scan(text, (expression, match) => {
    const { group, pattern } = groups[expression];
    empty[group].push({ pattern, start: match.index, end: match.index + match[0].length, match });
  });
  return empty;
}

let lastFolded: { text: string; hits: Record<"analytes" | "drugs" | "time", Hit[]> } | undefined;
let lastOriginal: { text: string; hits: Record<"analytes" | "time", Hit[]> } | undefined;

/** Hits on a folded text, each group in text order. */
export function foldedHits(folded: string) {
  if (lastFolded?.text === folded) return lastFolded.hits;
  const hits = pass(folded, dictionaryIndexes().folded, FOLDED, { analytes: [], drugs: [], time: [] });
  if (folded.length > 10_000) lastFolded = { text: folded, hits };
  return hits;
}

/** Hits on an original text, each group in text order. */
export function originalHits(text: string) {
  if (lastOriginal?.text === text) return lastOriginal.hits;
  const hits = pass(text, dictionaryIndexes().original, ORIGINAL, { analytes: [], time: [] });
  if (text.length > 10_000) lastOriginal = { text, hits };
  return hits;
}
