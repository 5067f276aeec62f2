/**
 * Drugs the list does not know, recognised by the stem of their international non-proprietary
 * name (WHO INN stems, in their French and English spellings): -mab (monoclonal antibodies),
 * -tinib, -ciclib, -parine, -xaban, -cilline, -floxacine, -azole, -vir, -platine, -rubicine,
 * -taxel, -statine, -sartan, -pril, -olol, -dipine, -prazole, -mycine, -cycline, céf-… The key
 * is the English INN spelling derived from the word ("céfotaxime" → "cefotaxime", "cloxacilline"
 * → "cloxacillin"). Matched on folded text.
 */
import type { Span } from "../types";

const STEMS = [
  "mab",
  "tinib",
  "ciclib",
  "parine",
  "xaban",
  "gatran",
  "cillines?",
  "floxacine?",
  "conazole",
  "azole",
  "vir",
  "platine?",
  "rubicine?",
  "taxel",
  "statine?",
  "sartan",
  "pril",
  "olol",
  "dipine",
  "prazole",
  "mycine?",
  "micine?",
  "cycline",
  "penem",
  "vacaine",
  "curonium",
  "azepam",
  "oxetine",
  "pramine",
  "triptan",
  "gliptine?",
  "gliflozine?",
  "dronate",
  "setron",
  "lukast",
  "tidine",
  "semide",
  "thiazide",
  "lizumab",
];

/** Whole words of at least six letters ending with a stem, or starting with "céf"/"cef" (cephalosporins). */
const STEM_WORD = new RegExp(String.raw`(?<![\p{L}\d-])(?:\p{L}{3,}(?:${STEMS.join("|")})|cef\p{L}{4,}(?:ime|one|ine|ole))(?![\p{L}\d])`, "gu");

/** French words that happen to end like a stem. */
const NOT_DRUGS = new Set(["servir", "asservir", "desservir", "pourvir", "revir", "devir"]);

export type StemMention = Span & { key: string; word: string };

/** The English INN spelling of a French INN word. */
export function innKey(word: string): string {
  return word
    .replace(/cillines?$/, "cillin")
    .replace(/floxacine$/, "floxacin")
    .replace(/platine$/, "platin")
    .replace(/rubicine$/, "rubicin")
    .replace(/statine$/, "statin")
    .replace(/(my|mi)cine$/, "$1cin")
    .replace(/gliptine$/, "gliptin")
    .replace(/gliflozine$/, "gliflozin")
    .replace(/parine$/, "parin");
}

export function findStemMentions(folded: string): StemMention[] {
  const out: StemMention[] = [];
  for (const m of folded.matchAll(STEM_WORD)) {
    if (m[0].length < 6 || NOT_DRUGS.has(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, key: innKey(m[0]), word: m[0] });
  }
  return out;
}
