/**
 * The analyte dictionary (analytes.ts) as patterns: per analyte, its names and its implied terms
 * on folded text (regex sources, spaces matching any white space), its abbreviations
 * case-sensitively on the original text. Matched word by word by the dictionary pass
 * (lib/import/dictionary-pass.ts); the rank of a pattern breaks ties between equal mentions.
 */
import { ANALYTES } from "./analytes";
import { flexibleSpaces } from "../text/flexible-spaces";

export type AnalytePattern = { key: string; implied: boolean; folded: boolean; re: RegExp };

const E = String.raw`(?![\p{L}\d])`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (sources: string[]) => sources.map((s) => `(?:${flexibleSpaces(s)})`).join("|");

export const ANALYTE_PATTERNS: AnalytePattern[] = ANALYTES.flatMap((a) => {
  const list: AnalytePattern[] = [];
  if (a.names.length) list.push({ key: a.key, implied: false, folded: true, re: new RegExp(`(?:${alternation(a.names)})${E}`, "u") });
  if (a.abbreviations?.length) {
    const abbr = a.abbreviations.map(escape).join("|");
    list.push({ key: a.key, implied: false, folded: false, re: new RegExp(`(?:${abbr})(?![\\p{L}\\d+])`, "u") });
  }
  if (a.implied?.length) list.push({ key: a.key, implied: true, folded: true, re: new RegExp(`(?:${alternation(a.implied)})${E}`, "u") });
  return list;
});
