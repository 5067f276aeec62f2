import { afterAll, describe, expect, it } from "vitest";
import { scoreAttempt } from "@/lib/scoring/attempt";
import type { Responses } from "@/lib/scoring/types";
import { caseStats } from "./check";
import { loadCaseFolder } from "./load";
import { cleanupFixtureVariants, FIXTURE_DIR, fixtureVariant } from "./test-fixture";

const errorsOf = async (edits: Parameters<typeof fixtureVariant>[0]) => {
  const r = await loadCaseFolder(await fixtureVariant(edits));
  if (r.ok) throw new Error("expected the case to fail");
  return r.errors;
};

afterAll(cleanupFixtureVariants);

describe("loadCaseFolder on the mini-case fixture", () => {
  it("loads a valid case with every question type", async () => {
    const r = await loadCaseFolder(FIXTURE_DIR);
    if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 2));
    expect(r.case.slug).toBe("mini-case");
    expect(r.case.stages.map((s) => s.id)).toEqual(["accueil", "diagnostic"]);
    expect(r.case.sourceText).toContain("Monsieur L., 68 ans");
    expect(caseStats(r.case)).toMatchObject({ stages: 2, questions: 8, maxQuestionPoints: 9, maxInvestigationPoints: 4, maxScore: 13 });
    expect(caseStats(r.case).investigationsByRelevance).toEqual({ essential: 3, useful: 1, unnecessary: 1, harmful: 1 });
  });

  it("scores a perfect attempt 20/20 and a wasteful one lower", async () => {
    const r = await loadCaseFolder(FIXTURE_DIR);
    if (!r.ok) throw new Error("fixture invalid");
    const perfect: Responses = {
      "q1-type": { type: "qru", choice: "a" },
      "q1-bilan": { type: "qrm", choices: ["a", "b"] },
      "q1-zone": { type: "zone", choices: ["hb", "vgm", "plq"] },
      "q1-ecart": { type: "numeric", value: 4.9 },
      "q1-tcs": { type: "tcs", value: -2 },
      "q2-histo": { type: "qroc", text: "Adenocarcinome" },
      "q2-etapes": { type: "ordering", order: ["tdm", "rcp", "chir"] },
      "q2-extension": { type: "qrp", choices: ["tdm-tap", "ace"] },
    };
    const full = scoreAttempt(r.case, perfect, ["nfs", "ferritine", "reticulocytes", "coloscopie"]);
    expect([full.total, full.max, full.mark20]).toEqual([13, 13, 20]);
    // Coloscopy PMZ missed (−2), myelogram ordered (−1), TCS −1 (2/8 → 0.25), coloscopy missed (−2).
    const worse = scoreAttempt(r.case, { ...perfect, "q1-bilan": { type: "qrm", choices: ["a"] }, "q1-tcs": { type: "tcs", value: -1 } }, ["nfs", "ferritine", "myelogramme"]);
    expect(worse.total).toBe(13 - 2 - 0.75 - 1 - 2);
    expect(worse.mark20).toBe(testRound((7.25 / 13) * 20));
    expect(worse.stages[1].investigations.missedEssential).toEqual(["coloscopie"]);
  });
});
const testRound = (x: number) => Math.round(x * 100) / 100;

describe("loadCaseFolder rejects a broken case with a precise message", () => {
  it("wrong type, with file, path and line", async () => {
    const errors = await errorsOf({ "case.yaml": [["estimatedMinutes: 15", "estimatedMinutes: quinze"]] });
    expect(errors).toEqual([{ file: "case.yaml", path: "estimatedMinutes", message: "nombre attendu, texte reçu", line: 7 }]);
  });

  it("unknown key (typo) located at the key", async () => {
    const errors = await errorsOf({ "01-accueil.yaml": [["correct: true, pmz: true", "correct: true, pmzz: true"]] });
    expect(errors).toEqual([
      {
        file: "01-accueil.yaml",
        path: "questions[1].options[1].pmzz",
        message: "clé inconnue « pmzz » (faute de frappe ? champ non prévu par le format)",
        line: 69,
      },
    ]);
  });

  it("missing required field and unknown question type", async () => {
    const errors = await errorsOf({ "02-diagnostic.yaml": [["    type: qroc\n", "    type: qcm\n"], ["title: Diagnostic\n", ""]] });
    expect(errors.map((e) => [e.file, e.path, e.message])).toEqual([
      ["02-diagnostic.yaml", "title", "champ obligatoire manquant (texte attendu)"],
      ["02-diagnostic.yaml", "questions[0].type", "« type » inconnu ou absent : valeurs possibles qru, qrm, qrp, qroc, numeric, ordering, tcs, zone, representation, differential"],
    ]);
  });

  it("YAML syntax error with file and line", async () => {
    const errors = await errorsOf({ "02-diagnostic.yaml": [["title: Diagnostic", "title: Diagnostic: suite"]] });
    expect(errors).toEqual([
      { file: "02-diagnostic.yaml", path: "", line: 2, message: "syntaxe YAML invalide (ligne 2, colonne 8) : texte contenant « : » à mettre entre guillemets" },
    ]);
    const unclosed = await errorsOf({ "02-diagnostic.yaml": [["errata: [age]", "errata: [age"]] });
    expect(unclosed[0]).toMatchObject({ file: "02-diagnostic.yaml", path: "", line: 7 });
    expect(unclosed[0].message).toMatch(/^syntaxe YAML invalide \(ligne 7, colonne 1\) : indentation incorrecte ou crochet\/accolade non refermé/);
  });

  it("dangling source quote", async () => {
    const errors = await errorsOf({ "01-accueil.yaml": [["une perte de poids de 4 kg.", "une perte de poids de 5 kg."]] });
    expect(errors).toEqual([
      {
        file: "01-accueil.yaml",
        path: "sources[1]",
        message: "citation introuvable dans le texte source (comparaison après normalisation des espaces, retours à la ligne, apostrophes et guillemets)",
        line: 8,
      },
    ]);
  });

  it("QRM with no right answer", async () => {
    const errors = await errorsOf({
      "01-accueil.yaml": [
        ["Fibroscopie œso-gastro-duodénale, correct: true", "Fibroscopie œso-gastro-duodénale"],
        ["Coloscopie, correct: true, pmz: true", "Coloscopie"],
      ],
    });
    expect(errors).toEqual([{ file: "01-accueil.yaml", path: "questions[1].options", message: "une QRM doit avoir au moins une bonne réponse", line: 68 }]);
  });

  it("spoiler term in stage 1 (accent- and case-insensitive, plural) and in the summary", async () => {
    const errors = await errorsOf({
      "01-accueil.yaml": [
        ["Il signale un essoufflement", "On craint un ADENOCARCINOME. Il signale un essoufflement"],
        ["Électrophorèse de l'hémoglobine", "Dépistage des cancers du colon"],
      ],
      "case.yaml": [["Retrouvez la cause", "Un cancer du côlon ? Retrouvez la cause"]],
    });
    expect(errors.map((e) => `${e.file}:${e.path} — ${e.message}`)).toEqual([
      "case.yaml:summary — terme révélateur « cancer du côlon » affiché avant le début du cas (avant l'étape « diagnostic » qui le révèle)",
      "01-accueil.yaml:narrative — terme révélateur « adénocarcinome » avant l'étape « diagnostic » qui le révèle",
      "01-accueil.yaml:questions[1].options[3].text — terme révélateur « cancer du côlon » avant l'étape « diagnostic » qui le révèle",
      "02-diagnostic.yaml:questions[0].accepted[0] — réponse acceptée « adénocarcinome » de la question « q2-histo » visible avant ou avec cette question (01-accueil.yaml:narrative)",
    ]);
  });
});
