import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCaseFolder } from "@/lib/content/load";
import { checkDraftShape, repairDraftShape } from "./draft-shape";
import { checkDraft } from "./validate-draft";

const miniCase = async () => {
  const loaded = await loadCaseFolder(path.resolve(__dirname, "../../tests/fixtures/cases/mini-case"), { sourcesDir: path.resolve(__dirname, "../../tests/fixtures/sources") });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.case;
};

describe("draft shape, all the way down", () => {
  it("accepts every question type of a valid case, and what it accepts still validates the same", async () => {
    const def = await miniCase();
    const shape = checkDraftShape(def);
    expect(shape.ok).toBe(true);
    expect(shape.ok && checkDraft(shape.draft).ok).toBe(true);
  });

  it.each([
    ["a finding that is not an object", { stages: [{ findings: [null] }] }, "stages.0.findings.0"],
    ["an unknown finding kind", { stages: [{ findings: [{ kind: "video" }] }] }, "stages.0.findings.0.kind"],
    ["a question of unknown type", { stages: [{ questions: [{ type: "essay" }] }] }, "stages.0.questions.0.type"],
    ["options that are numbers", { stages: [{ questions: [{ type: "qrm", options: [1, 2] }] }] }, "stages.0.questions.0.options.0"],
    ["a tag that is an object", { stages: [], tags: [{}] }, "tags.0"],
    ["a lab row that is a string", { stages: [{ findings: [{ kind: "lab", rows: ["Hb 9"] }] }] }, "stages.0.findings.0.rows.0"],
    ["an unknown key in a question", { stages: [{ questions: [{ type: "qru", script: "x" }] }] }, "stages.0.questions.0"],
    ["a title that is an object", { stages: [{ title: { fr: "x" } }] }, "stages.0.title"],
  ])("refuses on save %s", (_, draft, where) => {
    const result = checkDraftShape(draft);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(`Forme du brouillon invalide : ${where}`);
  });

  it("repairs a malformed stored draft into one the editor opens, keeping the rest", async () => {
    const def = await miniCase();
    const broken = structuredClone(def) as unknown as { stages: Record<string, unknown>[]; tags: unknown[] };
    broken.tags = [...broken.tags, { evil: true }];
    broken.stages[0].findings = [null, ...(broken.stages[0].findings as unknown[])];
    broken.stages[0].hack = 1;
    const repaired = repairDraftShape(broken);
    expect(repaired.ok && repaired.removed).toEqual([`tags.${def.tags.length}`, "stages.0.findings.0", "stages.0.hack"]);
    expect(repaired.ok && repaired.draft.stages[0].findings).toEqual(def.stages[0].findings);
    expect(repaired.ok && checkDraft(repaired.draft).ok).toBe(true);
  });
});
