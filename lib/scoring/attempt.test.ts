import { describe, expect, it } from "vitest";
import type { CaseDefinition, Investigation, Question } from "@/lib/content/schema";
import { scoreAttempt } from "./attempt";
import { scoreInvestigations } from "./investigations";

const inv = (id: string, relevance: Investigation["relevance"], points: number): Investigation => ({
  id,
  label: `Examen ${id}`,
  relevance,
  points,
  result: "résultat",
  rationale: "pourquoi",
});
const qru = (id: string, points: number, objectives: string[]): Question => ({
  id,
  type: "qru",
  stem: "?",
  points,
  objectives,
  explanation: "!",
  options: [
    { id: "a", text: "A", correct: true },
    { id: "b", text: "B", correct: false },
  ],
});

describe("scoreInvestigations", () => {
  const menu = [inv("nfs", "essential", 2), inv("myelo", "essential", 1), inv("ferr", "useful", 0), inv("tdm", "unnecessary", -1), inv("pet", "harmful", -2)];
  it("essential ordered earn, essential missed reported, wasteful cost", () => {
    const s = scoreInvestigations(menu, ["nfs", "ferr", "tdm", "pet", "other-stage-id"]);
    expect(s.points).toBe(2 - 1 - 2);
    expect(s.max).toBe(3);
    expect(s.orderedEssential).toEqual(["nfs"]);
    expect(s.missedEssential).toEqual(["myelo"]);
    expect(s.wasteful).toEqual(["tdm", "pet"]);
    expect(s.reasons.map((r) => r.rule)).toEqual(["investigation.essential-missed", "investigation.unnecessary", "investigation.harmful"]);
    expect(s.reasons[0].params).toEqual({ investigation: "myelo", label: "Examen myelo", points: 1 });
  });
  it("ordering the same id twice counts once", () => expect(scoreInvestigations(menu, ["nfs", "nfs"]).points).toBe(2));
});

describe("scoreAttempt", () => {
  const caseDef: Pick<CaseDefinition, "stages" | "objectives"> = {
    objectives: [
      { id: "diag", text: "Diagnostic" },
      { id: "ttt", text: "Traitement" },
    ],
    stages: [
      { id: "s1", title: "Étape 1", narrative: "…", sources: [], findings: [], errata: [], investigations: [inv("nfs", "essential", 2), inv("tdm", "unnecessary", -1)], questions: [qru("q1", 1, ["diag"]), qru("q2", 2, ["diag", "ttt"])] },
      { id: "s2", title: "Étape 2", narrative: "…", sources: [], findings: [], errata: [], investigations: [inv("pet", "harmful", -3)], questions: [qru("q3", 1, ["ttt"])] },
    ],
  };

  it("sums questions and investigations; max = question points + essential investigations; mark /20", () => {
    const s = scoreAttempt(caseDef, { q1: { type: "qru", choice: "a" }, q2: { type: "qru", choice: "b" }, q3: { type: "qru", choice: "a" } }, ["nfs", "tdm"]);
    // questions 1 + 0 + 1, investigations +2 − 1
    expect(s.stages.map((st) => [st.points, st.max])).toEqual([
      [2, 5],
      [1, 1],
    ]);
    expect(s.total).toBe(3);
    expect(s.rawTotal).toBe(3);
    expect(s.max).toBe(6);
    expect(s.mark20).toBe(10);
    expect(s.reasons).toEqual([]);
    expect(s.objectives).toEqual([
      { id: "diag", text: "Diagnostic", points: 1, max: 3 },
      { id: "ttt", text: "Traitement", points: 1, max: 3 },
    ]);
  });

  it("mark20 is rounded to 2 decimals", () => {
    const s = scoreAttempt(caseDef, { q1: { type: "qru", choice: "a" } }, []);
    expect(s.total).toBe(1);
    expect(s.max).toBe(6);
    expect(s.mark20).toBe(3.33);
  });

  it("floors the total at 0 and says so", () => {
    const s = scoreAttempt(caseDef, { q1: { type: "qru", choice: "b" } }, ["tdm", "pet"]);
    expect(s.rawTotal).toBe(-4);
    expect(s.total).toBe(0);
    expect(s.mark20).toBe(0);
    expect(s.reasons).toEqual([{ rule: "attempt.floored", params: { rawTotal: -4 } }]);
    expect(s.stages[1].questions[0]).toMatchObject({ questionId: "q3", answered: false, points: 0, max: 1 });
  });

  it("full marks → 20/20", () => {
    const all = { q1: { type: "qru", choice: "a" }, q2: { type: "qru", choice: "a" }, q3: { type: "qru", choice: "a" } } as const;
    const s = scoreAttempt(caseDef, all, ["nfs"]);
    expect([s.total, s.max, s.mark20]).toEqual([6, 6, 20]);
  });
});
