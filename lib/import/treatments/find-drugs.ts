/** Mentions of dictionary drugs in a folded text, longest first when they overlap. */
import { DRUGS } from "./drugs";
import { findStemMentions } from "./inn-stems";
import { flexibleSpaces } from "../text/flexible-spaces";
import type { Span } from "../types";

/** `stem`: recognised by its INN stem, not by the list (its key is derived from the word). */
export type DrugMention = Span & { key: string; stem?: boolean };

// No leading lookbehind (it would stop V8 from scanning for the first letters quickly): the word start is checked in code.
const MATCHERS = DRUGS.map((d) => ({ key: d.key, re: new RegExp(`(?:${flexibleSpaces(d.names.join("|"))})(?![\\p{L}\\d])`, "gu") }));
const WORD_CHAR = /[\p{L}\d]/u;

/** The last result: the lab and treatment extractors both look for drugs in the same document. */
let last: { folded: string; mentions: DrugMention[] } | undefined;

export function findDrugMentions(folded: string): DrugMention[] {
  if (last && last.folded === folded) return last.mentions.map((m) => ({ ...m }));
  const mentions = scan(folded);
  if (folded.length > 10_000) last = { folded, mentions };
  return mentions.map((m) => ({ ...m }));
}

function scan(folded: string): DrugMention[] {
  const all: DrugMention[] = [];
  for (const { key, re } of MATCHERS) for (const m of folded.matchAll(re)) if (m.index === 0 || !WORD_CHAR.test(folded[m.index - 1])) all.push({ key, start: m.index, end: m.index + m[0].length });
  // A stem match loses to a dictionary name at the same place (sorted after it below).
  for (const m of findStemMentions(folded)) all.push({ key: m.key, start: m.start, end: m.end, stem: true });
  all.sort((a, b) => a.start - b.start || b.end - a.end || Number(a.stem ?? false) - Number(b.stem ?? false));
  const kept: DrugMention[] = [];
  for (const m of all) if (!kept.length || m.start >= kept[kept.length - 1].end) kept.push(m);
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
