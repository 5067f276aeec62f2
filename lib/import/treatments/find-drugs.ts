/**
 * Mentions of drugs in a folded text, longest first when they overlap: dictionary names as found by
 * the dictionary pass (lib/import/dictionary-pass.ts, patterns in drug-patterns.ts), and words
 * ending with an INN stem (inn-stems.ts).
 */
import { dictionaryHits } from "../dictionary-pass";
import { DRUG_PATTERNS } from "./drug-patterns";
import { findStemMentions } from "./inn-stems";
import type { Span } from "../types";

/** `stem`: recognised by its INN stem, not by the list (its key is derived from the word). */
export type DrugMention = Span & { key: string; stem?: boolean };

/** The last result: the lab and treatment extractors both look for drugs in the same document. */
let last: { folded: string; mentions: DrugMention[] } | undefined;

export function findDrugMentions(text: string, folded: string): DrugMention[] {
  if (last && last.folded === folded) return last.mentions.map((m) => ({ ...m }));
  const mentions = scan(text, folded);
  if (folded.length > 10_000) last = { folded, mentions };
  return mentions.map((m) => ({ ...m }));
}

function scan(text: string, folded: string): DrugMention[] {
  const all: (DrugMention & { order: number })[] = [];
  for (const { pattern, start, end } of dictionaryHits(text, folded).drugs) all.push({ key: DRUG_PATTERNS[pattern].key, start, end, order: pattern });
  // A stem match loses to a dictionary name at the same place (sorted after it below).
  for (const m of findStemMentions(folded)) all.push({ key: m.key, start: m.start, end: m.end, stem: true, order: DRUG_PATTERNS.length });
  all.sort((a, b) => a.start - b.start || b.end - a.end || Number(a.stem ?? false) - Number(b.stem ?? false) || a.order - b.order);
  const kept: DrugMention[] = [];
  for (const { order: _order, ...m } of all) if (!kept.length || m.start >= kept[kept.length - 1].end) kept.push(m);
  return kept.filter((m, i) => !isRestatement(folded, kept[i - 1], m) && !isNamedAfter(folded, m, kept[i + 1]));
}

/** "plasma frais congelé (PFC)", "Immunoglobulines … (IgIV)": the bracketed abbreviation restates the drug. */
function isRestatement(folded: string, previous: DrugMention | undefined, m: DrugMention): boolean {
  return previous !== undefined && previous.key === m.key && /^\s*\(\s*$/.test(folded.slice(previous.end, m.start));
}

/** "L'héparinothérapie avec l'énoxaparine": a class followed by the drug that names it is that drug. */
const CLASSES = new Set(["heparin", "nsaid", "vitamin-k-antagonist"]);
function isNamedAfter(folded: string, m: DrugMention, next: DrugMention | undefined): boolean {
  return next !== undefined && CLASSES.has(m.key) && /^\s*(?:avec|par|a base d(?:e|')|type|:)\s*(?:l'|le |la |les |du |de la |de l'|d')?\s*$/.test(folded.slice(m.end, next.start));
}
