import { describe, expect, it } from "vitest";
import { extractDocument } from "./extract-document";
import { proposeStages } from "./propose-stages";

const plan = (text: string) => proposeStages(extractDocument(text), text);
const filler = " La patiente est surveillée de près par l'équipe, sans autre événement notable à signaler ce jour-là.".repeat(3);

describe("proposeStages", () => {
  it("makes one stage per story section and leaves introduction and discussion for the debrief", () => {
    const text = `Introduction\nContexte.\n\nExamen physique\nPâleur.${filler}\n\nExamens complémentaires\nHémoglobine 10,6 g/dl (12,2-16,1).\n\nTraitement\nPaclitaxel 55 mg/m² en novembre 2015.\n\nDiscussion\nRare.`;
    const stages = plan(text);
    expect(stages.map((s) => [s.title, s.basis])).toEqual([
      ["Examen physique", "section"],
      ["Examens complémentaires", "section"],
      ["Traitement — novembre 2015", "section"],
    ]);
    expect(stages[1].labIndexes).toEqual([0]);
    expect(stages[2].treatmentIndexes).toEqual([0]);
    expect(text.slice(stages[0].titleSpan!.start, stages[0].titleSpan!.end)).toBe("Examen physique");
  });

  it("cuts a long story section where a sentence opens with a new time", () => {
    const text = `Observation\nMadame S., 75 ans, est hospitalisée pour une bicytopénie.${filler} Son état a débuté en mars 2025 par une poussée inflammatoire.${filler} Peu après, elle a présenté un méléna.${filler} Lors de l'admission, pâleur.${filler} Après plusieurs semaines, une hyperleucocytose à 40 G/L est apparue.${filler}`;
    const stages = plan(text);
    expect(stages.map((s) => s.title)).toEqual(["Observation", "Observation — mars 2025", "Observation — Peu après", "Observation — Après plusieurs semaines"]);
    expect(stages.every((s) => s.basis === "date")).toBe(true);
    expect(text.slice(stages[2].span.start).startsWith("Peu après")).toBe(true);
    expect(text.slice(stages[0].span.start, stages[0].span.end).endsWith(".")).toBe(true);
    expect(stages[3].labIndexes).toHaveLength(1);
  });

  it("joins a short dated part to the previous stage", () => {
    const text = `Anamnèse\nElle consulte en janvier 2013 pour un nodule.${filler}\nEn août 2014, douleurs osseuses.${filler}\nEn octobre 2014, fixation vertébrale.\nEn octobre 2015, embolie pulmonaire.${filler}`;
    expect(plan(text).map((s) => s.title)).toEqual(["Anamnèse — janvier 2013", "Anamnèse — août 2014", "Anamnèse — octobre 2015"]);
  });
});
