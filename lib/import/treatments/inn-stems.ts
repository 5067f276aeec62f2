/**
 * Drugs the list does not know, recognised by the stem of their international non-proprietary
 * name (WHO INN stems, in their French and English spellings): -mab (monoclonal antibodies),
 * -tinib, -ciclib, -parine, -xaban, -cilline, -floxacine, -azole, -vir, -platine, -rubicine,
 * -taxel, -statine, -sartan, -pril, -olol, -dipine, -prazole, -mycine, -cycline, céf-… The key
 * is the English INN spelling derived from the word ("céfotaxime" → "cefotaxime", "cloxacilline"
 * → "cloxacillin"). Matched on folded text, word by word: a word's last letters walk a trie of the
 * stems read backwards, and only a word ending with a stem is checked against the full rule.
 */
import { findWords } from "../text/words";
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
  const { starts, ends } = findWords(folded);
  let covered = 0;
  for (let w = 0; w < starts.length; w++) {
    if (starts[w] < covered) continue;
    const found = surrogateNear(folded, starts[w], ends[w]) ? slowMatch(folded, starts[w], covered) : fastMatch(folded, starts[w], ends[w]);
    if (!found) continue;
    covered = found.start + found.word.length;
    if (found.word.length < 6 || NOT_DRUGS.has(found.word)) continue;
    out.push({ start: found.start, end: covered, key: innKey(found.word), word: found.word });
  }
  return out;
}

/** The rule on one whole word: letters only, ending with a stem after three letters, or céf-. */
const WHOLE_WORD = new RegExp(String.raw`^(?:\p{L}{3,}(?:${STEMS.join("|")})|cef\p{L}{4,}(?:ime|one|ine|ole))$`, "u");
const STICKY = new RegExp(STEM_WORD.source, "uy");

type Reversed = { end: boolean; next: Map<number, Reversed> };
const REVERSED: Reversed = { end: false, next: new Map() };
for (const stem of STEMS) {
  // "cillines?": both spellings; the list uses no other regex syntax.
  for (const spelling of stem.endsWith("?") ? [stem.slice(0, -2), stem.slice(0, -1)] : [stem]) {
    let node = REVERSED;
    for (let i = spelling.length - 1; i >= 0; i--) {
      const code = spelling.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
}

/** A word between two non-word BMP units: the rule applies to the whole word, not preceded by "-". */
function fastMatch(folded: string, start: number, end: number) {
  if (end - start < 6 || folded.charCodeAt(start - 1) === 0x2d) return undefined;
  if (!(folded.startsWith("cef", start) && end - start >= 10) && !endsWithStem(folded, start, end)) return undefined;
  const word = folded.slice(start, end);
  return WHOLE_WORD.test(word) ? { start, word } : undefined;
}

function endsWithStem(folded: string, start: number, end: number): boolean {
  let node: Reversed | undefined = REVERSED;
  for (let i = end - 1; i >= start + 3 && node; i--) {
    node = node.next.get(folded.charCodeAt(i));
    if (node?.end) return true;
  }
  return false;
}

/**
 * Next to an astral character (a letter there counts as one code point), the rule runs as the
 * regex, from the first of the astral characters before the word (not before `covered`, the end of
 * the previous match), as a scan of the whole text would.
 */
function slowMatch(folded: string, start: number, covered: number) {
  let from = start;
  while (from - 2 >= covered && isLow(folded.charCodeAt(from - 1)) && isHigh(folded.charCodeAt(from - 2))) from -= 2;
  for (let at = from; at <= start; at += at < start ? 2 : 1) {
    STICKY.lastIndex = at;
    const word = STICKY.exec(folded)?.[0];
    if (word) return { start: at, word };
  }
  return undefined;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function surrogateNear(folded: string, start: number, end: number): boolean {
  const before = folded.charCodeAt(start - 1);
  const after = folded.charCodeAt(end);
  return isLow(before) || isHigh(after);
}
