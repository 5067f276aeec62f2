/**
 * Finding quotes of the source document in its text. Authors copy quotes from PDFs and editors,
 * so whitespace and line breaks are collapsed, typographic apostrophes become ' , dashes become -,
 * and quotation marks (« » “ ” „ ") are ignored altogether (with the spaces French typography puts
 * inside « »). Case and everything else must match.
 */
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u2032`]/;
const QUOTE_MARKS = /["\u00ab\u00bb\u201c\u201d\u201e\u201f]/;
const DASHES = /[\u2010-\u2015\u2212]/;
const SPACE = /[\s\u00a0\u202f\u2007\u2009]/;

type Normalised = { text: string; /** index in `text` → index in the original */ map: number[] };

function normaliseWithMap(input: string): Normalised {
  let text = "";
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (QUOTE_MARKS.test(ch)) continue;
    if (SPACE.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && text.length > 0) {
      text += " ";
      map.push(pendingSpace);
    }
    pendingSpace = -1;
    text += APOSTROPHES.test(ch) ? "'" : DASHES.test(ch) ? "-" : ch === "\u2026" ? "..." : ch;
    map.push(i);
    if (ch === "\u2026") map.push(i, i);
  }
  return { text, map };
}

export function normaliseQuote(input: string): string {
  return normaliseWithMap(input).text;
}

/** Locates a quote in the source text; returns the span in the original text, or null. */
export function locateQuote(source: string, quote: string): { start: number; end: number } | null {
  const q = normaliseQuote(quote);
  if (!q) return null;
  const s = normaliseWithMap(source);
  const at = s.text.indexOf(q);
  if (at < 0) return null;
  return { start: s.map[at], end: s.map[at + q.length - 1] + 1 };
}

/** A reusable matcher: normalises the source once for the many quotes of a case. */
export function quoteMatcher(source: string): (quote: string) => boolean {
  const text = normaliseQuote(source);
  return (quote) => {
    const q = normaliseQuote(quote);
    return q.length > 0 && text.includes(q);
  };
}
