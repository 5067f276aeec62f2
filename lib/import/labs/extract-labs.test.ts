import { describe, expect, it } from "vitest";
import { extractLabs, type LabDraft } from "./extract-labs";

const brief = (l: LabDraft) => ({
  analyte: l.analyte,
  value: l.value,
  unit: l.unitNormalized,
  ...(l.range ? { low: l.range.low, high: l.range.high } : {}),
  ...(l.flag ? { flag: l.flag } : {}),
});
const labs = (text: string) => extractLabs(text).map(brief);

describe("extractLabs — French enumerations and implied analytes", () => {
  it("reads an enumeration with analytes implied by clinical terms", () => {
    const text = "Le bilan a révélé une anémie (10,4 g/dL), une thrombopénie (22 G/L) et une CRP à 500 mg/L.";
    expect(labs(text)).toEqual([
      { analyte: "hemoglobin", value: 10.4, unit: "g/dL" },
      { analyte: "platelets", value: 22, unit: "G/L" },
      { analyte: "crp", value: 500, unit: "mg/L" },
    ]);
    const [anemia] = extractLabs(text);
    expect(anemia.implied).toBe(true);
    expect(anemia.label).toBe("anémie");
  });

  it("reads a value after its analyte, before it, and at a distance", () => {
    expect(labs("Par la suite, la numération a montré des monoblastes circulants à 28 %.")).toEqual([{ analyte: "monoblasts", value: 28, unit: "%" }]);
    expect(labs("Un second myélogramme n'a révélé que 4 % de blastes.")).toEqual([{ analyte: "blasts", value: 4, unit: "%" }]);
    expect(labs("avec une hyperleucocytose transitoire atteignant jusqu’à 40 G/L, malgré une bi-cytopénie")).toEqual([{ analyte: "leukocytes", value: 40, unit: "G/L" }]);
    expect(labs("une thrombopénie de grade 4 (13 000 plaquettes/mcl) associée à une épistaxis")).toEqual([{ analyte: "platelets", value: 13000, unit: "/µL" }]);
    expect(labs("une neutropénie de grade 3 (850/mcl) et une anémie de grade 3 (Hb 7,9 g/dl)")).toEqual([
      { analyte: "neutrophils", value: 850, unit: "/µL" },
      { analyte: "hemoglobin", value: 7.9, unit: "g/dL" },
    ]);
  });

  it("prefers the analyte right before a percentage, else the one right after it", () => {
    expect(labs("Myélogramme : blastes 28 % monocytes 10 %, puis WBC 32.5 × 10^9/L with 40% blasts.")).toEqual([
      { analyte: "blasts", value: 28, unit: "%" },
      { analyte: "monocytes", value: 10, unit: "%" },
      { analyte: "leukocytes", value: 32.5, unit: "G/L" },
      { analyte: "blasts", value: 40, unit: "%" },
    ]);
  });

  it("reads a cell count written without unit before its name", () => {
    expect(labs("en raison d'une thrombopénie de 27 000 plaquettes avec saignement actif")).toEqual([{ analyte: "platelets", value: 27000 }]);
  });
});

describe("extractLabs — numbers, units, ranges and flags", () => {
  it("reads a lab panel with thousands separators, ranges and flags", () => {
    const text =
      "Analyses sanguines à l'admission : hémoglobine 10,6 g/dl (12,2-16,1), plaquettes 51 000/mcl (138 000-381 000), leucocytes 5 550/mcl, neutrophiles 2.620/mcl, érythroblastes 9,0 sur 1 000 leucocytes (0,0-1,0), clés 25,0 % (0,0-7,0).";
    expect(labs(text)).toEqual([
      { analyte: "hemoglobin", value: 10.6, unit: "g/dL", low: 12.2, high: 16.1, flag: "low" },
      { analyte: "platelets", value: 51000, unit: "/µL", low: 138000, high: 381000, flag: "low" },
      { analyte: "leukocytes", value: 5550, unit: "/µL" },
      { analyte: "neutrophils", value: 2620, unit: "/µL" },
      { analyte: "erythroblasts", value: 9, unit: "/1000 WBC", low: 0, high: 1, flag: "high" },
      { analyte: "unknown", value: 25, unit: "%", low: 0, high: 7, flag: "high" },
    ]);
    expect(extractLabs(text)[5].label).toBe("clés");
  });

  it("keeps decimals with a multiplier unit (9,19 x 10e3/mcl = 9.19 G/L)", () => {
    expect(labs("leucocytes 9,19 x 10e3/mcl, plaquettes 26,0 x 10e3/mcl (138,0-381,0), neutrophiles 5,37 x 10e3/mcl (1,7-7,33)")).toEqual([
      { analyte: "leukocytes", value: 9.19, unit: "G/L" },
      { analyte: "platelets", value: 26, unit: "G/L", low: 138, high: 381, flag: "low" },
      { analyte: "neutrophils", value: 5.37, unit: "G/L", low: 1.7, high: 7.33, flag: "normal" },
    ]);
  });

  it("reads labelled and one-sided ranges", () => {
    expect(labs("ASAT 120 UI/L (VN : 15-35), CRP 12 mg/L (N < 5), ferritine 850 µg/L, VN : 15-150")).toEqual([
      { analyte: "ast", value: 120, unit: "U/L", low: 15, high: 35, flag: "high" },
      { analyte: "crp", value: 12, unit: "mg/L", high: 5, flag: "high" },
      { analyte: "ferritin", value: 850, unit: "µg/L", low: 15, high: 150, flag: "high" },
    ]);
  });

  it("reads tumour markers whose names contain numbers", () => {
    expect(labs("Br 27,29 : 179 U/ml (0,0-38,6). Puis CA 15-3 à 45 U/mL, CA 19-9 12 U/mL, CA 125 : 300 U/mL, ACE 8,2 ng/mL et PSA 0,5 ng/mL.")).toEqual([
      { analyte: "ca-27-29", value: 179, unit: "U/mL", low: 0, high: 38.6, flag: "high" },
      { analyte: "ca-15-3", value: 45, unit: "U/mL" },
      { analyte: "ca-19-9", value: 12, unit: "U/mL" },
      { analyte: "ca-125", value: 300, unit: "U/mL" },
      { analyte: "cea", value: 8.2, unit: "ng/mL" },
      { analyte: "psa", value: 0.5, unit: "ng/mL" },
    ]);
  });

  it("reads a table with the reference range in its own cell", () => {
    const text = "Paramètre\tRésultat\tNormes\nHémoglobine\t8,1 g/dL\t12-16\nPlaquettes\t32 000/mm³\t150 000-400 000\nCRP\t85 mg/L\t< 5\nCréatinine 72 µmol/L 45-90\n";
    expect(labs(text)).toEqual([
      { analyte: "hemoglobin", value: 8.1, unit: "g/dL", low: 12, high: 16, flag: "low" },
      { analyte: "platelets", value: 32000, unit: "/µL", low: 150000, high: 400000, flag: "low" },
      { analyte: "crp", value: 85, unit: "mg/L", high: 5, flag: "high" },
      { analyte: "creatinine", value: 72, unit: "µmol/L", low: 45, high: 90, flag: "normal" },
    ]);
  });

  it("marks values written as bounds", () => {
    expect(extractLabs("CRP < 5 mg/L, procalcitonine inférieure à 0,1 ng/mL, ferritine 850 µg/L").map((l) => [l.analyte, l.value, l.comparator])).toEqual([
      ["crp", 5, "<"],
      ["procalcitonin", 0.1, "<"],
      ["ferritin", 850, undefined],
    ]);
  });

  it("reads a unitless INR and coagulation values", () => {
    expect(labs("TP 45 %, INR 1,8, TCA 42 s, fibrinogène 1,2 g/L, D-dimères 4500 µg/L")).toEqual([
      { analyte: "prothrombin-time", value: 45, unit: "%" },
      { analyte: "inr", value: 1.8 },
      { analyte: "aptt", value: 42, unit: "s" },
      { analyte: "fibrinogen", value: 1.2, unit: "g/L" },
      { analyte: "d-dimers", value: 4500, unit: "µg/L" },
    ]);
  });

  it("returns exact spans", () => {
    const text = "Bilan : hémoglobine 10,6 g/dl (12,2-16,1), créatinine 85 µmol/L.";
    for (const lab of extractLabs(text)) {
      expect(text.slice(lab.span.start, lab.span.end)).toBe(lab.text);
      expect(text.slice(lab.valueSpan.start, lab.valueSpan.end)).toBe(lab.valueText);
      expect(text.slice(lab.analyteSpan.start, lab.analyteSpan.end)).toBe(lab.label);
      if (lab.unitSpan) expect(text.slice(lab.unitSpan.start, lab.unitSpan.end)).toBe(lab.unit);
      if (lab.range) expect(text.slice(lab.range.span.start, lab.range.span.end)).toBe(lab.range.text);
    }
    expect(extractLabs(text).map((l) => l.text)).toEqual(["hémoglobine 10,6 g/dl (12,2-16,1)", "créatinine 85 µmol/L"]);
  });
});

describe("extractLabs — English and Spanish", () => {
  it("reads English values", () => {
    expect(labs("Hemoglobin was 10.4 g/dL (12.0-16.0), platelet count of 22 × 10^9/L and WBC 12,000/µL; sodium 128 mmol/L.")).toEqual([
      { analyte: "hemoglobin", value: 10.4, unit: "g/dL", low: 12, high: 16, flag: "low" },
      { analyte: "platelets", value: 22, unit: "G/L" },
      { analyte: "leukocytes", value: 12000, unit: "/µL" },
      { analyte: "sodium", value: 128, unit: "mmol/L" },
    ]);
  });

  it("reads Spanish values with dot thousands", () => {
    expect(labs("Analítica: hemoglobina 10,6 g/dl (12,2-16,1), plaquetas 51.000/mcl, leucocitos 5.550/mcl, creatinina 0,9 mg/dl.")).toEqual([
      { analyte: "hemoglobin", value: 10.6, unit: "g/dL", low: 12.2, high: 16.1, flag: "low" },
      { analyte: "platelets", value: 51000, unit: "/µL" },
      { analyte: "leukocytes", value: 5550, unit: "/µL" },
      { analyte: "creatinine", value: 0.9, unit: "mg/dL" },
    ]);
  });
});

describe("extractLabs — what is not a lab value", () => {
  it("ignores ages, weights, grades, stages, ranges of percentages and doses", () => {
    const text =
      "Madame S., âgée de 75 ans, pesant 50 kg, LAM5, fixation de T5 à L3, anémie de grade 2. La nécrose médullaire, bien que rare (0,3-2 % des biopsies médullaires). Elle reçoit 80 mg d'énoxaparine et 2 concentrés de globules rouges.";
    expect(labs(text)).toEqual([]);
  });
});
