import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schema";
import { checkQuestionItem } from "./editor-checks";

const base = { id: "q", stem: "s", objectives: ["o"], explanation: "e" };
const codes = (q: Question) => checkQuestionItem(q, new Set(["o"])).map((c) => `${c.path}:${c.code}`);
const menu = (n: number) => Array.from({ length: n }, (_, k) => ({ id: `d${k}`, text: `D${k}` }));

describe("editor checks of the reasoning tasks", () => {
  it("a representation: points 0, qualifiers in the summary", () => {
    const q: Question = { ...base, type: "representation", points: 0, summary: "Femme de 30 ans avec fièvre.", qualifiers: [{ id: "a", text: "30 ans" }] };
    expect(codes(q)).toEqual([]);
    expect(codes({ ...q, points: 1 })).toEqual(["points:representationPoints"]);
    expect(codes({ ...q, qualifiers: [{ id: "a", text: "toux" }] })).toEqual(["qualifiers[0].text:qualifierNotInSummary"]);
    expect(codes({ ...q, qualifiers: [] })).toEqual(["qualifiers:noQualifier"]);
  });

  it("a differential: menu size, ranking in the menu, unique, at least one can't-miss", () => {
    const q: Question = { ...base, type: "differential", points: 1, diagnoses: menu(8), ranking: [{ id: "d0", cantMiss: true }, { id: "d1", cantMiss: false }] };
    expect(codes(q)).toEqual([]);
    expect(codes({ ...q, diagnoses: menu(7) })).toEqual(["diagnoses:differentialMenuSize"]);
    expect(codes({ ...q, ranking: [{ id: "zz", cantMiss: true }, { id: "d1", cantMiss: false }, { id: "d1", cantMiss: false }] })).toEqual([
      "ranking[0].id:rankingUnknown",
      "ranking[2].id:rankingDuplicate",
    ]);
    expect(codes({ ...q, ranking: [{ id: "d0", cantMiss: false }] })).toEqual(["ranking:rankingNoCantMiss"]);
    expect(codes({ ...q, ranking: menu(6).map((d) => ({ id: d.id, cantMiss: true })) })).toEqual(["ranking:rankingSize"]);
  });
});
