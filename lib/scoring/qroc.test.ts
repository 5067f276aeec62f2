import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize";
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
