import { describe, expect, it } from "vitest";
import { loadCaseFolder } from "@/lib/content/load";
import type { CaseDefinition } from "@/lib/content/schema";
import { checkDraft, validateDraft } from "./validate-draft";

async function bundled(slug = "femme-75-ans-bicytopenie"): Promise<CaseDefinition> {
  const r = await loadCaseFolder(`content/cases/${slug}`);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.case;
}

const clone = <T>(v: T): T => structuredClone(v);

describe("validateDraft", () => {
  it("finds nothing wrong in a bundled case and returns it parsed", async () => {
    const def = await bundled();
    const check = checkDraft(def);
    // Nothing but the leak findings still listed in lib/content/accepted-leaks.ts (content under
    // revision), which an instructor's draft sees as warnings.
    expect(check.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(check.issues.every((i) => /visible avant/.test(i.message))).toBe(true);
    expect(check.ok && check.def).toEqual(def);
  });

  it("refuses what is not an object", () => {
    expect(validateDraft(null)).toEqual([{ path: "", message: "objet attendu", severity: "error" }]);
    expect(validateDraft([1])).toHaveLength(1);
  });

  it("reports schema errors with their path in the draft, in French", async () => {
    const draft = clone(await bundled()) as Record<string, unknown> & CaseDefinition;
    draft.title = "";
    (draft.stages[1] as Record<string, unknown>).narrative = 3;
    (draft.stages[2] as Record<string, unknown>).typo = true;
    const issues = validateDraft(draft);
    expect(issues).toContainEqual({ path: "title", message: "texte vide", severity: "error" });
    expect(issues).toContainEqual({ path: "stages[1].narrative", message: "texte attendu, nombre reçu", severity: "error" });
    expect(issues.find((i) => i.path === "stages[2].typo")?.message).toMatch(/clé inconnue/);
  });

  it("runs the semantic checks of case files (answer keys, quotes, references) on a well-formed draft", async () => {
    const draft = clone(await bundled());
    const q = draft.stages[0].questions.find((x) => x.type === "qrm");
    if (!q || q.type !== "qrm") throw new Error("fixture: no QRM in stage 1");
    q.options.forEach((o) => (o.correct = false));
    draft.stages[0].sources.push("une phrase qui n'est pas dans le document");
    const issues = validateDraft(draft);
    const qIndex = draft.stages[0].questions.indexOf(q);
    expect(issues.some((i) => i.path.startsWith(`stages[0].questions[${qIndex}]`) && i.severity === "error")).toBe(true);
    expect(issues).toContainEqual(expect.objectContaining({ path: `stages[0].sources[${draft.stages[0].sources.length - 1}]`, severity: "error" }));
    expect(checkDraft(draft).ok).toBe(false);
  });

  it("reports a spoiler shown too early as a warning, which does not block", async () => {
    const draft = clone(await bundled());
    draft.stages[0].narrative += " Évoquez-vous une nécrose médullaire ?";
    const check = checkDraft(draft);
    const spoilers = check.issues.filter((i) => /terme révélateur/.test(i.message));
    expect(spoilers.length).toBeGreaterThan(0);
    expect(spoilers.every((i) => i.severity === "warning" && i.path === "stages[0].narrative")).toBe(true);
    expect(check.ok).toBe(true);
  });

  it("stops at structure errors before the semantic checks, as the loader does", async () => {
    const draft = clone(await bundled()) as CaseDefinition & { stages: unknown[] };
    draft.stages = [];
    const issues = validateDraft(draft);
    expect(issues).toEqual([{ path: "stages", message: "au moins 1 élément(s) attendu(s)", severity: "error" }]);
  });
});
