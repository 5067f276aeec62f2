/**
 * The dictionary pass as the extractors see it: entries of several words (across a line break),
 * accented and capitalised entries, and word boundaries, for analytes, drugs and time expressions.
 */
import { describe, expect, it } from "vitest";
import { findTimeExpressions } from "./events/time-expressions";
import { findAnalyteMentions } from "./labs/find-analytes";
import { foldText } from "./text/fold-text";
import { findDrugMentions } from "./treatments/find-drugs";

const analytes = (text: string) => findAnalyteMentions(text, foldText(text)).map((m) => [text.slice(m.start, m.end), m.key]);
const drugs = (text: string) => findDrugMentions(text, foldText(text)).map((m) => [text.slice(m.start, m.end), m.key]);
const times = (text: string) => findTimeExpressions(text, foldText(text)).map((m) => text.slice(m.start, m.end));

describe("dictionary pass", () => {
  it("finds entries of several words, also across a line break, and keeps the longest", () => {
    expect(analytes("Globules\nblancs à 12 G/L ; bilirubine non conjuguée 30 µmol/L, bilirubine totale 40")).toEqual([
      ["Globules\nblancs", "leukocytes"],
      ["bilirubine non conjuguée", "bilirubin-free"],
      ["bilirubine totale", "bilirubin"],
    ]);
    expect(drugs("Plasma frais congelé puis pénicilline G et acide tranexamique")).toEqual([
      ["Plasma frais congelé", "fresh-frozen-plasma"],
      ["pénicilline G", "penicillin-g"],
      ["acide tranexamique", "tranexamic-acid"],
    ]);
    expect(times("Une fois le diagnostic établi, puis trois semaines plus tard.")).toEqual(["Une fois le diagnostic établi", "trois semaines plus tard"]);
  });

  it("finds accented and capitalised entries on the folded text, abbreviations by their case", () => {
    expect(analytes("HÉMOGLOBINE 9 g/dL, Hb 9, hb 9, D-Dimères 800")).toEqual([
      ["HÉMOGLOBINE", "hemoglobin"],
      ["Hb", "hemoglobin"],
      ["D-Dimères", "d-dimers"],
    ]);
    expect(drugs("ÉNOXAPARINE 4000 UI, Céfotaxime")).toEqual([
      ["ÉNOXAPARINE", "enoxaparin"],
      ["Céfotaxime", "cefotaxime"],
    ]);
  });

  it("respects word boundaries at both ends", () => {
    expect(analytes("préhémoglobine hémoglobines xCRP CRPx anti-CRP 12")).toEqual([["CRP", "crp"]]);
    expect(drugs("paracétamolx xparacétamol paracétamol-codéine")).toEqual([["paracétamol", "paracetamol"]]);
    expect(times("antiJ4, J4x, à J4.")).toEqual(["J4"]);
  });
});
