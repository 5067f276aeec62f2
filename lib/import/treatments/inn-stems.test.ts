import { describe, expect, it } from "vitest";
import { findStemMentions } from "./inn-stems";

/** The rule as one regex over the whole text (how it was matched before the word pass). */
const STEMS = "mab|tinib|ciclib|parine|xaban|gatran|cillines?|floxacine?|conazole|azole|vir|platine?|rubicine?|taxel|statine?|sartan|pril|olol|dipine|prazole|mycine?|micine?|cycline|penem|vacaine|curonium|azepam|oxetine|pramine|triptan|gliptine?|gliflozine?|dronate|setron|lukast|tidine|semide|thiazide|lizumab";
const RULE = new RegExp(String.raw`(?<![\p{L}\d-])(?:\p{L}{3,}(?:${STEMS})|cef\p{L}{4,}(?:ime|one|ine|ole))(?![\p{L}\d])`, "gu");
const byRegex = (text: string) => [...text.matchAll(RULE)].filter((m) => m[0].length >= 6 && m[0] !== "servir").map((m) => [m.index, m[0]]);
const byWords = (text: string) => findStemMentions(text).map((m) => [m.start, m.word]);

describe("findStemMentions", () => {
  it("reads INN stems word by word", () => {
    const text = "caplacizumab, cefotaxime et cloxacilline; imatinib2 anti-rituximab servir voriconazole";
    expect(findStemMentions(text).map((m) => [m.word, m.key])).toEqual([
      ["caplacizumab", "caplacizumab"],
      ["cefotaxime", "cefotaxime"],
      ["cloxacilline", "cloxacillin"],
      ["voriconazole", "voriconazole"],
    ]);
  });

  it("finds what the rule as one regex finds, also next to astral letters (seed 77)", () => {
    let seed = 77;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const pieces = ["rituximab", "cef", "otaxime", "𝐀", "😀", "-", " ", "2", "abc", "vir", "cillines", "é", "x"];
    for (let i = 0; i < 300; i++) {
      let text = "";
      while (text.length < 60) text += pieces[Math.floor(rand() * pieces.length)];
      expect(byWords(text)).toEqual(byRegex(text));
    }
  });
});
