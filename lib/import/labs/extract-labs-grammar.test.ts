import { describe, expect, it } from "vitest";
import { extractLabs, type LabDraft } from "./extract-labs";

const brief = (l: LabDraft) => ({
  analyte: l.analyte,
  value: l.value,
  unit: l.unitNormalized,
  ...(l.comparator ? { comparator: l.comparator } : {}),
  ...(l.statedFlag ? { stated: l.statedFlag } : {}),
});
const labs = (text: string) => extractLabs(text).map(brief);

describe("extractLabs — a grammar, not a list", () => {
  it("reads French unit words and UCUM-style units", () => {
    expect(labs("Le TCA était à 45 secondes, le TP à 38 pour cent et le VGM à 102 femtolitres.")).toEqual([
      { analyte: "aptt", value: 45, unit: "s" },
      { analyte: "prothrombin-time", value: 38, unit: "%" },
      { analyte: "mcv", value: 102, unit: "fL" },
    ]);
    expect(labs("leucocytes à 4100 Elts/mm3, hyperleucocytose à 14 400 éléments par mm 3")).toEqual([
      { analyte: "leukocytes", value: 4100, unit: "/µL" },
      { analyte: "leukocytes", value: 14400, unit: "/µL" },
    ]);
  });

  it("keeps an unlisted analyte with its label, to be confirmed", () => {
    const [lab] = extractLabs("Le dosage de l'activité ADAMTS-13 était effondré et la sérotonine était à 350 ng/mL.").filter((l) => l.analyte === "unknown");
    expect(lab).toMatchObject({ analyte: "unknown", label: "sérotonine", value: 350, unitNormalized: "ng/mL" });
  });

  it("keeps sub-types apart: free, conjugated and total bilirubin; corrected calcium", () => {
    expect(labs("bilirubine totale à 45 µmol/L, bilirubine libre à 38 µmol/L, bilirubine conjuguée à 7 µmol/L, calcium corrigé à 2,61 mmol/L")).toEqual([
      { analyte: "bilirubin", value: 45, unit: "µmol/L" },
      { analyte: "bilirubin-free", value: 38, unit: "µmol/L" },
      { analyte: "bilirubin-conjugated", value: 7, unit: "µmol/L" },
      { analyte: "corrected-calcium", value: 2.61, unit: "mmol/L" },
    ]);
  });

  it("reads analytes of thrombotic microangiopathy and spelling variants", () => {
    expect(labs("ADAMTS13 < 5 %, protéine C à 65 %, protéine S à 70 %, antithrombine à 90 %, schizocytes à 4 %, alpha foeto protéine à 3 ng/mL")).toEqual([
      { analyte: "adamts13", value: 5, unit: "%", comparator: "<" },
      { analyte: "protein-c", value: 65, unit: "%" },
      { analyte: "protein-s", value: 70, unit: "%" },
      { analyte: "antithrombin", value: 90, unit: "%" },
      { analyte: "schistocytes", value: 4, unit: "%" },
      { analyte: "afp", value: 3, unit: "ng/mL" },
    ]);
  });

  it("reads a paired value (ESR 52/90, aPTT patient/control) as its first number", () => {
    expect(labs("La VS était à 52/90 et le TCA à 32/30.")).toEqual([
      { analyte: "esr", value: 52 },
      { analyte: "aptt", value: 32 },
    ]);
  });

  it("reads numbers written in words for cell counts", () => {
    expect(labs("Le LCR contenait moins d'un leucocyte par mm3.")).toEqual([{ analyte: "csf-leukocytes", value: 1, unit: "/µL", comparator: "<" }]);
  });

  it("reads a series written once with its unit, and a decimal comma followed by a space", () => {
    expect(labs("Le taux d'hémoglobine est passé de 7.8 à 10.7g/dl ; hémoglobine à 8,4 g/dL, contre 11, 6 g/dL la veille.")).toEqual([
      { analyte: "hemoglobin", value: 7.8, unit: "g/dL" },
      { analyte: "hemoglobin", value: 10.7, unit: "g/dL" },
      { analyte: "hemoglobin", value: 8.4, unit: "g/dL" },
      { analyte: "hemoglobin", value: 11.6, unit: "g/dL" },
    ]);
  });

  it("keeps the flag stated in words apart from the computed one", () => {
    const [crp, ldh, hb] = extractLabs("La CRP était élevée à 300 mg/L, les LDH normales à 200 UI/L (N < 250) et l'hémoglobine effondrée à 5 g/dL.");
    expect([crp.statedFlag, crp.flag]).toEqual(["high", undefined]);
    expect([ldh.statedFlag, ldh.flag]).toEqual(["normal", "normal"]);
    expect([hb.statedFlag, hb.flag]).toEqual(["low", undefined]);
  });

  it("does not take vital signs, sizes or doses for results", () => {
    expect(labs("Pression artérielle à 120/80 mmHg, SpO2 à 95 %, masse de 30 mm, Oxacilline (12g/24h pendant 4 semaines), 500 mL de macromolécule.")).toEqual([]);
  });
});
