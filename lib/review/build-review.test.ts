import { describe, expect, it } from "vitest";
import type { CaseDefinition } from "@/lib/content/schema";
import { buildReview } from "./build-review";
import { questionsCsv, studentsCsv } from "./exports";
import { COMMA_DIALECT, SEMICOLON_DIALECT, parseCsv } from "./csv";
import type { ReviewInput } from "./types";

const def = {
  stages: [
    {
      id: "s1",
      title: "Étape 1",
      narrative: "n",
      sources: [],
      findings: [],
      errata: [],
      investigations: [
        { id: "inv1", label: "NFS", relevance: "essential", points: 1, result: "r", rationale: "r" },
        { id: "inv2", label: "Scanner", relevance: "harmful", points: -1, result: "r", rationale: "r" },
      ],
      questions: [
        {
          id: "q1",
          type: "qru",
          stem: "Q1 ?",
          points: 1,
          objectives: ["o"],
          explanation: "e",
          options: [
            { id: "a", text: "Bonne", correct: true },
            { id: "b", text: "Mauvaise", correct: false },
          ],
        },
        {
          id: "q2",
          type: "qrm",
          stem: "Q2 ?",
          points: 1,
          objectives: ["o"],
          explanation: "e",
          options: [
            { id: "a", text: "A", correct: true },
            { id: "b", text: "B", correct: true },
            { id: "c", text: "C", correct: false },
          ],
        },
      ],
    },
  ],
} as unknown as Pick<CaseDefinition, "stages">;

const member = (userId: string, name: string) => ({ userId, name, email: `${userId}@x.test` });
const attempt = (id: string, userId: string, startedAt: number, finishedAt: number | null, score: number | null) => ({
  id,
  userId,
  status: finishedAt === null ? ("in_progress" as const) : ("finished" as const),
  startedAt,
  finishedAt,
  score,
  maxScore: 3,
  late: false,
});
const qru = (choice: string) => ({ type: "qru", choice });
const qrm = (choices: string[]) => ({ type: "qrm", choices });

function input(rule: ReviewInput["rule"]): ReviewInput {
  return {
    rule,
    members: [member("a", "Alice"), member("b", "Bruno"), member("c", "Chloé"), member("d", "David"), member("e", "Emma")],
    attempts: [
      attempt("a-1", "a", 10, 20, 1),
      attempt("a-2", "a", 30, 40, 3),
      attempt("b-1", "b", 10, 20, 1.5),
      attempt("c-1", "c", 10, 20, 0),
      attempt("d-1", "d", 10, null, null),
      // Someone removed from the cohort: never counted.
      attempt("f-1", "f", 10, 20, 3),
    ],
    responses: [
      { attemptId: "a-1", questionId: "q1", answer: qru("b"), points: 0 },
      { attemptId: "a-1", questionId: "q2", answer: qrm(["a"]), points: 0.5 },
      { attemptId: "a-2", questionId: "q1", answer: qru("a"), points: 1 },
      { attemptId: "a-2", questionId: "q2", answer: qrm(["a", "b"]), points: 1 },
      { attemptId: "b-1", questionId: "q1", answer: qru("a"), points: 1 },
      { attemptId: "b-1", questionId: "q2", answer: qrm(["a"]), points: 0.5 },
      { attemptId: "c-1", questionId: "q1", answer: qru("b"), points: 0 },
      { attemptId: "c-1", questionId: "q2", answer: qrm(["c"]), points: 0 },
      { attemptId: "f-1", questionId: "q1", answer: qru("a"), points: 1 },
    ],
    ordered: [
      { attemptId: "a-2", investigationId: "inv1" },
      { attemptId: "b-1", investigationId: "inv1" },
      // Bruno: 1 + 0.5 + 1 − 1 = 1.5; Chloé: 0 + 0 − 1, floored at 0.
      { attemptId: "b-1", investigationId: "inv2" },
      { attemptId: "c-1", investigationId: "inv2" },
      { attemptId: "a-1", investigationId: "inv1" },
      { attemptId: "f-1", investigationId: "inv1" },
    ],
    visits: [
      { attemptId: "a-2", stageIndex: 0, enteredAt: 0, completedAt: 60_000 },
      { attemptId: "b-1", stageIndex: 0, enteredAt: 0, completedAt: 120_000 },
      { attemptId: "c-1", stageIndex: 0, enteredAt: 0, completedAt: 30_000 },
      { attemptId: "d-1", stageIndex: 0, enteredAt: 0, completedAt: null },
    ],
  };
}

describe("buildReview", () => {
  // Counted rows under "best": Alice [1, 1], Bruno [1, 0.5], Chloé [0, 0].
  // By hand: item variances (n − 1) 1/3 and 1/4; totals 2, 1.5, 0 → variance 13/12;
  // alpha = 2/1 × (1 − (1/3 + 1/4) / (13/12)) = 2 × 6/13 = 12/13.
  const review = buildReview(def, input("best"));

  it("counts completion over the current members only", () => {
    expect(review.completion).toEqual({ members: 5, notStarted: 1, inProgress: 1, finished: 3, late: 0 });
    expect(review.n).toBe(3);
  });

  it("computes alpha on the counted attempts", () => {
    expect(review.alpha).toBeCloseTo(12 / 13, 12);
  });

  it("describes the marks out of 20 (3/3 → 20, 1.5/3 → 10, 0 → 0)", () => {
    expect(review.marks).toEqual({ n: 3, mean: 10, median: 10, sd: 10, min: 0, max: 20 });
    expect(review.histogram.map((b) => b.count)).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
  });

  it("gives per-question facility and per-option counts", () => {
    const [q1, q2] = review.questions;
    expect(q1.facility).toBeCloseTo(2 / 3, 12);
    expect(q2.facility).toBeCloseTo(0.5, 12);
    expect(q1.choices?.map((c) => [c.id, c.count, c.correct])).toEqual([
      ["a", 2, true],
      ["b", 1, false],
    ]);
    expect(q2.choices?.map((c) => [c.id, c.count])).toEqual([
      ["a", 2],
      ["b", 1],
      ["c", 1],
    ]);
    expect(q2.respondents).toBe(3);
  });

  it("counts ordered investigations and median stage time on counted attempts", () => {
    expect(review.investigations[0]).toMatchObject({ id: "inv1", relevance: "essential", count: 2 });
    expect(review.investigations[0].share).toBeCloseTo(2 / 3, 12);
    expect(review.stageTimes[0]).toMatchObject({ n: 3, medianMs: 60_000 });
  });

  it("applies the counting rule", () => {
    const first = buildReview(def, input("first"));
    const alice = first.students.find((s) => s.name === "Alice")!;
    expect(alice).toMatchObject({ attemptId: "a-1", mark20: 6.67, attemptsUsed: 2, points: { q1: 0, q2: 0.5 } });
    const last = buildReview(def, input("last"));
    expect(last.students.find((s) => s.name === "Alice")?.attemptId).toBe("a-2");
  });

  it("shows a student in progress with their open attempt and no mark", () => {
    expect(review.students.find((s) => s.name === "David")).toMatchObject({ status: "in_progress", attemptId: "d-1", counted: false, mark20: null });
  });

  it("exports the same numbers, with a BOM", () => {
    const text = studentsCsv(review);
    expect(text.startsWith("\uFEFFemail,")).toBe(true);
    const students = text.slice(1).split("\r\n");
    expect(students[0]).toBe("email,name,status,started_at,finished_at,total,max,mark_20,q1,q2,investigations,floor_adjustment");
    expect(students[1]).toBe("a@x.test,Alice,finished,1970-01-01T00:00:00.030Z,1970-01-01T00:00:00.040Z,3,3,20,1,1,1,0");
    expect(students[4]).toBe("d@x.test,David,in_progress,1970-01-01T00:00:00.010Z,,,,,,,,");
    const questions = questionsCsv(review).slice(1).split("\r\n");
    expect(questions[0]).toBe("id,number,stem,type,max,facility,sd,discrimination,efficiency,flagged,alpha,students,stage,mean,reasons");
    expect(questions[1].startsWith("q1,1,Q1 ?,qru,1,0.6667,0.5774,")).toBe(true);
    expect(questions[1]).toContain(",0.9231,3,1,0.6667,");
  });

  it("exports per-student rows whose question and investigation columns add up to the total, in both dialects", () => {
    for (const [dialect, toNumber] of [
      [COMMA_DIALECT, Number],
      [SEMICOLON_DIALECT, (s: string) => Number(s.replace(",", "."))],
    ] as const) {
      const [header, ...rows] = parseCsv(studentsCsv(review, dialect), dialect.separator);
      const col = (name: string) => header.indexOf(name);
      const added = ["q1", "q2", "investigations", "floor_adjustment"].map(col);
      const finished = rows.filter((r) => r[col("status")] === "finished");
      expect(finished.map((r) => [r[col("name")], r[col("total")], r[col("investigations")], r[col("floor_adjustment")]])).toEqual([
        ["Alice", "3", "1", "0"],
        ["Bruno", dialect.decimal === "," ? "1,5" : "1.5", "0", "0"],
        ["Chloé", "0", "-1", "1"],
      ]);
      for (const r of finished) expect(added.reduce((s, i) => s + toNumber(r[i]), 0)).toBe(toNumber(r[col("total")]));
    }
  });
});
