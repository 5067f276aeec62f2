/**
 * The word index against its specification: every match that a regex would give anchored at each
 * position where no word unit precedes (per expression: left to right, not overlapping; the first
 * branch of an alternation that matches), on the dictionaries of the extraction, real reports and
 * seeded random text; and the keys it indexes regexes by.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ABSOLUTE, DAY_MARK, RELATIVE } from "../events/time-patterns";
import { ANALYTE_PATTERNS } from "../labs/analyte-patterns";
import { DRUG_PATTERNS } from "../treatments/drug-patterns";
import { foldChar, foldText } from "./fold-text";
import { regexPrefixes } from "./regex-prefixes";
import { WordIndex, splitAlternation } from "./word-index";
import { wordUnits } from "./words";

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The specification, position by position: slow, and independent of the trie and the keys. */
function reference(expressions: RegExp[], text: string): string[] {
  const units = wordUnits();
  const out: string[] = [];
  expressions.forEach((expression, id) => {
    const sticky = new RegExp(expression.source, expression.flags.replace(/[gy]/g, "") + "y");
    for (let p = 0; p < text.length; p++) {
      if (p > 0 && units[text.charCodeAt(p - 1)] === 1) continue;
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (!m || m[0].length === 0) continue;
      out.push(`${id}@${p}:${m[0]}`);
      p += m[0].length - 1;
    }
  });
  return out.sort();
}

function indexed(index: WordIndex, text: string, original?: string): string[] {
  const out: string[] = [];
  index.scan(text, (id, m) => out.push(`${id}@${m.index}:${m[0]}`), original);
  return out.sort();
}

const ALPHABET = [..."0123456789  \n\t.,;:/-+=<>()[]%µ'’«»éèàçâÉ", "𝐀", "😀", ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"];
const PHRASES = ["globules blancs", "Globules\nblancs", "hémoglobine", "Hb", "CRP", "d-dimères", "pénicilline G", "une fois le diagnostic établi", "3 semaines plus tard", "en mars 2025", "J+4", "12/03/2023", "2023-06", "depuis 2021", "à l'arrêt du traitement", "anti-Xa", "5-FU", "ca 15-3", "β2-microglobuline"];

function randomText(rand: () => number, length: number): string {
  let out = "";
  while (out.length < length) out += rand() < 0.3 ? PHRASES[Math.floor(rand() * PHRASES.length)] : ALPHABET[Math.floor(rand() * ALPHABET.length)];
  return out;
}

const SOURCES = ["000_dd021da303213d61.txt", "001_291fe0aa9eaa93ce.txt"].map((name) => readFileSync(path.join(__dirname, "../../../content/sources", name), "utf8"));
const rand = mulberry32(1414);
const TEXTS = [...SOURCES.map((s) => s.slice(0, 6000)), ...Array.from({ length: 6 }, () => randomText(rand, 1500))];

describe("WordIndex", () => {
  const groups: [string, RegExp[], boolean][] = [
    ["analyte names and implied terms", ANALYTE_PATTERNS.filter((p) => p.folded).map((p) => p.re), true],
    ["analyte abbreviations", ANALYTE_PATTERNS.filter((p) => !p.folded).map((p) => p.re), false],
    ["drug names", DRUG_PATTERNS.map((p) => p.re), true],
    ["time expressions", [...ABSOLUTE.map((a) => a.re), RELATIVE], true],
    ["day marks", [DAY_MARK], false],
  ];

  it.each(groups)("finds what anchored matching finds: %s (seed 1414)", { timeout: 60_000 }, (_, expressions, onFolded) => {
    const index = new WordIndex(expressions);
    expect(index.fullScans).toBe(0);
    for (const raw of TEXTS) {
      const text = onFolded ? foldText(raw) : raw;
      expect(indexed(index, text)).toEqual(reference(expressions, text));
    }
  });

  it.each([
    ["analyte abbreviations", ANALYTE_PATTERNS.filter((p) => !p.folded).map((p) => p.re)],
    ["day marks", [DAY_MARK]],
  ])("walks the folded text and matches on the original what anchored matching finds there: %s", (_, expressions) => {
    const index = new WordIndex(expressions.map((re) => ({ re, onOriginal: true as const })));
    expect(index.fullScans).toBe(0);
    for (const text of [...TEXTS, "lʼHb 9, l'Hb 9, ʼHb, Hb 9 ; à J4, lʼJ4"]) expect(indexed(index, foldText(text), text)).toEqual(reference(expressions, text));
  });

  it("relies on folding keeping non-word units non-word and digits digits (the walk of onOriginal expressions)", () => {
    const units = wordUnits();
    const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
    const broken: number[] = [];
    for (let c = 0; c < 65536; c++) {
      const f = foldChar(String.fromCharCode(c)).charCodeAt(0);
      if ((units[c] === 0 && units[f] === 1) || isDigit(c) !== isDigit(f)) broken.push(c);
    }
    expect(broken).toEqual([]);
  });

  it("scans in full an expression that may begin outside a word, with the same results", () => {
    const expressions = [/%|pour cent/u, /x?/u, /\p{L}+ite/u];
    const index = new WordIndex(expressions);
    expect(index.fullScans).toBe(3);
    const text = "12 % d'hépatite, 3 pour cent; 𝐀ite";
    expect(indexed(index, text)).toEqual(reference(expressions, text));
  });

  it("keeps the first matching branch of an alternation, as the regex does", () => {
    const expressions = [/plus|plus tard/u];
    expect(indexed(new WordIndex(expressions), "un peu plus tard")).toEqual(["0@7:plus"]);
  });

  it("refuses case-insensitive expressions", () => {
    expect(() => new WordIndex([/hb/iu])).toThrow(/case-insensitive/);
  });
});

describe("regexPrefixes", () => {
  it.each([
    ["plaquettes?", ["plaque"]],
    ["ha?emoglobin", ["haemog", "hemogl"]],
    ["c[- ]reactive", ["c reac"]],
    ["gamma[- ]?gt", ["gamma ", "gammag"]],
    ["(?:total )?bilirubin", ["total ", "biliru"]],
    ["\\d{1,2}/(?:19|20)\\d{2}", ["0 0"]],
    ["(?<![\\p{L}\\d])une\\s+fois", ["une fo"]],
    ["inr", ["inr"]],
  ])("keys %s by %j", (source, keys) => {
    const result = regexPrefixes(source, 6);
    expect(result.startsOutsideWords).toBe(false);
    expect(result.prefixes.sort()).toEqual(keys.sort());
  });

  it("marks what may begin outside a word: a non-word character, an empty match, any letter (astral letters are two non-word units)", () => {
    for (const source of ["%|pour cent", "a?", "\\p{L}{3,}mab", ".x", "[^a]b"]) expect(regexPrefixes(source, 6).startsOutsideWords).toBe(true);
  });
});

describe("splitAlternation", () => {
  it("splits top-level branches, not those in groups or classes, and keeps sources with capturing groups whole", () => {
    expect(splitAlternation("a|(?:b|c)d|[|]|\\|")).toEqual(["a", "(?:b|c)d", "[|]", "\\|"]);
    expect(splitAlternation("(a)|b")).toEqual(["(a)|b"]);
    expect(splitAlternation("(?<=x)a|(?<!y)b")).toEqual(["(?<=x)a", "(?<!y)b"]);
  });
});
