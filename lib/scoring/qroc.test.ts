import { describe, expect, it } from "vitest";
import { normalizeAnswer, normalizeText } from "./normalize";
import { scoreQroc } from "./qroc";

describe("normalizeText", () => {
  it.each([
    ["Érythroblastose", "erythroblastose"],
    ["  ÉRYTHROMYÉLÉMIE  ", "erythromyelemie"],
    ["l'Œdème aigu-pulmonaire.", "l oedeme aigu pulmonaire"],
    ["l’anémie", "l anemie"],
    ["Leucémie   aiguë\tmyéloïde !", "leucemie aigue myeloide"],
    ["C.I.V.D", "c i v d"],
  ])("%j → %j", (input, out) => expect(normalizeText(input)).toBe(out));
});

describe("QROC", () => {
  const accepted = ["érythromyélémie", "érythroblastomyélémie", "réaction leuco-érythroblastique"];
  it.each(["Erythromyelemie", " ÉRYTHROMYÉLÉMIE ", "érythromyélémie.", "erythroblastomyelemie", "réaction leuco érythroblastique", "Réaction  leuco-Érythroblastique !"])(
    "accepts %j",
    (given) => expect(scoreQroc(accepted, given)).toEqual({ credit: 1, reasons: [] }),
  );
  it("rejects another word, reporting the displayed answer", () => {
    expect(scoreQroc(accepted, "myélémie", "Érythromyélémie")).toEqual({
      credit: 0,
      reasons: [{ rule: "qroc.wrong", params: { given: "myélémie", expected: "Érythromyélémie" } }],
    });
  });
  it("an answer made only of punctuation never matches", () => expect(scoreQroc(["-"], "'").credit).toBe(0));
  it("no partial credit for a substring", () => expect(scoreQroc(accepted, "réaction").credit).toBe(0));
});

describe("normalizeAnswer", () => {
  it.each([
    ["une biopsie ostéomédullaire", "biopsie osteomedullaire"],
    ["Biopsie ostéomédullaire (BOM)", "biopsie osteomedullaire"],
    ["l'uracilémie", "uracilemie"],
    ["L’uracilémie.", "uracilemie"],
    ["inhibiteurs de BCL-2", "inhibiteur de bcl 2"],
    ["de la cytométrie en flux", "cytometrie en flu"], // both sides lose the -x: still equal,
    ["des anticorps anti-nucléaires", "anticorp anti nucleaire"],
    ["d'abord", "abord"],
    ["les eaux", "eau"],
    ["pus", "pus"],
    ["le", "le"],
    ["la (BOM)", "la"],
  ])("%j → %j", (input, out) => expect(normalizeAnswer(input)).toBe(out));
});

describe("QROC tolerates grammar, not another answer", () => {
  const bom = ["biopsie ostéomédullaire", "BOM", "biopsie ostéo-médullaire"];
  const uracil = ["uracilémie", "dosage de l'uracile", "uracile plasmatique"];
  const bcl2 = ["inhibiteur de BCL-2", "inhibiteur de BCL2", "anti-BCL-2"];
  it.each([
    [bom, "une biopsie ostéomédullaire"],
    [bom, "La biopsie ostéomédullaire (BOM)"],
    [bom, "biopsies ostéomédullaires"],
    [bom, "la BOM"],
    [uracil, "l'uracilémie"],
    [uracil, "L’Uracilémie"],
    [uracil, "le dosage de l'uracile"],
    [bcl2, "inhibiteurs de BCL-2"],
    [bcl2, "un inhibiteur de BCL2"],
    [bcl2, "les inhibiteurs de BCL-2 (vénétoclax)"],
  ])("accepts %j ← %j", (accepted, given) => expect(scoreQroc(accepted, given)).toEqual({ credit: 1, reasons: [] }));

  it.each([
    [bom, "une biopsie"],
    [bom, "un myélogramme"],
    [bom, "biopsie ostéomédullaire de la crête"],
    [bom, "(BOM)"],
    [uracil, "l'uracile"],
    [uracil, "la DPD"],
    [bcl2, "inhibiteurs de BCR-ABL"],
    [bcl2, "inhibiteur"],
    [bcl2, "les"],
  ])("rejects %j ← %j", (accepted, given) => expect(scoreQroc(accepted, given).credit).toBe(0));
});
