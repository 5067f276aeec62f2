import { describe, expect, it } from "vitest";
import type { DraftCase } from "@/lib/authoring/draft";
import type { Question } from "@/lib/content/schema";
import { blankQuestion, nextId, nextLetterId, QUESTION_TYPES } from "./blank";
import { labValue, optionLetter, withItems } from "./draft-edits";
import { fieldId, isUnder, pathAncestors, sub } from "./field-id";
import { keyOf } from "./item-keys";
import { mapKeep, moveBy, removeAt, replaceAt } from "./list-ops";
import { normalizeDraft } from "./normalize-draft";
import { renameObjective, renameStage } from "./renames";

describe("paths and field ids", () => {
  it("builds paths in the DraftIssue format", () => {
    expect(sub("stages[1]", "questions", 0, "options")).toBe("stages[1].questions[0].options");
    expect(sub("", "title")).toBe("title");
    expect(sub("stages[0].rule.tolerated", 2, 1)).toBe("stages[0].rule.tolerated[2][1]");
  });
  it("gives each path a distinct, valid element id", () => {
    expect(fieldId("stages[1].questions[0].options")).toBe("f-stages-1-questions-0-options");
    expect(fieldId('stages[0].questions[0].panel["-2"]')).not.toBe(fieldId('stages[0].questions[0].panel["2"]'));
    expect(fieldId('a.panel["-2"]')).toMatch(/^[\w-]+$/);
  });
  it("lists a path's ancestors, nearest first, and tells what lies under a path", () => {
    expect(pathAncestors("stages[0].questions[1].stem")).toEqual(["stages[0].questions[1].stem", "stages[0].questions[1]", "stages[0].questions", "stages[0]", "stages"]);
    expect(isUnder("stages[1].id", "stages[1]")).toBe(true);
    expect(isUnder("stages[10]", "stages[1]")).toBe(false);
    expect(isUnder("titles", "title")).toBe(false);
  });
});

describe("list edits keep item keys", () => {
  it("moves, removes and replaces", () => {
    expect(moveBy(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveBy(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(removeAt(["a", "b", "c"], 1)).toEqual(["a", "c"]);
  });
  it("gives an edited copy its original's key", () => {
    const list = [{ id: "x" }, { id: "y" }];
    const before = keyOf(list[1]);
    const next = replaceAt(list, 1, { id: "z" });
    expect(keyOf(next[1])).toBe(before);
    expect(keyOf(next[0])).not.toBe(before);
    const mapped = mapKeep(next, (o) => ({ ...o }));
    expect(keyOf(mapped[1])).toBe(before);
  });
});

describe("new items", () => {
  it("picks the first free id", () => {
    expect(nextId("q", ["q1", "q3"])).toBe("q2");
    expect(nextLetterId(["a", "b"])).toBe("c");
    expect(nextLetterId("abcdefghijklmnopqrstuvwxyz".split(""))).toBe("a1");
  });
  it("creates a blank question of every type with the fields its editor needs", () => {
    for (const type of QUESTION_TYPES) {
      const q = blankQuestion(type, "q1");
      expect(q.type).toBe(type);
      expect(q.objectives).toEqual([]);
    }
    expect(blankQuestion("qrm", "q1")).toMatchObject({ options: expect.arrayContaining([expect.objectContaining({ correct: false })]) });
  });
  it("names options A, B … and keeps lab values as typed", () => {
    expect([optionLetter(0), optionLetter(25), optionLetter(26)]).toEqual(["A", "Z", "A2"]);
    expect(labValue("12.5")).toBe(12.5);
    expect(labValue("0.50")).toBe("0.50");
    expect(labValue("10,4")).toBe("10,4");
    expect(labValue("< 5")).toBe("< 5");
  });
});

describe("ordering items", () => {
  const q = blankQuestion("ordering", "q1") as Extract<Question, { type: "ordering" }>;
  it("adds new items at the end of the order and drops removed ones from the order and the rule", () => {
    const three = withItems(q, [...q.items, { id: "c", text: "" }]);
    expect(three.order).toEqual(["a", "b", "c"]);
    const ruled = { ...three, rule: { ...three.rule, fixed: ["a"], tolerated: [["b", "c"]] as [string, string][] } };
    const two = withItems(ruled, ruled.items.filter((i) => i.id !== "c"));
    expect(two.order).toEqual(["a", "b"]);
    expect(two.rule.tolerated).toEqual([]);
    expect(two.rule.fixed).toEqual(["a"]);
  });
});

describe("renames follow references", () => {
  const draft = normalizeDraft({
    title: "T",
    objectives: [
      { id: "obj-1", text: "A" },
      { id: "obj-2", text: "B" },
    ],
    spoilers: [{ term: "x", revealedAt: "s2" }],
    stages: [
      { id: "s1", title: "", narrative: "", questions: [{ ...blankQuestion("qroc", "q1"), objectives: ["obj-1"] }] },
      { id: "s2", title: "", narrative: "" },
    ],
  } as unknown as DraftCase);
  it("renames an objective in the questions that test it", () => {
    expect(renameObjective(draft, "obj-1", "obj-diag").stages[0].questions[0].objectives).toEqual(["obj-diag"]);
  });
  it("leaves references alone when the new id is taken", () => {
    expect(renameObjective(draft, "obj-1", "obj-2")).toBe(draft);
  });
  it("renames a stage in the spoilers it reveals", () => {
    expect(renameStage(draft, "s2", "diagnostic").spoilers[0].revealedAt).toBe("diagnostic");
  });
});

describe("normalizeDraft", () => {
  it("fills missing lists so that every editor can map over them", () => {
    const d = normalizeDraft({ title: "T", stages: [{ id: "s1", questions: [{ id: "q", type: "ordering" }] }] } as unknown as DraftCase);
    expect(d.tags).toEqual([]);
    expect(d.review).toEqual({ status: "draft", notes: [] });
    expect(d.stages[0].findings).toEqual([]);
    const q = d.stages[0].questions[0] as Extract<Question, { type: "ordering" }>;
    expect(q.rule).toEqual({ fixed: [], tolerated: [], perSwap: 0, text: "" });
    expect(q.objectives).toEqual([]);
  });
});
