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

/** The folded unit of each UTF-16 unit met so far (-1: not yet computed with foldChar). */
const table = new Int32Array(65536).fill(-1);
for (let c = 0; c < 0x80; c++) table[c] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;

/** The last text folded: every extractor folds the same document, so it is folded once. */
let last: { text: string; folded: string } | undefined;

export function foldText(text: string): string {
  if (last && last.text === text) return last.folded;
  const folded = foldUnits(text);
  if (text.length > 10_000) last = { text, folded };
  return folded;
}

/** Each unit through the table (each maps to exactly one unit): no call or string per character. */
function foldUnits(text: string): string {
  const out = new Uint16Array(text.length);
  let surrogates = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let folded = table[c];
    if (folded < 0) folded = table[c] = foldChar(String.fromCharCode(c)).charCodeAt(0);
    if (folded >= 0xd800 && folded <= 0xdfff) surrogates = true;
    out[i] = folded;
  }
  // The decoder would replace a lone surrogate: a text with surrogates is joined by chunks instead.
  if (!surrogates) return decoder.decode(out);
  const parts: string[] = [];
  for (let start = 0; start < out.length; start += 8192) parts.push(String.fromCharCode.apply(null, out.subarray(start, start + 8192) as unknown as number[]));
  return parts.join("");
}

/** Keeps a leading U+FEFF: the folded text must keep every unit. */
const decoder = new TextDecoder("utf-16le", { ignoreBOM: true });
