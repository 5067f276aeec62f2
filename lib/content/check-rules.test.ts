import { beforeAll, describe, expect, it } from "vitest";
import { checkCase } from "./check";
import { loadCaseFolder } from "./load";
import type { CaseDefinition, Question } from "./schema";
import { FIXTURE_DIR } from "./test-fixture";

const FILES = ["01-accueil.yaml", "02-diagnostic.yaml"];
let fixture: CaseDefinition;
beforeAll(async () => {
  const r = await loadCaseFolder(FIXTURE_DIR);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  fixture = r.case;
});

/** Runs checkCase on a mutated deep copy; returns "file:path — message" lines. */
function check(mutate: (c: CaseDefinition) => void): string[] {
  const c = structuredClone(fixture);
  mutate(c);
  return checkCase(c, FILES).map((e) => `${e.file}:${e.path} — ${e.message}`);
}
const question = <T extends Question["type"]>(c: CaseDefinition, id: string, _type: T) =>
  c.stages.flatMap((s) => s.questions).find((q) => q.id === id) as Extract<Question, { type: T }>;

describe("checkCase semantic rules", () => {
  it("passes on the fixture", () => expect(check(() => {})).toEqual([]));

  it("unique ids across the case", () => {
    expect(
      check((c) => {
        c.stages[1].id = "accueil";
        c.stages[1].questions[0].id = "q1-type";
        c.stages[1].investigations[0].id = "nfs";
        question(c, "q1-type", "qru").options[1].id = "a";
      }),
    ).toEqual([
      "01-accueil.yaml:questions[0].options[1].id — identifiant d'option en double : « a »",
      "02-diagnostic.yaml:id — identifiant d'étape en double dans le cas : « accueil »",
      "02-diagnostic.yaml:investigations[0].id — identifiant d'examen en double dans le cas : « nfs »",
      "02-diagnostic.yaml:questions[0].id — identifiant de question en double dans le cas : « q1-type »",
      "case.yaml:spoilers[0].revealedAt — étape ou question inconnue : « diagnostic » (identifiant d'étape ou de question attendu)",
      "case.yaml:spoilers[1].revealedAt — étape ou question inconnue : « diagnostic » (identifiant d'étape ou de question attendu)",
    ].sort(byFile));
  });

  it("references: objectives, errata, spoiler stage", () => {
    expect(
      check((c) => {
        c.stages[0].questions[0].objectives = ["nope"];
        c.stages[1].errata = ["missing"];
        c.spoilers[0].revealedAt = "stage-9";
      }),
    ).toEqual([
      "case.yaml:spoilers[0].revealedAt — étape ou question inconnue : « stage-9 » (identifiant d'étape ou de question attendu)",
      "01-accueil.yaml:questions[0].objectives[0] — objectif pédagogique inconnu : « nope » (à déclarer dans case.yaml, objectives)",
      "02-diagnostic.yaml:errata[0] — erratum inconnu : « missing » (à déclarer dans case.yaml, errata)",
    ]);
  });

  it("answer keys: QRU exactly one, PMZ correct, inacceptable wrong, QRP n, long menu size", () => {
    expect(
      check((c) => {
        question(c, "q1-type", "qru").options[1].correct = true;
        question(c, "q1-bilan", "qrm").options[3].pmz = true;
        question(c, "q1-bilan", "qrm").options[0].inacceptable = true;
        const qrp = question(c, "q2-extension", "qrp");
        qrp.n = 3;
        qrp.options = qrp.options.slice(0, 9);
      }),
    ).toEqual([
      "01-accueil.yaml:questions[0].options — une QRU doit avoir exactement une bonne réponse (ici 2)",
      "01-accueil.yaml:questions[1].options[0].inacceptable — une option inacceptable doit être une mauvaise réponse (correct: false)",
      "01-accueil.yaml:questions[1].options[3].pmz — une option PMZ (indispensable) doit être une bonne réponse (correct: true)",
      "02-diagnostic.yaml:questions[2].n — n (3) doit être égal au nombre de bonnes réponses (2)",
      "02-diagnostic.yaml:questions[2].options — une liste longue doit compter de 10 à 25 options (ici 9)",
    ]);
  });

  it("ordering, TCS, zone, QROC", () => {
    expect(
      check((c) => {
        const o = question(c, "q2-etapes", "ordering");
        o.order = ["tdm", "tdm", "ghost"];
        o.rule.fixed = ["nope"];
        o.rule.tolerated = [["rcp", "rcp"]];
        question(c, "q1-tcs", "tcs").panel = { "-2": 0, "-1": 0, "0": 0, "1": 0, "2": 0 };
        question(c, "q1-zone", "zone").zones[1].text = "VGM 86 fL";
        question(c, "q2-histo", "qroc").accepted.push("un deux trois quatre cinq six");
      }),
    ).toEqual([
      "01-accueil.yaml:questions[2].zones[1].text — le texte de la zone « VGM 86 fL » ne figure pas dans le texte de la question",
      "01-accueil.yaml:questions[4].panel — le panel d'experts du TCS doit compter au moins un expert",
      "02-diagnostic.yaml:questions[0].accepted[2] — une réponse de QROC compte 5 mots au plus",
      "02-diagnostic.yaml:questions[1].order[1] — « tdm » figure deux fois dans order",
      "02-diagnostic.yaml:questions[1].order[2] — « ghost » n'est pas un élément de items",
      "02-diagnostic.yaml:questions[1].order — order doit classer tous les éléments ; absents : rcp, chir",
      "02-diagnostic.yaml:questions[1].rule.fixed[0] — « nope » n'est pas un élément de items",
      "02-diagnostic.yaml:questions[1].rule.tolerated[0] — une paire tolérée doit réunir deux éléments différents",
    ]);
  });

  it("investigation points follow their relevance", () => {
    expect(
      check((c) => {
        c.stages[0].investigations[0].points = 0;
        c.stages[0].investigations[2].points = 1;
        c.stages[0].investigations[3].points = 0.5;
      }),
    ).toEqual([
      "01-accueil.yaml:investigations[0].points — un examen essentiel doit rapporter des points (> 0)",
      "01-accueil.yaml:investigations[2].points — un examen utile ne rapporte ni ne coûte de points : 0 attendu",
      "01-accueil.yaml:investigations[3].points — un examen inutile ou délétère coûte des points : valeur ≤ 0 attendue",
    ]);
  });

  it("every kind of quote is looked up in the source", () => {
    const NF = "citation introuvable dans le texte source (comparaison après normalisation des espaces, retours à la ligne, apostrophes et guillemets)";
    expect(
      check((c) => {
        c.errata[0].quote = "ce patient de 85 ans";
        const vitals = c.stages[0].findings[0];
        if (vitals.kind === "vitals") vitals.items[0].source = "fréquence à 110/min";
        c.stages[0].investigations[0].source = "inventé";
        c.stages[1].questions[0].source = "inventé aussi";
      }),
    ).toEqual([
      `case.yaml:errata[0].quote — ${NF}`,
      `01-accueil.yaml:findings[0].items[0].source — ${NF}`,
      `01-accueil.yaml:investigations[0].source — ${NF}`,
      `02-diagnostic.yaml:questions[0].source — ${NF}`,
    ]);
  });

  it("spoilers: errata shown early, tags, objectives; not keyDecision or the revealing stage", () => {
    expect(
      check((c) => {
        c.errata[0].correction = "Il s'agit bien d'un adénocarcinome.";
        c.stages[0].errata = ["age"];
        c.tags.push("Adénocarcinomes");
        c.objectives[0].text = "Diagnostiquer un cancer du côlon";
        c.keyDecision = "Penser à l'adénocarcinome";
        c.stages[0].findings.push({ kind: "note", title: "Note", text: "rien", source: "adénocarcinome" });
      }),
    ).toEqual([
      "case.yaml:tags[2] — terme révélateur « adénocarcinome » affiché avant le début du cas (avant l'étape « diagnostic » qui le révèle)",
      "case.yaml:objectives[0].text — terme révélateur « cancer du côlon » affiché avant le début du cas (avant l'étape « diagnostic » qui le révèle)",
      "01-accueil.yaml:errata[0] — terme révélateur « adénocarcinome » dans l'erratum « age » affiché avant l'étape « diagnostic » qui le révèle",
      // The same texts also print the next stage's QROC answer before its question.
      "02-diagnostic.yaml:questions[0].accepted[0] — réponse acceptée « adénocarcinome » de la question « q2-histo » visible avant ou avec cette question (case.yaml:tags[2])",
      "02-diagnostic.yaml:questions[0].accepted[0] — réponse acceptée « adénocarcinome » de la question « q2-histo » visible avant ou avec cette question (01-accueil.yaml:errata[0])",
      "02-diagnostic.yaml:questions[0].accepted[0] — réponse acceptée « adénocarcinome » de la question « q2-histo » visible avant ou avec cette question (02-diagnostic.yaml:errata[0])",
    ]);
  });
});

function byFile(a: string, b: string): number {
  const rank = (s: string) => ["case.yaml", ...FILES].indexOf(s.split(":")[0]);
  return rank(a) - rank(b);
}
