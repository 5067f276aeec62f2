/**
 * The first symbols a regular expression can match: for a regex source, every key of up to `depth`
 * symbols a match can begin with, where a symbol is a word unit (lib/import/text/words.ts), SEP for
 * a run of non-word units (a space, a hyphen, "\s+") or DIGIT for a run of digits, so "d-dimères"
 * and "globules blancs" are told apart from "de" and "globe", and "12 mars" from "12 mg". A key stops early where the source does not name the next
 * character (\p{L}, a negated class). The result may hold more keys than the regex can match
 * (lookarounds and anchors are ignored, repetitions bounded), never fewer, so a dictionary indexed
 * by these keys finds every match (lib/import/text/word-index.ts). The key "" means a match may
 * begin with any letter. `startsOutsideWords` is set when a match may begin with a non-word
 * character or be empty: such a regex cannot be looked up by word and is scanned in full.
 */
import { wordUnits } from "./words";

export type RegexPrefixes = { prefixes: string[]; startsOutsideWords: boolean };

/** The symbol standing for a run of non-word units, in keys and in the text walk. */
export const SEP = " ";
/** The symbol standing for a run of digits ("2013", "12" and "5" all read "0"). */
export const DIGIT = "0";

/** Characters an atom may match: named characters, and whether unnamed word units or unnamed non-word units may occur. */
type CharSet = { chars: string[]; anyWord: boolean; anyOther: boolean };
type Node =
  | { type: "set"; set: CharSet }
  | { type: "seq"; items: Node[] }
  | { type: "alt"; branches: Node[] }
  | { type: "repeat"; node: Node; min: number; max: number };
/** Keys read so far that are final (`closed`), and whether a match may begin outside a word. */
type Context = { depth: number; closed: Set<string>; outside: boolean };

const EMPTY: Node = { type: "seq", items: [] };
const ANY: CharSet = { chars: [], anyWord: true, anyOther: true };

export function regexPrefixes(source: string, depth: number): RegexPrefixes {
  const parser = new Parser(source);
  const tree = parser.alternation();
  if (parser.i < source.length) throw new Error(`regexPrefixes: unexpected "${source[parser.i]}" at ${parser.i} in ${source}`);
  const context: Context = { depth, closed: new Set(), outside: false };
  // Keys still open at the end are whole matches shorter than `depth`.
  const open = walk(tree, new Set([""]), context);
  const prefixes = new Set([...context.closed, ...open]);
  // A match that can be empty may begin anywhere; "" among the closed keys only means "any word".
  return { prefixes: [...prefixes], startsOutsideWords: context.outside || open.has("") };
}

/** The open keys after matching `node` from the open keys `open`; final keys go to `context.closed`. */
function walk(node: Node, open: Set<string>, context: Context): Set<string> {
  switch (node.type) {
    case "set":
      return step(node.set, open, context);
    case "seq":
      return node.items.reduce((keys, item) => walk(item, keys, context), open);
    case "alt": {
      const out = new Set<string>();
      for (const branch of node.branches) for (const key of walk(branch, open, context)) out.add(key);
      return out;
    }
    case "repeat": {
      let current = open;
      for (let i = 0; i < node.min && current.size > 0; i++) current = walk(node.node, current, context);
      // Each repetition that matters adds a symbol, so depth + 1 repetitions reach every key.
      const out = new Set(current);
      for (let i = 0; i < Math.min(node.max - node.min, context.depth + 1) && current.size > 0; i++) {
        const next = [...walk(node.node, current, context)].filter((key) => !out.has(key));
        for (const key of next) out.add(key);
        current = new Set(next);
      }
      return out;
    }
  }
}

/** The symbol of a character: SEP for a non-word unit (an astral character's first unit too), DIGIT for a digit. */
function symbol(c: string): string {
  const code = c.charCodeAt(0);
  if (wordUnits()[code] !== 1) return SEP;
  return code >= 0x30 && code <= 0x39 ? DIGIT : c;
}

function step(set: CharSet, open: Set<string>, context: Context): Set<string> {
  const out = new Set<string>();
  const symbols = new Set(set.chars.map(symbol));
  if (set.anyOther) symbols.add(SEP);
  for (const key of open) {
    // A match may begin outside a word (the empty key meets a non-word or unknown character).
    if (key === "" && symbols.has(SEP)) context.outside = true;
    if (set.anyWord) context.closed.add(key);
    for (const sym of symbols) {
      // Runs of non-word units and runs of digits are one symbol, as in the text walk.
      const next = (sym === SEP || sym === DIGIT) && key.endsWith(sym) ? key : key + sym;
      if (next.length >= context.depth) context.closed.add(next);
      else out.add(next);
    }
  }
  return out;
}

/** A parser for the regex syntax of the extraction's grammars (JavaScript, flag u). */
class Parser {
  i = 0;
  constructor(private readonly source: string) {}

  alternation(): Node {
    const branches = [this.sequence()];
    while (this.source[this.i] === "|") {
      this.i++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0] : { type: "alt", branches };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.source.length && this.source[this.i] !== "|" && this.source[this.i] !== ")") {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return { type: "seq", items };
  }

  private quantified(atom: Node): Node {
    const s = this.source;
    let min: number;
    let max: number;
    const c = s[this.i];
    if (c === "?") [min, max] = [0, 1];
    else if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "{" && /^\{\d+(?:,\d*)?\}/.test(s.slice(this.i))) {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(s.slice(this.i))!;
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (s[this.i] === "?") this.i++;
    return this.quantified({ type: "repeat", node: atom, min, max });
  }

  private atom(): Node {
    const s = this.source;
    const c = s[this.i++];
    if (c === "(") {
      let lookaround = false;
      if (s.startsWith("?:", this.i)) this.i += 2;
      else if (s.startsWith("?=", this.i) || s.startsWith("?!", this.i)) [this.i, lookaround] = [this.i + 2, true];
      else if (s.startsWith("?<=", this.i) || s.startsWith("?<!", this.i)) [this.i, lookaround] = [this.i + 3, true];
      else if (s.startsWith("?<", this.i)) this.i = s.indexOf(">", this.i) + 1;
      const inner = this.alternation();
      if (s[this.i] !== ")") throw new Error(`regexPrefixes: unclosed group in ${s}`);
      this.i++;
      // A lookaround matches no character: ignoring its condition only widens the prefixes.
      return lookaround ? EMPTY : inner;
    }
    if (c === "[") return { type: "set", set: this.charClass() };
    if (c === "\\") return this.escape(false);
    if (c === "^" || c === "$") return EMPTY;
    if (c === ".") return { type: "set", set: ANY };
    const code = s.codePointAt(this.i - 1)!;
    if (code > 0xffff) this.i++;
    return { type: "set", set: { chars: [String.fromCodePoint(code)], anyWord: false, anyOther: false } };
  }

  /** After "\": a character, a class escape, or an assertion (in a class, "\b" is a backspace). */
  private escape(inClass: boolean): Node {
    const s = this.source;
    const c = s[this.i++];
    const set = (chars: string[], anyWord = false, anyOther = false): Node => ({ type: "set", set: { chars, anyWord, anyOther } });
    if (c === "d") return set([DIGIT]);
    if (c === "s") return set([], false, true);
    if (c === "k") this.i = s.indexOf(">", this.i) + 1;
    if (c === "w" || c === "W" || c === "S" || c === "D" || c === "k") return { type: "set", set: ANY };
    if ((c === "b" || c === "B") && !inClass) return EMPTY;
    if (c === "p" || c === "P") {
      const end = s.indexOf("}", this.i);
      this.i = end + 1;
      // Even \p{L}: an astral letter is two non-word units.
      return { type: "set", set: ANY };
    }
    if (/\d/.test(c)) return { type: "set", set: ANY };
    const control: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", b: "\b", "0": "\0" };
    if (control[c]) return set([control[c]]);
    if (c === "u" && s[this.i] === "{") {
      const end = s.indexOf("}", this.i);
      const code = parseInt(s.slice(this.i + 1, end), 16);
      this.i = end + 1;
      return set([String.fromCodePoint(code)]);
    }
    if (c === "u" || c === "x") {
      const length = c === "u" ? 4 : 2;
      const code = parseInt(s.slice(this.i, this.i + length), 16);
      this.i += length;
      return set([String.fromCharCode(code)]);
    }
    return set([c]);
  }

  private charClass(): CharSet {
    const s = this.source;
    const negated = s[this.i] === "^";
    if (negated) this.i++;
    const out: CharSet = { chars: [], anyWord: false, anyOther: false };
    let first = true;
    while (this.i < s.length && (s[this.i] !== "]" || first)) {
      first = false;
      const from = this.classAtom(out);
      if (from !== undefined && s[this.i] === "-" && s[this.i + 1] !== "]" && this.i + 1 < s.length) {
        this.i++;
        const to = this.classAtom(out);
        if (to === undefined) continue;
        const [a, b] = [from.codePointAt(0)!, to.codePointAt(0)!];
        if (b - a > 64) [out.anyWord, out.anyOther] = [true, true];
        else for (let code = a + 1; code <= b; code++) out.chars.push(String.fromCodePoint(code));
      }
    }
    this.i++;
    return negated ? ANY : out;
  }

  /** One class member: a character (returned, for ranges) or a class escape (added to `out`). */
  private classAtom(out: CharSet): string | undefined {
    const s = this.source;
    if (s[this.i] !== "\\") {
      const code = s.codePointAt(this.i)!;
      this.i += code > 0xffff ? 2 : 1;
      const ch = String.fromCodePoint(code);
      out.chars.push(ch);
      return ch;
    }
    this.i++;
    const node = this.escape(true);
    if (node.type !== "set") return undefined;
    out.chars.push(...node.set.chars);
    out.anyWord ||= node.set.anyWord;
    out.anyOther ||= node.set.anyOther;
    return node.set.chars.length === 1 && !node.set.anyWord && !node.set.anyOther ? node.set.chars[0] : undefined;
  }
}
