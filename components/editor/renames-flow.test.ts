import { describe, expect, it } from "vitest";
import type { DraftCase } from "@/lib/authoring/draft";
import { followQuestionRename, renameErratum } from "./renames";

describe("renames for the question-by-question fields", () => {
  it("the menu's closing question follows its rename, and only a rename", () => {
    const before = [{ id: "q1" }, { id: "q2" }];
    expect(followQuestionRename("q2", before, [{ id: "q1" }, { id: "q2-bis" }])).toBe("q2-bis");
    expect(followQuestionRename("q2", before, [{ id: "q1-bis" }, { id: "q2" }])).toBe("q2");
    // A removal is not a rename: the reference stays and the check reports it.
    expect(followQuestionRename("q2", before, [{ id: "q1" }])).toBe("q2");
    expect(followQuestionRename(undefined, before, before)).toBeUndefined();
  });

  it("renaming an erratum renames it in the questions that show it", () => {
    const draft = {
      errata: [{ id: "e1", quote: "x", correction: "y" }],
      stages: [{ errata: ["e1"], questions: [{ id: "q1", errata: ["e1"] }, { id: "q2" }] }],
    } as unknown as DraftCase;
    const renamed = renameErratum(draft, "e1", "e2");
    expect(renamed.stages[0].errata).toEqual(["e2"]);
    expect(renamed.stages[0].questions.map((q) => q.errata)).toEqual([["e2"], undefined]);
  });
});
