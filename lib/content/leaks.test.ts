import { describe, expect, it } from "vitest";
import { findLeaks, type Leak } from "./leaks";

/** A small case, built here so that each rule is tested on exactly the text it is about. */
function fixture() {
  return {
    title: "Fièvre chez une femme de 30 ans",
    summary: "Une patiente consulte pour de la fièvre.",
    tags: ["infectiologie"],
    objectives: [{ id: "o1", text: "Conduire le bilan d'une fièvre" }],
    errata: [{ id: "e1", quote: "citation", correction: "La date est 2013." }],
    spoilers: [] as { term: string; revealedAt: string }[],
    stages: [
      {
        id: "s1",
        title: "Accueil",
        narrative: "Fièvre à 39 °C depuis trois jours.",
        findings: [{ kind: "exam", title: "Examen", text: "Souffle systolique." }],
        investigations: [{ id: "i1", label: "Hémocultures", relevance: "essential", points: 1, result: "Streptocoque oralis.", rationale: "Fièvre et souffle." }],
        errata: [] as string[],
        questions: [
          { id: "q1", type: "qru", stem: "Quel signe oriente ?", explanation: "Le souffle.", objectives: ["o1"], options: [{ id: "a", text: "Souffle cardiaque", correct: true }, { id: "b", text: "Toux" }] },
          { id: "q2", type: "qroc", stem: "Quel diagnostic évoquez-vous ?", explanation: "Endocardite infectieuse.", objectives: ["o1"], accepted: ["endocardite infectieuse", "endocardite"] },
        ],
      },
      {
        id: "s2",
        title: "Échographie",
        narrative: "L'échographie est faite.",
        findings: [],
        investigations: [],
        errata: [] as string[],
        questions: [{ id: "q3", type: "qroc", stem: "Quel examen confirme la végétation ?", explanation: "L'ETO.", objectives: ["o1"], accepted: ["échographie transœsophagienne", "ETO"] }],
      },
    ],
  };
}

const summary = (leaks: Leak[]) => leaks.map((l) => `${l.code}:${l.subject.id}:${l.at.stage ?? "case"}:${l.at.path.join(".")}`);

describe("findLeaks", () => {
  it("finds nothing in a clean case", () => {
    expect(findLeaks(fixture())).toEqual([]);
  });

  it("a QROC answer printed in an earlier stem is an error naming the question and the place", () => {
    const c = fixture();
    c.stages[0].questions[0].stem = "Devant cette suspicion d'endocardites infectieuses, quel signe oriente ?";
    expect(findLeaks(c)).toEqual([
      { code: "qrocAnswerVisible", severity: "error", at: { stage: 0, path: ["questions", 0, "stem"], text: c.stages[0].questions[0].stem }, subject: { stage: 0, path: ["questions", 1, "accepted", 0], id: "q2" }, term: "endocardite infectieuse" },
    ]);
  });

  it("each visible place counts: narrative, findings, menu label and result, options, errata, metadata", () => {
    const c = fixture();
    c.summary = "Une endocardite ?";
    c.stages[0].findings[0].text = "Souffle évocateur d'une endocardite.";
    c.stages[0].investigations[0].result = "Streptocoque ; compatible avec une endocardite.";
    c.stages[0].questions[0].options![1].text = "Endocardite";
    c.stages[0].errata = ["e1"];
    c.errata[0].correction = "Il s'agit d'une endocardite.";
    expect(summary(findLeaks(c))).toEqual([
      "qrocAnswerVisible:q2:case:summary",
      "qrocAnswerVisible:q2:0:findings.0.text",
      "qrocAnswerVisible:q2:0:investigations.0.result",
      "qrocAnswerVisible:q2:0:errata.0",
      "qrocAnswerVisible:q2:0:questions.0.options.1.text",
    ]);
  });

  it("a QROC answer in the question's own new information is visible with it", () => {
    const c = fixture();
    (c.stages[1].questions[0] as Record<string, unknown>).newInformation = { narrative: "Une ETO est programmée." };
    expect(summary(findLeaks(c))).toEqual(["qrocAnswerVisible:q3:1:questions.0.newInformation.narrative"]);
  });

  it("what comes later, explanations and the question's own key are not counted", () => {
    const c = fixture();
    c.stages[1].narrative = "L'endocardite est confirmée.";
    c.stages[0].questions[0].explanation = "Pensez à l'ETO.";
    (c.stages[0].questions[1] as Record<string, unknown>).display = "Endocardite infectieuse";
    expect(findLeaks(c)).toEqual([]);
  });

  it("a question's errata are visible once it is answered, not before", () => {
    const c = fixture();
    c.errata[0].correction = "Une ETO a été faite.";
    (c.stages[1].questions[0] as Record<string, unknown>).errata = ["e1"];
    expect(findLeaks(c)).toEqual([]);
    (c.stages[0].questions[0] as Record<string, unknown>).errata = ["e1"];
    expect(summary(findLeaks(c))).toEqual(["qrocAnswerVisible:q3:0:questions.0.errata.0"]);
  });

  it("normalises like the scorer: determiner, plural, accents, apostrophes", () => {
    const c = fixture();
    c.stages[0].narrative = "Les ÉCHOGRAPHIES TRANSOESOPHAGIENNES du service sont pleines.";
    expect(summary(findLeaks(c))).toEqual(["qrocAnswerVisible:q3:0:narrative"]);
  });

  it("whole words only: a longer word containing the answer is no leak", () => {
    const c = fixture();
    c.stages[0].narrative = "Protocole ETOPOSIDE antérieur.";
    expect(findLeaks(c)).toEqual([]);
  });

  it("a right option's exact text shown before its question is a warning", () => {
    const c = fixture();
    c.stages[0].narrative = "Un souffle cardiaque est entendu.";
    expect(findLeaks(c)).toEqual([
      { code: "rightOptionVisible", severity: "warning", at: { stage: 0, path: ["narrative"], text: c.stages[0].narrative }, subject: { stage: 0, path: ["questions", 0, "options", 0, "text"], id: "q1" }, term: "Souffle cardiaque" },
    ]);
  });

  it("a spoiler revealed at a stage: errors before that stage and before play, none in it", () => {
    const c = fixture();
    c.spoilers = [{ term: "végétation", revealedAt: "s2" }];
    c.tags.push("végétations");
    c.stages[0].questions[0].explanation = "Une végétation est probable.";
    c.stages[1].narrative = "Végétation mitrale.";
    expect(summary(findLeaks(c))).toEqual(["spoilerBeforePlay:s2:case:tags.1", "spoilerVisible:s2:0:questions.0.explanation"]);
  });

  it("a spoiler revealed at a question: errors in what precedes that question, not in the question", () => {
    const c = fixture();
    c.spoilers = [{ term: "souffle", revealedAt: "q2" }];
    c.stages[0].questions[1].stem = "Devant ce souffle, quel diagnostic ?";
    expect(summary(findLeaks(c))).toEqual([
      "spoilerVisible:q2:0:findings.0.text",
      "spoilerVisible:q2:0:questions.0.options.0.text",
      "spoilerVisible:q2:0:questions.0.explanation",
    ]);
  });

  it("reads an incomplete draft without throwing", () => {
    expect(findLeaks({ stages: [{ questions: [{ type: "qroc" }, null, { type: "qru", options: [{ correct: true }] }] }], spoilers: [{ revealedAt: "x" }] })).toEqual([]);
    expect(findLeaks(null)).toEqual([]);
  });
});
