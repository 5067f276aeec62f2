/**
 * Many regular expressions matched in one pass over the words of a text, instead of one scan of
 * the whole text per expression. Each expression (each branch of a top-level alternation without
 * capturing groups) is indexed in a trie by the first symbols its matches can begin with
 * (regex-prefixes.ts); at each word start, the text's next symbols walk the trie and only the
 * branches found on the way are tried, anchored there (flag y), in their order. An expression
 * whose match may begin outside a word is scanned in full, as before.
 *
 * The matches are the non-empty ones an expression gives anchored at each position where no word
 * unit precedes (the start of a word, or a non-word character): per expression, left to right,
 * not overlapping, the first branch of an alternation that matches (as the regex itself).
 *
 * The walk reads the folded text (lib/import/text/fold-text.ts). An expression marked `onOriginal`
 * (case-sensitive abbreviations) is keyed by its folded keys and tried on the original text at the
 * same offset: folding keeps every non-word unit a non-word unit and digits digits, so each of its
 * matches begins at a word start of the folded text too (tested in word-index.test.ts).
 */
import { foldChar } from "./fold-text";
import { DIGIT, SEP, regexPrefixes } from "./regex-prefixes";
import { findWords, wordUnits } from "./words";

/** Children by symbol: ASCII ones (most of a French text, and SEP) in an array, the others in a map. */
type TrieNode = { branches: number[]; ascii?: (TrieNode | null)[]; other?: Map<number, TrieNode> };
type Branch = { expression: number; re: RegExp; onOriginal: boolean };
/** A regex, or a regex matched on the original text (case-sensitive). */
export type IndexedExpression = RegExp | { re: RegExp; onOriginal: true };

/** Six symbols tell most dictionary phrases apart ("une fois" from "une femme"); deeper keys cost more to build than they save. */
const DEPTH = 6;
const SEP_CODE = SEP.charCodeAt(0);
const DIGIT_CODE = DIGIT.charCodeAt(0);

export class WordIndex {
  private readonly root: TrieNode = { branches: [] };
  private readonly branches: Branch[] = [];
  private readonly scanned: { expression: number; re: RegExp; onOriginal: boolean }[] = [];
  private readonly count: number;

  constructor(expressions: IndexedExpression[]) {
    this.count = expressions.length;
    expressions.forEach((entry, id) => {
      const [expression, onOriginal] = entry instanceof RegExp ? [entry, false] : [entry.re, true];
      if (expression.flags.includes("i")) throw new Error(`WordIndex: case-insensitive expressions are not indexed (${expression.source})`);
      const flags = expression.flags.replace(/[gy]/g, "");
      const parts = splitAlternation(expression.source).map((source) => {
        const { prefixes, startsOutsideWords } = regexPrefixes(source, DEPTH);
        const keys = onOriginal ? prefixes.map(foldKey) : prefixes;
        // On the original text, a match must begin with a unit that is still a word unit once folded.
        return { source, keys, outside: startsOutsideWords || (onOriginal && keys.some((k) => k === "" || k.startsWith(SEP))) };
      });
      if (parts.some((part) => part.outside)) {
        this.scanned.push({ expression: id, re: new RegExp(expression.source, flags + "g"), onOriginal });
        return;
      }
      for (const part of parts) {
        this.branches.push({ expression: id, re: new RegExp(part.source, flags + "y"), onOriginal });
        for (const key of part.keys) this.insert(key, this.branches.length - 1);
      }
    });
  }

  /** Expressions scanned in full because a match may begin outside a word (ideally none). */
  get fullScans(): number {
    return this.scanned.length;
  }

  private insert(key: string, branch: number) {
    let node = this.root;
    for (let d = 0; d < key.length; d++) {
      const code = key.charCodeAt(d);
      let child = childOf(node, code);
      if (!child) {
        child = { branches: [] };
        if (code < 128) (node.ascii ??= new Array<TrieNode | null>(128).fill(null))[code] = child;
        else (node.other ??= new Map()).set(code, child);
      }
      node = child;
    }
    if (!node.branches.includes(branch)) node.branches.push(branch);
  }

  /**
   * Calls `visit` for each match with the expression's index, in text order for each expression.
   * `text` is the folded text; `original` (same length) is where `onOriginal` expressions are matched.
   */
  scan(text: string, visit: (expression: number, match: RegExpExecArray) => void, original: string = text): void {
    if (original.length !== text.length) throw new Error("WordIndex: the original and folded texts differ in length");
    const units = wordUnits();
    const { starts } = findWords(text);
    const lastEnd = new Int32Array(this.count);
    const matchedAt = new Int32Array(this.count).fill(-1);
    const seen = new Int32Array(this.branches.length).fill(-1);
    const candidates: number[] = [];
    for (let w = 0; w < starts.length; w++) {
      const start = starts[w];
      candidates.length = 0;
      // The word's symbols (a word unit; DIGIT for a run of digits; SEP for a run of non-word units) walk the trie.
      let node: TrieNode | null | undefined = this.root;
      let depth = 0;
      let position = start;
      let previous = -1;
      while (node) {
        for (const b of node.branches) {
          if (seen[b] === w) continue;
          seen[b] = w;
          candidates.push(b);
        }
        if (depth === DEPTH) break;
        let symbol = -1;
        while (position < text.length) {
          const code = text.charCodeAt(position++);
          symbol = units[code] !== 1 ? SEP_CODE : code >= 0x30 && code <= 0x39 ? DIGIT_CODE : code;
          if (symbol !== previous || (symbol !== SEP_CODE && symbol !== DIGIT_CODE)) break;
          symbol = -1;
        }
        if (symbol === -1) break;
        previous = symbol;
        node = childOf(node, symbol);
        depth++;
      }
      sortSmall(candidates);
      for (const b of candidates) {
        const { expression, re, onOriginal } = this.branches[b];
        // One match per expression and position (the first branch that matches, as an alternation), none overlapping.
        if (matchedAt[expression] === w || start < lastEnd[expression]) continue;
        // A folded word start may follow a unit that was a word unit before folding (the letter ʼ).
        if (onOriginal && start > 0 && units[original.charCodeAt(start - 1)] === 1) continue;
        re.lastIndex = start;
        const match = re.exec(onOriginal ? original : text);
        if (!match || match[0].length === 0) continue;
        lastEnd[expression] = start + match[0].length;
        matchedAt[expression] = w;
        visit(expression, match);
      }
    }
    for (const { expression, re, onOriginal } of this.scanned) {
      const source = onOriginal ? original : text;
      for (const match of source.matchAll(re)) {
        if (match[0].length === 0 || (match.index > 0 && units[source.charCodeAt(match.index - 1)] === 1)) continue;
        visit(expression, match as RegExpExecArray);
      }
    }
  }
}

/** A key read on original text, as the walk reads the folded text: each unit folded, then its symbol. */
function foldKey(key: string): string {
  const units = wordUnits();
  let out = "";
  for (const c of key) {
    const folded = c === SEP || c === DIGIT ? c : foldChar(c);
    const code = folded.charCodeAt(0);
    const symbol = units[code] !== 1 ? SEP : code >= 0x30 && code <= 0x39 ? DIGIT : folded;
    if ((symbol === SEP || symbol === DIGIT) && out.endsWith(symbol)) continue;
    out += symbol;
  }
  return out;
}

/** Insertion sort: candidate lists are short, and a comparator call per pair costs more. */
function sortSmall(list: number[]) {
  for (let i = 1; i < list.length; i++) {
    const value = list[i];
    let j = i - 1;
    while (j >= 0 && list[j] > value) list[j + 1] = list[j--];
    list[j + 1] = value;
  }
}

function childOf(node: TrieNode, code: number): TrieNode | null | undefined {
  return code < 128 ? node.ascii?.[code] : node.other?.get(code);
}

/**
 * The branches of a top-level alternation ("a|b|c"), or the source alone when it has none or has
 * capturing groups (their numbers would change).
 */
export function splitAlternation(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") {
      if (source[i + 1] !== "?" || (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!")) return [source];
      depth++;
    } else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}
