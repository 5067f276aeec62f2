/**
 * The words of a text, found in one pass: every run of letters and digits, by UTF-16 unit (a unit
 * is a word unit when it matches /[\p{L}\d]/u on its own, so the halves of a surrogate pair are
 * not). Every dictionary, date and number grammar of the extraction starts its matches at a word
 * start, so they look their candidates up here instead of scanning the whole text each.
 */

let table: Uint8Array | undefined;

/** 1 for the UTF-16 units that are letters or digits on their own. Built once, on first use. */
export function wordUnits(): Uint8Array {
  if (table) return table;
  const units = new Uint8Array(65536);
  const word = /[\p{L}\d]/u;
  for (let c = 0; c < 65536; c++) if (word.test(String.fromCharCode(c))) units[c] = 1;
  table = units;
  return units;
}

export type Words = {
  /** Start of each word, ascending. */
  starts: Int32Array;
  /** End (exclusive) of each word. */
  ends: Int32Array;
};

/** The last texts tokenised: the extractors tokenise the same original and folded document. */
const recent: { text: string; words: Words }[] = [];

export function findWords(text: string): Words {
  for (const r of recent) if (r.text === text) return r.words;
  const words = tokenise(text);
  if (text.length > 10_000) {
    recent.unshift({ text, words });
    recent.length = Math.min(recent.length, 2);
  }
  return words;
}

/** Word boundaries are where the word-unit flag changes; typed arrays grown by doubling. */
function tokenise(text: string): Words {
  const units = wordUnits();
  let starts: Int32Array = new Int32Array(1024);
  let ends: Int32Array = new Int32Array(1024);
  let count = 0;
  let inWord = 0;
  for (let i = 0; i < text.length; i++) {
    const word = units[text.charCodeAt(i)];
    if (word === inWord) continue;
    inWord = word;
    if (word === 0) {
      ends[count++] = i;
      continue;
    }
    if (count === starts.length) [starts, ends] = [grow(starts), grow(ends)];
    starts[count] = i;
  }
  if (inWord) ends[count++] = text.length;
  return { starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
