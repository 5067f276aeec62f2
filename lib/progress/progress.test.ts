import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schema";
import { masteryOf, questionItems, share, sumItemMastery, type ScoredAttempt } from "./mastery";
import { percentileRank } from "./percentile";

const q = (id: string, objectives: string[], edn?: Question["edn"]) =>
  ({ id, type: "qroc", stem: `Énoncé ${id}`, points: 1, objectives, explanation: "x", accepted: ["x"], ...(edn ? { edn } : {}) }) as Question;

const def: ScoredAttempt["def"] = {
  slug: "cas",
  title: "Cas",
  edn: [{ item: 312, rank: "A" }],
  objectives: [
    { id: "o1", text: "Objectif 1", edn: [{ item: 212, rank: "A" }] },
    { id: "o2", text: "Objectif 2" },
  ],
  stages: [{ id: "s", title: "S", narrative: "n", sources: [], findings: [], investigations: [], errata: [], questions: [q("q1", ["o1"]), q("q2", ["o2"]), q("q3", ["o1"], [{ item: 315, rank: "B" }])] }],
};

describe("questionItems", () => {
  it("the question's own items, else its objectives', else the case's", () => {
    expect(questionItems(def, def.stages[0].questions[2])).toEqual([{ item: 315, rank: "B" }]);
    expect(questionItems(def, def.stages[0].questions[0])).toEqual([{ item: 212, rank: "A" }]);
    expect(questionItems(def, def.stages[0].questions[1])).toEqual([{ item: 312, rank: "A" }]);
  });
});

describe("masteryOf", () => {
  const attempts: ScoredAttempt[] = [
    { def, responses: [{ questionId: "q1", points: 1, max: 1 }, { questionId: "q2", points: 0, max: 1 }, { questionId: "q3", points: 0.5, max: 1 }] },
    { def, responses: [{ questionId: "q1", points: 0, max: 1 }, { questionId: "q2", points: 0, max: 1 }, { questionId: "unknown", points: 1, max: 1 }] },
  ];
  const m = masteryOf(attempts);
  it("sums points by item and rank across attempts", () => {
    expect(m.items).toEqual([
      { item: 212, rank: "A", points: 1, max: 2, answered: 2 },
      { item: 312, rank: "A", points: 0, max: 2, answered: 2 },
      { item: 315, rank: "B", points: 0.5, max: 1, answered: 1 },
    ]);
    expect(share(m.items[0])).toBe(0.5);
  });
  it("by learning objective", () => {
    expect(m.objectives.map((o) => [o.objectiveId, o.points, o.max])).toEqual([
      ["o1", 1.5, 3],
      ["o2", 0, 2],
    ]);
  });
  it("ranks the questions missed most, then by miss rate", () => {
    expect(m.missed.map((x) => [x.questionId, x.missed, x.answered])).toEqual([
      ["q2", 2, 2],
      ["q3", 1, 1],
      ["q1", 1, 2],
    ]);
    expect(m.missed[0]).toEqual({ caseSlug: "cas", caseTitle: "Cas", questionId: "q2", stem: "Énoncé q2", missed: 2, answered: 2 });
  });
});

describe("sumItemMastery", () => {
  it("adds the same item and rank across lists, keeps ranks apart, and sorts by item then rank", () => {
    const a = [
      { item: 212, rank: "A" as const, points: 1, max: 2, answered: 2 },
      { item: 329, rank: "B" as const, points: 0.5, max: 3, answered: 3 },
    ];
    const b = [
      { item: 329, rank: "B" as const, points: 2, max: 3, answered: 3 },
      { item: 212, rank: "B" as const, points: 1, max: 1, answered: 1 },
      { item: 212, rank: "A" as const, points: -0.5, max: 2, answered: 2 },
    ];
    expect(sumItemMastery([a, b, []])).toEqual([
      { item: 212, rank: "A", points: 0.5, max: 4, answered: 4 },
      { item: 212, rank: "B", points: 1, max: 1, answered: 1 },
      { item: 329, rank: "B", points: 2.5, max: 6, answered: 6 },
    ]);
    expect(sumItemMastery([])).toEqual([]);
  });
});

describe("percentileRank", () => {
  const marks = [4, 8, 10, 10, 12, 14, 15, 16, 18, 20];
  it("share below plus half the share equal, in percent", () => {
    expect(percentileRank(10, marks, 10)).toBe(30);
    expect(percentileRank(20, marks, 10)).toBe(95);
    expect(percentileRank(4, marks, 10)).toBe(5);
  });
  it("hidden below 10 finished attempts", () => {
    expect(percentileRank(10, marks.slice(0, 9), 9)).toBeNull();
    expect(percentileRank(10, marks, 9)).toBeNull();
  });
});
