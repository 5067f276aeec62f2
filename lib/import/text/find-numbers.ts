/**
 * The numbers of a folded text (NUMBER_SOURCE of parse-number.ts), in text order. A number
 * begins a word (no letter, digit, "." or "," before it), so only word starts beginning with a digit
 * are tried, anchored: the same matches as a scan of the whole text, in one pass over its words.
 * Labs, treatments and the review's unextracted numbers read the same document: the last long
 * text's numbers are kept (callers must not change them).
 */
import { NUMBER_SOURCE } from "./parse-number";
import type { Span } from "../types";
import { findWords } from "./words";

export type NumberToken = Span & { text: string };

const NUMBER = new RegExp(NUMBER_SOURCE, "uy");
let last: { folded: string; numbers: readonly NumberToken[] } | undefined;

export function findNumbers(folded: string): readonly NumberToken[] {
  if (last && last.folded === folded) return last.numbers;
  const numbers: NumberToken[] = [];
  const { starts } = findWords(folded);
  let end = 0;
  for (let w = 0; w < starts.length; w++) {
    const start = starts[w];
    const code = folded.charCodeAt(start);
    if (start < end || code < 0x30 || code > 0x39) continue;
    NUMBER.lastIndex = start;
    const m = NUMBER.exec(folded);
    if (!m) continue;
    end = start + m[0].length;
    numbers.push({ start, end, text: m[0] });
  }
  if (folded.length > 10_000) last = { folded, numbers };
  return numbers;
}
