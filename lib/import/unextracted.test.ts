import { describe, expect, it } from "vitest";
import { extractDocument } from "./extract-document";
import { findUnextracted } from "./unextracted";

const brief = (text: string) =>
  findUnextracted(text, extractDocument(text)).map((p) => ({ index: p.index, numbers: p.numbers.map((n) => [n.valueText, n.unit, n.label]) }));

describe("findUnextracted", () => {
  it("lists, per paragraph, numbers shaped like results that the extraction left, with a proposed label", () => {
    const text = "Anamnèse : patiente de 52 ans, opérée en 2019.\nBilan : CRP à 12 mg/L, soit un rapport de 0,21 %, le quotient à 3,5.\nTA 120/80 mmHg, masse de 30 mm.";
    expect(brief(text)).toEqual([{ index: 1, numbers: [["0,21", "%", "rapport"], ["3,5", "", "quotient"]] }]);
  });

  it("finds nothing more in a fully extracted panel", () => {
    expect(brief("hémoglobine 10,6 g/dl (12,2-16,1), plaquettes 51 000/mcl (138 000-381 000)")).toEqual([]);
  });
});
