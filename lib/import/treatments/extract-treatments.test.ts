import { describe, expect, it } from "vitest";
import { extractTreatments, type TreatmentDraft } from "./extract-treatments";

const brief = (t: TreatmentDraft) => [t.drug, t.dose?.value ?? null, t.dose?.unitNormalized ?? null, t.schedule?.text ?? null];
const treatments = (text: string) => extractTreatments(text).map(brief);

describe("extractTreatments", () => {
  it("reads doses after the drug and shares a schedule across a combination", () => {
    const text =
      "chimiothérapie néoadjuvante par docétaxel 100 mg/m2 tous les 21 jours pendant 4 cycles, suivi de fluorouracil 600 mg/m2 + épirubicine 90 mg/m² + cyclophosphamide 600 mg/m² tous les 21 jours pendant 4 cycles.";
    expect(treatments(text)).toEqual([
      ["docetaxel", 100, "mg/m²", "tous les 21 jours pendant 4 cycles"],
      ["fluorouracil", 600, "mg/m²", "tous les 21 jours pendant 4 cycles"],
      ["epirubicin", 90, "mg/m²", "tous les 21 jours pendant 4 cycles"],
      ["cyclophosphamide", 600, "mg/m²", "tous les 21 jours pendant 4 cycles"],
    ]);
  });

  it("reads a dose written before the drug, with its rate", () => {
    expect(treatments("une hormonothérapie avec 20 mg de tamoxifène par jour et de la goséréline tous les trimestres")).toEqual([
      ["tamoxifen", 20, "mg", "par jour"],
      ["goserelin", null, null, "tous les trimestres"],
    ]);
    expect(treatments("(pour un poids de 50 kg, elle a reçu 80 mg d'énoxaparine/24 heures)")).toEqual([["enoxaparin", 80, "mg/24h", null]]);
  });

  it("reads doses behind a few words, per kilogram and per time", () => {
    expect(
      treatments(
        "anticoagulée avec de l'énoxaparine de bas poids moléculaire à la dose de 1,5 mg/kg/24 heures. La dose d'énoxaparine est réduite de moitié (40 mg/24 heures). Paclitaxel à une dose de 55 mg/m². Capécitabine à une dose de 1 000 mg/m²/12h.",
      ),
    ).toEqual([
      ["enoxaparin", 1.5, "mg/kg/24h", null],
      ["enoxaparin", 40, "mg/24h", null],
      ["paclitaxel", 55, "mg/m²", null],
      ["capecitabine", 1000, "mg/m²/12h", null],
    ]);
  });

  it("leaves a dose written before a drug to that drug", () => {
    expect(treatments("Prémédication avant paclitaxel, 20 mg de dexaméthasone.")).toEqual([
      ["paclitaxel", null, null, null],
      ["dexamethasone", 20, "mg", null],
    ]);
  });

  it("reads drugs without dose and a bare number after the drug", () => {
    expect(treatments("polyarthrite traitée par méthotrexate et AINS ; du filgrastim 300 et un traitement morphinique")).toEqual([
      ["methotrexate", null, null, null],
      ["nsaid", null, null, null],
      ["filgrastim", 300, null, null],
      ["morphine", null, null, null],
    ]);
  });

  it("reads English and Spanish schedules", () => {
    expect(treatments("She received paclitaxel 80 mg/m2 weekly, then capecitabine 1000 mg/m2 twice daily. Docetaxel 75 mg/m2 cada 21 días durante 6 ciclos.")).toEqual([
      ["paclitaxel", 80, "mg/m²", "weekly"],
      ["capecitabine", 1000, "mg/m²", "twice daily"],
      ["docetaxel", 75, "mg/m²", "cada 21 días durante 6 ciclos"],
    ]);
  });

  it("does not take a lab value or a cycle count for a dose", () => {
    expect(treatments("Sous paclitaxel, CRP à 12 mg/L. Après deux cycles de capécitabine 3 cycles plus tard.")).toEqual([
      ["paclitaxel", null, null, null],
      ["capecitabine", null, null, null],
    ]);
  });

  it("returns exact spans", () => {
    const text = "Elle reçoit 20 mg de tamoxifène par jour et du docétaxel 100 mg/m2 tous les 21 jours.";
    for (const t of extractTreatments(text)) {
      expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
      expect(text.slice(t.drugSpan.start, t.drugSpan.end)).toBe(t.label);
      if (t.dose) expect(text.slice(t.dose.span.start, t.dose.span.end)).toBe(t.dose.text);
      if (t.schedule) expect(text.slice(t.schedule.span.start, t.schedule.span.end)).toBe(t.schedule.text);
    }
    expect(extractTreatments(text).map((t) => t.text)).toEqual(["20 mg de tamoxifène par jour", "docétaxel 100 mg/m2 tous les 21 jours"]);
  });
});

describe("extractTreatments — drugs outside the list", () => {
  const brief = (t: ReturnType<typeof extractTreatments>[number]) => ({ drug: t.drug, dose: t.dose?.value, unit: t.dose?.unitNormalized, ...(t.fromStem ? { stem: true } : {}) });

  it("recognises a drug by its INN stem, with the dose that follows", () => {
    expect(extractTreatments("Traitement par caplacizumab 10 mg/j, céfotaxime 200 mg/kg/j et moxifloxacine 400 mg par jour.").map(brief)).toEqual([
      { drug: "caplacizumab", dose: 10, unit: "mg/24h" },
      { drug: "cefotaxime", dose: 200, unit: "mg/kg/24h" },
      { drug: "moxifloxacin", dose: 400, unit: "mg", stem: true },
    ]);
  });

  it("maps brand names to their INN and reads blood products with their unit count", () => {
    expect(extractTreatments("Sous Corgard 20 mg et Imurel, elle reçoit 3 poches de plasma frais congelé (PFC), deux culots globulaires et 5 séances d'échanges plasmatiques.").map(brief)).toEqual([
      { drug: "nadolol", dose: 20, unit: "mg" },
      { drug: "azathioprine" },
      { drug: "fresh-frozen-plasma", dose: 3 },
      { drug: "red-blood-cells", dose: 2 },
      { drug: "plasma-exchange", dose: 5 },
    ]);
  });

  it("keeps a continued dose of the same drug and reads UCUM-style units", () => {
    expect(extractTreatments("acide tranexamique de 10 mg.kg -1 suivie d'une perfusion continue de 1 mg.kg -1.h -1").map(brief)).toEqual([
      { drug: "tranexamic-acid", dose: 10, unit: "mg.kg-1" },
      { drug: "tranexamic-acid", dose: 1, unit: "mg.kg-1.h-1" },
    ]);
  });
});
