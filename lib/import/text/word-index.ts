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
 */
import { DIGIT, SEP, regexPrefixes } from "./regex-prefixes";
import { findWords, wordUnits } from "./words";

/** Children by symbol: ASCII ones (most of a French text, and SEP) in an array, the others in a map. */
type TrieNode = { branches: number[]; ascii?: (TrieNode | null)[]; other?: Map<number, TrieNode> };
type Branch = { expression: number; re: RegExp };

/** Six symbols tell most dictionary phrases apart ("une fois" from "une femme"); deeper keys cost more to build than they save. */
const DEPTH = 6;
const SEP_CODE = SEP.charCodeAt(0);
const DIGIT_CODE = DIGIT.charCodeAt(0);

export class WordIndex {
  private readonly root: TrieNode = { branches: [] };
  private readonly branches: Branch[] = [];
  private readonly scanned: { expression: number; re: RegExp }[] = [];
  private readonly count: number;

  constructor(expressions: RegExp[]) {
    this.count = expressions.length;
    expressions.forEach((expression, id) => {
      if (expression.flags.includes("i")) throw new Error(`WordIndex: case-insensitive expressions are not indexed (${expression.source})`);
      const flags = expression.flags.replace(/[gy]/g, "");
      const parts = splitAlternation(expression.source).map((source) => ({ source, ...regexPrefixes(source, DEPTH) }));
      if (parts.some((part) => part.startsOutsideWords)) {
        this.scanned.push({ expression: id, re: new RegExp(expression.source, flags + "g") });
        return;
      }
      for (const part of parts) {
        this.branches.push({ expression: id, re: new RegExp(part.source, flags + "y") });
        for (const key of part.prefixes) this.insert(key, this.branches.length - 1);
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

  /** Calls `visit` for each match with the expression's index; in text order for each expression. */
  scan(text: string, visit: (expression: number, match: RegExpExecArray) => void): void {
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
        const { expression, re } = this.branches[b];
        // One match per expression and position (the first branch that matches, as an alternation), none overlapping.
        if (matchedAt[expression] === w || start < lastEnd[expression]) continue;
        re.lastIndex = start;
        const match = re.exec(text);
        if (!match || match[0].length === 0) continue;
        lastEnd[expression] = start + match[0].length;
        matchedAt[expression] = w;
        visit(expression, match);
      }
    }
    for (const { expression, re } of this.scanned) {
      for (const match of text.matchAll(re)) {
        if (match[0].length === 0 || (match.index > 0 && units[text.charCodeAt(match.index - 1)] === 1)) continue;
        visit(expression, match as RegExpExecArray);
      }
    }
  }
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
