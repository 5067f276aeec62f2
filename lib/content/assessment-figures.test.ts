import { describe, expect, it } from "vitest";
import { assessmentBreaches, assessmentFigures, assessmentLimitsOf, DEFAULT_ASSESSMENT_LIMITS } from "./assessment-figures";
import { loadCaseFolder } from "./load";
import { caseMetaSchema, stageSchema, type Stage } from "./schema";

const objectives = [{ id: "o", text: "Objectif" }];
const inv = (id: string, relevance: string, points: number) => ({ id, label: id, relevance, points, result: "r", rationale: "r" });
const qrm = (id: string, points: number, pmz: number, inacceptable = 0) => ({
  id,
  type: "qrm",
  stem: "Question ?",
  points,
  objectives: ["o"],
  explanation: "e",
  options: [
    ...Array.from({ length: pmz }, (_, k) => ({ id: `p${k}`, text: `p${k}`, correct: true, pmz: true })),
    { id: "c", text: "c", correct: true },
    ...Array.from({ length: inacceptable }, (_, k) => ({ id: `i${k}`, text: `i${k}`, inacceptable: true })),
    { id: "f", text: "f" },
  ],
});
const stage = (id: string, investigations: unknown[], questions: unknown[]): Stage =>
  stageSchema.parse({ id, title: id, narrative: "n", investigations, questions });

describe("assessmentFigures", () => {
  it("scores ordering every investigation with no answer, and counts PMZ and inacceptable options", () => {
    // Max = questions 6 + essential 2 = 8; blind = 1 + 1 − 0.5 − 1 = 0.5 → 0.5 / 8 × 20 = 1.25.
    const stages = [
      stage("s1", [inv("a", "essential", 1), inv("b", "useful", 0), inv("c", "unnecessary", -0.5)], [qrm("q1", 2, 2, 1)]),
      stage("s2", [inv("d", "essential", 1), inv("e", "harmful", -1)], [qrm("q2", 4, 1)]),
    ];
    expect(assessmentFigures({ stages, objectives })).toEqual({
      blindMark20: 1.25,
      investigationShare: 25,
      investigationMax: 2,
      maxScore: 8,
      pmzCount: 3,
      inacceptableCount: 1,
    });
  });

  it("floors the blind mark at 0 when penalties outweigh the essential tests", () => {
    const stages = [stage("s1", [inv("a", "essential", 1), inv("c", "harmful", -3)], [qrm("q1", 3, 0)])];
    const f = assessmentFigures({ stages, objectives });
    expect(f.blindMark20).toBe(0);
    expect(f.investigationShare).toBe(25);
  });

  it("gives a share of 0 to a case without investigations", () => {
    const f = assessmentFigures({ stages: [stage("s1", [], [qrm("q1", 1, 0)])], objectives });
    expect([f.blindMark20, f.investigationShare, f.maxScore]).toEqual([0, 0, 1]);
  });
});

describe("assessment limits", () => {
  const figures = { blindMark20: 3.2, investigationShare: 35, investigationMax: 7, maxScore: 20, pmzCount: 5, inacceptableCount: 0 };

  it("reports each figure strictly above its limit", () => {
    expect(assessmentBreaches(figures, DEFAULT_ASSESSMENT_LIMITS)).toEqual([
      { figure: "blindMarkMax", value: 3.2, limit: 3 },
      { figure: "pmzMax", value: 5, limit: 4 },
    ]);
  });

  it("takes a case's own limits field by field, the others from the defaults", () => {
    const limits = assessmentLimitsOf({ assessmentLimits: { pmzMax: 5, reason: "Cas de réanimation : cinq omissions vitales." } });
    expect(limits).toEqual({ blindMarkMax: 3, investigationShareMax: 35, pmzMax: 5 });
    expect(assessmentBreaches(figures, limits)).toEqual([{ figure: "blindMarkMax", value: 3.2, limit: 3 }]);
    expect(assessmentLimitsOf({})).toEqual(DEFAULT_ASSESSMENT_LIMITS);
  });

  it("refuses case limits without a written reason", () => {
    const meta = {
      title: "t",
      summary: "s",
      language: "fr",
      tags: ["x"],
      level: "l",
      estimatedMinutes: 10,
      objectives,
      keyDecision: "k",
      teachingPoints: ["t"],
      source: { file: "a.txt", title: "t", citation: "c", licence: "l" },
      review: { status: "draft" },
      stages: ["stages/01.yaml"],
    };
    expect(caseMetaSchema.safeParse({ ...meta, assessmentLimits: { pmzMax: 6 } }).success).toBe(false);
    expect(caseMetaSchema.safeParse({ ...meta, assessmentLimits: { pmzMax: 6, reason: " " } }).success).toBe(false);
    expect(caseMetaSchema.safeParse({ ...meta, assessmentLimits: { pmzMax: 6, reason: "Raison écrite." } }).success).toBe(true);
  });
});

describe("the bundled cases", () => {
  it.each(["femme-75-ans-bicytopenie", "femme-41-ans-cancer-sein"])("%s stays within the default limits, without its own", async (slug) => {
    const r = await loadCaseFolder(`content/cases/${slug}`);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.case.assessmentLimits).toBeUndefined();
    const figures = assessmentFigures(r.case);
    expect(assessmentBreaches(figures, assessmentLimitsOf(r.case))).toEqual([]);
    // Ordering everything must not pay, and investigations must weigh about a quarter of the mark.
    expect(figures.blindMark20).toBeLessThanOrEqual(3);
    expect(figures.investigationShare).toBeGreaterThanOrEqual(20);
  }, 30_000);
});
