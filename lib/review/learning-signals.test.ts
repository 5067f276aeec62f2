import { describe, expect, it } from "vitest";
import type { CaseDefinition, Investigation, Question } from "@/lib/content/schema";
import { learningSignals } from "./learning-signals";
import type { StudentRow } from "./types";

const inv = (id: string, relevance: Investigation["relevance"]): Investigation => ({ id, label: id, relevance, points: relevance === "essential" ? 1 : 0, result: "r", rationale: "r" });
const q = (id: string, points = 1) => ({ id, type: "qroc", stem: id, points, objectives: ["o"], explanation: "x", accepted: ["x"] }) as Question;

const def = {
  slug: "c",
  title: "C",
  edn: [{ item: 315, rank: "A" as const }],
  objectives: [{ id: "o", text: "O" }],
  stages: [
    {
      id: "s",
      title: "S",
      narrative: "n",
      sources: [],
      findings: [],
      errata: [],
      questions: [q("q1"), q("q2", 2)],
      investigations: [inv("e1", "essential"), inv("e2", "essential"), inv("u1", "useful"), inv("n1", "unnecessary"), inv("n2", "unnecessary"), inv("h1", "harmful"), inv("u2", "useful"), inv("u3", "useful")],
    },
  ],
} satisfies Pick<CaseDefinition, "slug" | "title" | "edn" | "objectives" | "stages">;

const MIN = 60_000;
function student(n: number, minutes: number, points: Record<string, number>): StudentRow {
  return { userId: `u${n}`, name: `Élève ${n}`, email: `${n}@x`, status: "finished", attemptsUsed: 1, attemptId: `a${n}`, counted: true, late: false, startedAt: 0, finishedAt: minutes * MIN, total: null, max: null, mark20: null, points, investigationPoints: null };
}

describe("learningSignals", () => {
  const students = [student(1, 40, { q1: 1, q2: 2 }), student(2, 30, { q1: 0, q2: 1 }), student(3, 36, { q1: 1, q2: 0 }), student(4, 14, { q1: 1, q2: 2 }), student(5, 15, { q1: 0, q2: 0 })];
  const ordered = [
    // u2: 6 of the 8 tests = 75 % of the menu → shotgun.
    ...["e1", "e2", "u1", "u2", "u3", "n1"].map((id) => ({ attemptId: "a2", investigationId: id })),
    // u3: 3 unnecessary or harmful → shotgun.
    ...["n1", "n2", "h1"].map((id) => ({ attemptId: "a3", investigationId: id })),
    // u1: 5 of 8 and 2 unnecessary: neither threshold.
    ...["e1", "e2", "u1", "n1", "n2"].map((id) => ({ attemptId: "a1", investigationId: id })),
  ];
  const out = learningSignals(def, students, ordered);

  it("the cohort's mastery by EDN item over the counted attempts", () => {
    expect(out.items).toEqual([{ item: 315, rank: "A", points: 8, max: 15, answered: 10 }]);
  });

  it("flags shotgun ordering (≥ 75 % of the menu or ≥ 3 unnecessary) and speed-running (< half the median of 30 min)", () => {
    expect(out.medianMs).toBe(30 * MIN);
    expect(out.flags).toEqual([
      { userId: "u2", name: "Élève 2", shotgun: { ordered: 6, menu: 8, unnecessary: 1 }, speed: null },
      { userId: "u3", name: "Élève 3", shotgun: { ordered: 3, menu: 8, unnecessary: 3 }, speed: null },
      { userId: "u4", name: "Élève 4", shotgun: null, speed: { durationMs: 14 * MIN, medianMs: 30 * MIN } },
    ]);
  });

  it("does not judge speed with fewer than 5 finished attempts", () => {
    expect(learningSignals(def, students.slice(0, 4), []).flags).toEqual([]);
  });
});
