import { describe, expect, it } from "vitest";
import { lostPoints } from "./lost-points";
import { fr } from "@/messages/fr";
import { createTranslator } from "@/lib/i18n/translate";

const t = createTranslator(fr);
const fmt = (n: number) => new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 }).format(n);

function stage(index: number, title: string, investigationPoints: number, investigationMax: number, questions: [string, number, number][]) {
  return {
    view: { index, title, questions: questions.map(([id, points, max]) => ({ question: { id }, feedback: { points, max } })) },
    investigationPoints,
    investigationMax,
  };
}

describe("lostPoints: the debrief's summary accounts for every lost point", () => {
  it("lists the stages whose tests lost points and the questions below full credit, in case order", () => {
    const debrief = {
      stages: [stage(0, "Consultation", 0, 1, [["q1", 1, 1], ["q2", 0.5, 1]]), stage(1, "Résultats", 2, 2, [["q3", 1, 1]]), stage(2, "Suite", -0.5, 0, [["q4", 0, 2]])],
    } as unknown as Parameters<typeof lostPoints>[0];
    expect(lostPoints(debrief, [1, 3, 4], fmt, t).map(({ href, text }) => [href, text])).toEqual([
      ["#stage-1", "Examens de l'étape 1 (Consultation) : 0 / 1"],
      ["#question-q2", "Question 2 (Consultation) : 0,5 / 1"],
      ["#stage-3", "Examens de l'étape 3 (Suite) : -0,5 / 0"],
      ["#question-q4", "Question 4 (Suite) : 0 / 2"],
    ]);
  });

  it("is empty when nothing was lost", () => {
    const debrief = { stages: [stage(0, "Consultation", 1, 1, [["q1", 1, 1]])] } as unknown as Parameters<typeof lostPoints>[0];
    expect(lostPoints(debrief, [1], fmt, t)).toEqual([]);
  });
});
