import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schema";
import type { DraftCase } from "./draft";
import { checkInvestigationItem, checkQuestionItem, editorChecks, spoilerChecks, type EditorCheck } from "./editor-checks";

const OBJ = new Set(["obj-1"]);
const base = { stem: "Question ?", points: 1, objectives: ["obj-1"], explanation: "Parce que." };
const opt = (id: string, correct: boolean, extra: object = {}) => ({ id, text: `Option ${id}`, correct, ...extra });

const codes = (checks: EditorCheck[]) => checks.map((c) => `${c.path}:${c.code}`);
const check = (q: unknown) => codes(checkQuestionItem(q as Question, OBJ));

function draft(overrides: Partial<DraftCase> = {}): DraftCase {
  return {
    slug: "cas",
    title: "Fièvre et toux",
    summary: "Un homme de 60 ans tousse.",
    language: "fr",
    tags: ["pneumologie"],
    level: "DFASM",
    estimatedMinutes: 20,
    objectives: [{ id: "obj-1", text: "Diagnostiquer une pneumopathie" }],
    keyDecision: "Antibiotiques.",
    teachingPoints: ["Radio de thorax."],
    source: { file: "src.txt", title: "Cas", citation: "Auteur, 2024", licence: "CC BY 4.0" },
    review: { status: "draft", notes: [] },
    errata: [{ id: "e1", quote: "texte erroné", correction: "texte juste" }],
    spoilers: [],
    sourceText: "texte erroné",
    stages: [
      {
        id: "s1",
        title: "Accueil",
        narrative: "Il tousse depuis trois jours.",
        sources: [],
        findings: [],
        investigations: [{ id: "i1", label: "Radio", relevance: "essential", points: 1, result: "Opacité", rationale: "Indispensable" }],
        questions: [{ ...base, id: "q1", type: "qru", options: [opt("a", true), opt("b", false)] }],
        errata: ["e1"],
      },
      {
        id: "s2",
        title: "Diagnostic",
        narrative: "La radio montre une pneumopathie.",
        sources: [],
        findings: [],
        investigations: [],
        questions: [],
        errata: [],
      },
    ],
    ...overrides,
  };
}

describe("choice questions", () => {
  it("accepts a QRU with exactly one right option", () => {
    expect(check({ ...base, id: "q", type: "qru", options: [opt("a", true), opt("b", false)] })).toEqual([]);
  });
  it("refuses a QRU with zero or two right options", () => {
    expect(check({ ...base, id: "q", type: "qru", options: [opt("a", false), opt("b", false)] })).toEqual(["options:qruOneRight"]);
    expect(check({ ...base, id: "q", type: "qru", options: [opt("a", true), opt("b", true)] })).toEqual(["options:qruOneRight"]);
  });
  it("refuses a QRM with no right option and accepts one with a right option", () => {
    expect(check({ ...base, id: "q", type: "qrm", options: [opt("a", false), opt("b", false)] })).toEqual(["options:noRight"]);
    expect(check({ ...base, id: "q", type: "qrm", options: [opt("a", true), opt("b", false)] })).toEqual([]);
  });
  it("requires a PMZ option to be right and an inacceptable option to be wrong", () => {
    const q = { ...base, id: "q", type: "qrm", options: [opt("a", false, { pmz: true }), opt("b", true, { inacceptable: true }), opt("c", true, { pmz: true }), opt("d", false, { inacceptable: true })] };
    expect(check(q)).toEqual(["options[0].pmz:pmzNotRight", "options[1].inacceptable:inacceptableRight"]);
  });
  it("requires a QRP's n to equal the number of right options", () => {
    const options = [opt("a", true), opt("b", true), opt("c", false)];
    expect(check({ ...base, id: "q", type: "qrp", n: 2, options })).toEqual([]);
    expect(check({ ...base, id: "q", type: "qrp", n: 1, options })).toEqual(["n:qrpN"]);
    expect(checkQuestionItem({ ...base, id: "q", type: "qrp", n: 3, options } as Question, OBJ)[0].params).toEqual({ n: 3, count: 2 });
  });
  it("requires 10 to 25 options in a long menu", () => {
    const many = (count: number) => Array.from({ length: count }, (_, k) => opt(`o${k}`, k === 0));
    expect(check({ ...base, id: "q", type: "qrp", n: 1, longMenu: true, options: many(10) })).toEqual([]);
    expect(check({ ...base, id: "q", type: "qrp", n: 1, longMenu: true, options: many(25) })).toEqual([]);
    expect(check({ ...base, id: "q", type: "qrp", n: 1, longMenu: true, options: many(9) })).toEqual(["options:longMenuSize"]);
    expect(check({ ...base, id: "q", type: "qrp", n: 1, longMenu: true, options: many(26) })).toEqual(["options:longMenuSize"]);
    expect(check({ ...base, id: "q", type: "qrp", n: 1, longMenu: false, options: many(4) })).toEqual([]);
  });
  it("requires option ids to be unique and well-formed", () => {
    expect(check({ ...base, id: "q", type: "qrm", options: [opt("a", true), opt("a", false), opt("B c", false)] })).toEqual(["options[1].id:duplicateId", "options[2].id:invalidId"]);
  });
});

describe("common question fields", () => {
  it("requires at least one objective, each declared", () => {
    const q = { ...base, id: "q", type: "qru", options: [opt("a", true), opt("b", false)] };
    expect(check({ ...q, objectives: [] })).toEqual(["objectives:noObjective"]);
    expect(check({ ...q, objectives: ["obj-1", "obj-x"] })).toEqual(["objectives[1]:unknownObjective"]);
  });
  it("requires positive points", () => {
    const q = { ...base, id: "q", type: "qru", options: [opt("a", true), opt("b", false)] };
    expect(check({ ...q, points: 0 })).toEqual(["points:points"]);
    expect(check({ ...q, points: null })).toEqual(["points:points"]);
  });
});

describe("QROC", () => {
  it("needs an accepted answer of at most five words", () => {
    expect(check({ ...base, id: "q", type: "qroc", accepted: ["pneumopathie", "PAC"] })).toEqual([]);
    expect(check({ ...base, id: "q", type: "qroc", accepted: ["  "] })).toEqual(["accepted:qrocNoAnswer"]);
    expect(check({ ...base, id: "q", type: "qroc", accepted: ["un deux trois quatre cinq six"] })).toEqual(["accepted[0]:qrocTooLong"]);
  });
});

describe("numeric", () => {
  const num = { ...base, id: "q", type: "numeric", answer: 2, unit: "mg/kg", tolerance: 0.5 };
  it("accepts a symmetric or asymmetric tolerance", () => {
    expect(check(num)).toEqual([]);
    expect(check({ ...num, tolerance: { below: 0, above: 1 } })).toEqual([]);
  });
  it("needs an answer, a unit and a tolerance", () => {
    expect(check({ ...num, answer: Number.NaN })).toEqual(["answer:numericAnswer"]);
    expect(check({ ...num, answer: undefined })).toEqual(["answer:numericAnswer"]);
    expect(check({ ...num, unit: " " })).toEqual(["unit:numericUnit"]);
    expect(check({ ...num, tolerance: undefined })).toEqual(["tolerance:numericTolerance"]);
    expect(check({ ...num, tolerance: -1 })).toEqual(["tolerance:numericTolerance"]);
    expect(check({ ...num, tolerance: { below: 1, above: null } })).toEqual(["tolerance:numericTolerance"]);
  });
});

describe("ordering", () => {
  const items = [
    { id: "a", text: "A" },
    { id: "b", text: "B" },
    { id: "c", text: "C" },
  ];
  const ord = { ...base, id: "q", type: "ordering", items, order: ["a", "b", "c"], rule: { fixed: ["a"], perSwap: 0.5, tolerated: [["b", "c"]], text: "A d'abord" } };
  it("accepts a permutation with known fixed and tolerated items", () => {
    expect(check(ord)).toEqual([]);
  });
  it("refuses an expected order that is not a permutation of the items", () => {
    expect(check({ ...ord, order: ["a", "b", "b", "x"] })).toEqual(["order[2]:orderDuplicate", "order[3]:orderUnknown", "order:orderMissing"]);
  });
  it("refuses fixed and tolerated items that do not exist, and a pair of one item", () => {
    expect(check({ ...ord, rule: { ...ord.rule, fixed: ["z"], tolerated: [["b", "y"], ["c", "c"]] } })).toEqual([
      "rule.fixed[0]:unknownItem",
      "rule.tolerated[0][1]:unknownItem",
      "rule.tolerated[1]:toleratedSame",
    ]);
  });
  it("keeps the loss per swap between 0 and 1", () => {
    expect(check({ ...ord, rule: { ...ord.rule, perSwap: 1.5 } })).toEqual(["rule.perSwap:perSwapRange"]);
  });
});

describe("TCS", () => {
  const tcs = { ...base, id: "q", type: "tcs", hypothesis: "H", information: "I", panel: { "-2": 0, "-1": 1, "0": 3, "1": 0, "2": 0 } };
  it("accepts a panel with at least one expert", () => {
    expect(check(tcs)).toEqual([]);
  });
  it("refuses an empty panel and invalid counts", () => {
    expect(check({ ...tcs, panel: { "-2": 0, "-1": 0, "0": 0, "1": 0, "2": 0 } })).toEqual(["panel:tcsNoExpert"]);
    expect(check({ ...tcs, panel: { ...tcs.panel, "2": -1 } })).toEqual(['panel["2"]:tcsCount']);
  });
});

describe("zone", () => {
  const zone = { ...base, id: "q", type: "zone", text: "Hb 8 g/dL, plaquettes 22 G/L", zones: [{ id: "z1", text: "Hb 8 g/dL", correct: true }, { id: "z2", text: "plaquettes 22 G/L", correct: false }] };
  it("accepts zones found in the text with one correct", () => {
    expect(check(zone)).toEqual([]);
  });
  it("refuses a zone whose text is not in the question text, and no correct zone", () => {
    expect(check({ ...zone, zones: [{ ...zone.zones[0], correct: false, text: "CRP" }, zone.zones[1]] })).toEqual(["zones:zoneNoneCorrect", "zones[0].text:zoneNotInText"]);
  });
});

describe("investigations", () => {
  const inv = { id: "i", label: "Radio", result: "R", rationale: "R" };
  it("checks points against relevance", () => {
    expect(codes(checkInvestigationItem({ ...inv, relevance: "essential", points: 1 }))).toEqual([]);
    expect(codes(checkInvestigationItem({ ...inv, relevance: "essential", points: 0 }))).toEqual(["points:essentialPoints"]);
    expect(codes(checkInvestigationItem({ ...inv, relevance: "harmful", points: 1 }))).toEqual(["points:penaltyPoints"]);
    expect(codes(checkInvestigationItem({ ...inv, relevance: "useful", points: 1 }))).toEqual(["points:usefulPoints"]);
  });
});

describe("editorChecks on a whole draft", () => {
  it("finds nothing wrong in a valid draft", () => {
    expect(editorChecks(draft())).toEqual([]);
  });
  it("locates question checks by their full path", () => {
    const d = draft();
    d.stages[1].questions = [{ ...base, id: "q2", type: "qrm", options: [opt("a", false), opt("b", false)] } as Question];
    expect(codes(editorChecks(d))).toEqual(["stages[1].questions[0].options:noRight"]);
  });
  it("requires ids unique across the case", () => {
    const d = draft();
    d.stages[1].id = "s1";
    d.stages[1].questions = [{ ...d.stages[0].questions[0] }];
    d.stages[1].investigations = [{ ...d.stages[0].investigations[0] }];
    d.objectives.push({ id: "obj-1", text: "Autre" });
    expect(codes(editorChecks(d))).toEqual([
      "objectives[1].id:duplicateId",
      "stages[1].id:duplicateId",
      "stages[1].investigations[0].id:duplicateId",
      "stages[1].questions[0].id:duplicateId",
      // The copied question's right option was already shown by the first one.
      "stages[1].questions[0].options[0].text:rightOptionVisible",
    ]);
  });
  it("requires referenced objectives, errata and spoiler stages to exist", () => {
    const d = draft({ spoilers: [{ term: "pneumopathie", revealedAt: "s9" }] });
    d.stages[0].errata = ["e9"];
    d.stages[0].questions[0].objectives = ["obj-9"];
    expect(codes(editorChecks(d))).toEqual(["spoilers[0].revealedAt:unknownStage", "stages[0].errata[0]:unknownErratum", "stages[0].questions[0].objectives[0]:unknownObjective"]);
  });
});

describe("spoiler errors", () => {
  it("flags a term that appears before the stage that reveals it", () => {
    const d = draft({ spoilers: [{ term: "pneumopathie", revealedAt: "s2" }] });
    d.stages[0].narrative = "Suspicion de pneumopathies ?";
    const checks = spoilerChecks(d);
    expect(codes(checks)).toEqual(["objectives[0].text:spoilerBeforePlay", "stages[0].narrative:spoilerInStage"]);
    expect(checks.every((c) => c.severity === "error")).toBe(true);
    expect(checks[1].params).toEqual({ term: "pneumopathie", stage: "Diagnostic" });
  });
  it("stays silent once the term is revealed, and for an empty term", () => {
    expect(spoilerChecks(draft({ spoilers: [{ term: "pneumopathie", revealedAt: "s1" }, { term: " ", revealedAt: "s2" }], objectives: [{ id: "obj-1", text: "Soigner" }] }))).toEqual([]);
  });
});
