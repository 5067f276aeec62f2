/**
 * Sentence spans of a text. A sentence ends at ".", "!", "?" or "…" followed by white space,
 * at a blank line, or at a line break followed by a capital letter (a new line in a list or
 * after a heading). Decimal points ("2.620") and initials followed by a comma ("S.,") do not end one.
 */
import type { Span } from "../types";
import { lastAtOrBefore } from "./search-sorted";

const BOUNDARY = /[.!?…](?=\s)|\n\s*\n|\n(?=[ \t"'«•\-–*]*[\p{Lu}\d])/gu;

export function findSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m[0].startsWith("\n") ? m.index : m.index + m[0].length;
    pushTrimmed(text, start, end, spans);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}

/** The span of the sentence containing `position`, or a zero-width span there. */
export function sentenceAt(sentences: Span[], position: number): Span {
  const s = sentences[lastAtOrBefore(sentences, position, (x) => x.start)];
  return s && position < s.end ? s : { start: position, end: position };
}
