/**
 * Property tests: no input makes the extraction (nor the review's search for unextracted numbers)
 * throw, and every item's span slices to its text. Inputs: random strings drawn from an alphabet
 * rich in the characters the grammars care about, and the documents of the evaluation set cut at
 * random places. A seeded PRNG (mulberry32) keeps every run identical; the seed is in the test name.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "./extract-document";
import type { Extraction } from "./types";
import { findUnextracted } from "./unextracted";

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

const ALPHABET = [..."0123456789  \n\t.,;:/-+=<>()[]%µ'’«»éèàçâ", ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"];
const WORDS = ["à", "de", "mg/L", "g/dl", "x 10e3/mcl", "Elts/mm3", "(12,2-16,1)", "N < 5", "hémoglobine", "CRP", "plaquettes", "INR", "depuis", "3 semaines", "plus tard", "J30", "mars 2025", "énoxaparine", "4000 UI", "concentrés globulaires", "poches de", "moins d'un", "leucocyte", "52/90", "11, 6", "élevée", "pour cent", "secondes", "caplacizumab", "fois la normale", "LCR", "\n\n", "Biologie :", "1 mg.kg -1.h -1"];

function randomText(rand: () => number, length: number): string {
  let out = "";
  while (out.length < length) {
    if (rand() < 0.4) out += WORDS[Math.floor(rand() * WORDS.length)] + (rand() < 0.7 ? " " : "");
    else out += ALPHABET[Math.floor(rand() * ALPHABET.length)];
  }
  return out;
}

function checkSpans(text: string, x: Extraction) {
  for (const l of x.labs) expect(text.slice(l.span.start, l.span.end)).toBe(l.text);
  for (const e of x.events) expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
  for (const t of x.treatments) expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
}

function run(text: string) {
  const x = extractDocument(text);
  checkSpans(text, x);
  for (const p of findUnextracted(text, x)) for (const n of p.numbers) expect(n.span.end).toBeLessThanOrEqual(text.length);
}

const SET_DIR = "content/import-eval";
const documents = readdirSync(SET_DIR)
  .filter((f) => f.endsWith(".expected.json"))
  .sort()
  .map((f) => readFileSync((JSON.parse(readFileSync(path.join(SET_DIR, f), "utf8")) as { source: string }).source, "utf8"));

describe("extraction robustness (property tests)", () => {
  it("never throws on random text (seed 1405, 300 texts)", { timeout: 120_000 }, () => {
    const rand = mulberry32(1405);
    for (let i = 0; i < 300; i++) run(randomText(rand, 1 + Math.floor(rand() * 600)));
  });

  it("never throws on the set's documents cut at random places (seed 2026, 12 cuts each)", { timeout: 120_000 }, () => {
    const rand = mulberry32(2026);
    expect(documents.length).toBeGreaterThanOrEqual(14);
    for (const doc of documents) {
      for (let i = 0; i < 12; i++) {
        const a = Math.floor(rand() * doc.length);
        const b = a + Math.floor(rand() * (doc.length - a + 1));
        run(doc.slice(a, b));
        // A cut inside a word or a number, glued to another cut.
        run(doc.slice(0, a) + doc.slice(b));
      }
    }
  });

  it("handles the empty text, white space alone and a lone number", () => {
    for (const text of ["", " ", "\n\n\n", "5", "à", "(", "10e3/mcl"]) run(text);
  });
});
