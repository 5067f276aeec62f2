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

export function foldText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]);
  return out;
}
