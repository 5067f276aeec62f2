/**
 * Length-preserving normalisation for matching: lower case, accents removed, typographic
 * apostrophes, dashes and spaces unified. Because every UTF-16 unit maps to exactly one unit,
 * a match found in the folded string has the same offsets in the original.
 */
const SPECIAL: Record<string, string> = {
  "\u2019": "'",
  "\u2018": "'",
  "\u02bc": "'",
  "\u00b4": "'",
  "\u2013": "-",
  "\u2014": "-",
  "\u2011": "-",
  "\u2010": "-",
  "\u2212": "-",
  "\u00a0": " ",
  "\u202f": " ",
  "\u2009": " ",
  "\u2007": " ",
  "\u03bc": "µ",
  "\u00ab": '"',
  "\u00bb": '"',
  "\u201c": '"',
  "\u201d": '"',
};

export function foldChar(ch: string): string {
  const special = SPECIAL[ch];
  if (special) return special;
  const lower = ch.toLowerCase();
  if (lower.length !== 1) return ch;
  const base = lower.normalize("NFD")[0];
  return base ?? lower;
}

/** The last text folded: every extractor folds the same document, so it is folded once. */
let last: { text: string; folded: string } | undefined;

export function foldText(text: string): string {
  if (last && last.text === text) return last.folded;
  // Only capitals and non-ASCII characters change; each maps to exactly one UTF-16 unit.
  const folded = text.replace(/[A-Z\u0080-\uffff]/g, foldChar);
  if (text.length > 10_000) last = { text, folded };
  return folded;
}
