import { describe, expect, it } from "vitest";
import path from "node:path";
import { loadCaseFolder } from "@/lib/content/load";
import { checkDraftShape, MAX_DRAFT_BYTES } from "./draft-shape";

describe("checkDraftShape", () => {
  it("accepts an incomplete but case-shaped draft", () => {
    expect(checkDraftShape({ title: "", stages: [{ id: "s1" }], sourceText: "x" }).ok).toBe(true);
  });

  it("refuses non-objects, wrong top-level shapes and unknown keys", () => {
    for (const bad of [null, 3, "draft", [1, 2]]) expect(checkDraftShape(bad).ok).toBe(false);
    expect(checkDraftShape({ title: "x" })).toMatchObject({ ok: false, message: expect.stringMatching(/stages/) });
    expect(checkDraftShape({ stages: "none" })).toMatchObject({ ok: false });
    expect(checkDraftShape({ stages: [3] })).toMatchObject({ ok: false });
    expect(checkDraftShape({ stages: [], tags: "a" })).toMatchObject({ ok: false });
    expect(checkDraftShape({ stages: [], source: [] })).toMatchObject({ ok: false });
    expect(checkDraftShape({ stages: [], hack: true })).toMatchObject({ ok: false, message: expect.stringMatching(/hack/) });
  });

  it("refuses a draft over 2 MB", () => {
    const big = { stages: [], summary: "é".repeat(MAX_DRAFT_BYTES / 2 + 1) };
    expect(checkDraftShape(big)).toMatchObject({ ok: false, message: expect.stringMatching(/2 Mo/) });
  });
});

describe("the draft shape follows the case schema", () => {
  // Every field the case format allows must be storable as a draft, or the editor would refuse to
  // save (and so to repair) a case it can open: the bundled cases and the sentinel case use them all.
  const folders = ["content/cases/femme-75-ans-bicytopenie", "content/cases/femme-41-ans-cancer-sein", "e2e/fixtures/cases/cas-sentinelle"];
  it.each(folders)("accepts %s as a draft", async (folder) => {
    const loaded = await loadCaseFolder(path.resolve(folder));
    if (!loaded.ok) throw new Error(`${folder} invalide`);
    const result = checkDraftShape(JSON.parse(JSON.stringify(loaded.case)));
    expect(result).toMatchObject({ ok: true });
  }, 30_000);
});
