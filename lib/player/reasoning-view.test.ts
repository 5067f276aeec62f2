/**
 * The learner-view projection of the clinical-reasoning tasks, on the e2e case cas-raisonnement:
 * nothing of the author's summary, qualifiers or ranking before the task is answered (and, in exam
 * mode, before the end); the menu in alphabetical order, never the authored (key-first) one.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCaseFolder } from "@/lib/content/load";
import type { CaseDefinition } from "@/lib/content/schema";
import type { Answer } from "@/lib/scoring/types";
import { buildAttemptView, type AttemptState } from "./build-view";

let def: CaseDefinition;
beforeAll(async () => {
  const r = await loadCaseFolder(path.resolve(__dirname, "../../e2e/fixtures/cases/cas-raisonnement"));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  def = r.case;
});

const REPRESENTATION: Answer = { type: "representation", text: "Femme de 30 ans, QUALSENTINELA." };
const DIFFERENTIAL: Answer = { type: "differential", ranking: [{ id: "sca", cantMiss: true }, { id: "ep", cantMiss: true }] };

function state(answers: [string, Answer][], over: Partial<AttemptState> = {}): AttemptState {
  return { id: "7d1f5c2e-0000-4000-8000-000000000002", mode: "training", status: "in_progress", currentStage: 0, deadlineAt: null, answers: new Map(answers), ordered: new Map(), ...over };
}
const json = (s: AttemptState) => JSON.stringify(buildAttemptView(def, s, "fr"));
const questionView = (s: AttemptState, id: string) => buildAttemptView(def, s, "fr").stages.flatMap((st) => st.questions).find((q) => q.question.id === id);

describe("problem representation", () => {
  it("before it is answered: the prompt only, no summary, qualifier or explanation", () => {
    const sent = json(state([]));
    expect(sent).toContain("Résumez le problème");
    for (const secret of ["SUMMARYSENTINEL", "QUALSENTINELA", "QUALSENTINELB", "REPEXPLSENTINEL", '"qualifiers"', '"summary"']) expect(sent).not.toContain(secret);
  });

  it("answered in training: the author's summary cut at its qualifiers, and no self-check yet", () => {
    const v = questionView(state([["r1", REPRESENTATION]]), "r1")!;
    expect(v.feedback?.points).toBe(0);
    expect(v.feedback?.max).toBe(0);
    expect(v.feedback?.representation).toEqual({
      summary: "SUMMARYSENTINEL femme de 30 ans avec QUALSENTINELA et QUALSENTINELB depuis deux heures.",
      qualifiers: [
        { id: "qa", text: "QUALSENTINELA" },
        { id: "qb", text: "QUALSENTINELB" },
      ],
      segments: [
        { kind: "text", text: "SUMMARYSENTINEL femme de 30 ans avec " },
        { kind: "zone", id: "qa", text: "QUALSENTINELA" },
        { kind: "text", text: " et " },
        { kind: "zone", id: "qb", text: "QUALSENTINELB" },
        { kind: "text", text: " depuis deux heures." },
      ],
    });
    expect(v.selfCheck).toBeNull();
  });

  it("the stored self-check comes back with the feedback", () => {
    const v = questionView(state([["r1", REPRESENTATION]], { selfChecks: new Map([["r1", ["qb"]]]) }), "r1")!;
    expect(v.selfCheck).toEqual(["qb"]);
  });

  it("answered in exam mode: nothing of the key before the end, and no self-check", () => {
    const s = state([["r1", REPRESENTATION]], { mode: "exam" });
    expect(json(s)).not.toContain("SUMMARYSENTINEL");
    expect(questionView(s, "r1")!.selfCheck).toBeUndefined();
    // Positive control: at the end it is shown.
    expect(json({ ...s, status: "finished" })).toContain("SUMMARYSENTINEL");
  });
});

describe("ranked differential", () => {
  it("before it is answered: the menu sorted alphabetically, no ranking, flag or explanation", () => {
    const s = state([["r1", REPRESENTATION]]);
    const v = questionView(s, "r2")!;
    expect(v.question).toEqual({
      id: "r2",
      stem: "Classez jusqu'à 5 diagnostics et signalez ceux à ne pas manquer.",
      points: 1,
      type: "differential",
      diagnoses: [
        { id: "anxiete", text: "Attaque de panique" },
        { id: "dissection", text: "Dissection aortique" },
        { id: "parietale", text: "Douleur pariétale" },
        { id: "ep", text: "Embolie pulmonaire" },
        { id: "pericardite", text: "Péricardite aiguë" },
        { id: "pneumothorax", text: "Pneumothorax" },
        { id: "reflux", text: "Reflux gastro-œsophagien" },
        { id: "sca", text: "Syndrome coronarien aigu" },
        { id: "zona", text: "Zona thoracique" },
      ],
    });
    const sent = json(s);
    for (const secret of ["DIFFEXPLSENTINEL", "cantMiss", '"ranking"', "STEMSENTINELR3"]) expect(sent).not.toContain(secret);
  });

  it("answered: the author's ranking, the credit's components and the reasons", () => {
    const v = questionView(state([["r1", REPRESENTATION], ["r2", DIFFERENTIAL]]), "r2")!;
    // Presence 2/3, rank (0.5 + 0.5)/3, can't-miss 2/2 → 0.3333 + 0.0667 + 0.3 = 0.7.
    expect(v.feedback?.points).toBe(0.7);
    expect(v.feedback?.differential).toEqual({
      ranking: [
        { id: "ep", text: "Embolie pulmonaire", cantMiss: true },
        { id: "sca", text: "Syndrome coronarien aigu", cantMiss: true },
        { id: "pericardite", text: "Péricardite aiguë", cantMiss: false },
      ],
      parts: { presence: 0.6667, rank: 0.3333, cantMiss: 1 },
    });
    expect(v.feedback?.reasons).toEqual([
      "« Embolie pulmonaire » classé au rang 2 au lieu du rang 1.",
      "« Syndrome coronarien aigu » classé au rang 1 au lieu du rang 2.",
      "Diagnostic attendu absent de votre liste : « Péricardite aiguë » (rang 3 de l'auteur).",
      "Présence 0,67 × 0,5 + rang 0,33 × 0,2 + « à ne pas manquer » 1 × 0,3 : crédit de 0,7 sur 1.",
    ]);
    // The next question is now reached.
    expect(json(state([["r1", REPRESENTATION], ["r2", DIFFERENTIAL]]))).toContain("STEMSENTINELR3");
  });
});
