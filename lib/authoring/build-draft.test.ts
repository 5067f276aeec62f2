import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeDocumentText } from "@/lib/import/read/normalize-document-text";
import { analyseDocumentText, type DocumentAnalysis } from "./analyse-document";
import { buildDraftFromImport } from "./build-draft";
import { importInputSchema, type ImportInput } from "./import-input";
import { validateDraft } from "./validate-draft";

const text = normalizeDocumentText(readFileSync("content/sources/001_291fe0aa9eaa93ce.txt", "utf8"));

function analysis(): DocumentAnalysis {
  const r = analyseDocumentText(text, "txt", "001_291fe0aa9eaa93ce.txt");
  if (!r.ok) throw new Error(r.message);
  return r.analysis;
}

function acceptAll(a: DocumentAnalysis, plan: "section" | "date"): ImportInput {
  return {
    text: a.text,
    format: "txt",
    fileName: a.fileName,
    title: "",
    source: { title: "", citation: "", licence: "" },
    plan,
    stages: a.plans[plan].map(() => ({ include: true, merge: false, title: "" })),
    labs: a.extraction.labs.map(() => ({ accepted: true })),
    events: a.extraction.events.map(() => true),
    treatments: a.extraction.treatments.map(() => true),
  };
}

const ids = { slug: "cas-test-abc123", sourceFile: "cas-test-abc123.txt" };

describe("stage plans", () => {
  it("offers one stage per story section, or stages cut by date", () => {
    const a = analysis();
    expect(a.plans.section.map((s) => s.title)).toEqual(["Anamnèse", "Examen physique", "Examens complémentaires", "Diagnostic", "Traitement", "Évolution"]);
    expect(a.plans.date.length).toBeGreaterThan(a.plans.section.length);
    expect(a.plans.date[0].title).toBe("Anamnèse — janvier 2013");
    // Narratives exclude the heading.
    expect(text.slice(a.plans.section[0].narrativeSpan.start, a.plans.section[0].narrativeSpan.end)).toMatch(/^Une femme de 41 ans/);
  });
});

describe("buildDraftFromImport", () => {
  it("builds stages with narratives, lab panels quoting their exact spans, timeline and doses", () => {
    const a = analysis();
    const input = acceptAll(a, "section");
    // Keep Anamnèse, then Examen physique joined by Examens complémentaires; drop the rest.
    input.stages = input.stages.map((s, i) => ({ ...s, include: i <= 2, merge: i === 2 }));
    input.stages[1].title = "Admission";
    input.title = "Femme de 41 ans";
    const r = buildDraftFromImport(a.extraction, a.plans, input, ids);
    if (!r.ok) throw new Error(r.message);
    const { draft } = r;
    expect(draft.stages.map((s) => [s.id, s.title])).toEqual([
      ["etape-1", "Anamnèse"],
      ["etape-2", "Admission"],
    ]);
    expect(draft.stages[1].narrative).toMatch(/^Au moment de notre évaluation[\s\S]*\n\n" Analyses sanguines/);
    const panels = draft.stages[1].findings.filter((f) => f.kind === "lab");
    expect(panels.map((p) => p.title)).toEqual(["Analyses sanguines à l'admission", "Test sanguin de contrôle"]);
    const hb = panels[0].kind === "lab" ? panels[0].rows[0] : undefined;
    expect(hb).toEqual({ analyte: "Hémoglobine", value: 10.6, unit: "g/dl", range: "12,2-16,1", low: 12.2, high: 16.1, flag: "low", source: "hémoglobine 10,6 g/dl (12,2-16,1)" });
    const treatments = draft.stages[0].findings.find((f) => f.kind === "history" && f.title === "Traitements et doses");
    expect(treatments && "text" in treatments && treatments.text).toContain("Docétaxel 100 mg/m2 (tous les 21 jours pendant 4 cycles)");
    const timeline = draft.stages[0].findings.find((f) => f.kind === "history" && f.title === "Chronologie");
    expect(timeline && "text" in timeline && timeline.text.split("\n")[0]).toMatch(/^janvier 2013 — /);
    expect(draft.sourceText).toBe(text);
    expect(draft.source).toEqual({ file: ids.sourceFile, title: "001_291fe0aa9eaa93ce", citation: "", licence: "" });
    // Every quote is found in the source: only the placeholders left to fill are reported.
    const issues = validateDraft(draft);
    expect(issues.filter((i) => i.path.startsWith("stages"))).toEqual([]);
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(["summary", "tags", "level", "objectives", "source.citation", "source.licence"]));
  });

  it("applies discarded and edited items", () => {
    const a = analysis();
    const input = acceptAll(a, "section");
    input.stages = input.stages.map((s, i) => ({ ...s, include: i === 2 }));
    const hbIndex = a.extraction.labs.findIndex((l) => l.text === "hémoglobine 10,6 g/dl (12,2-16,1)");
    const pltIndex = a.extraction.labs.findIndex((l) => l.text === "plaquettes 51 000/mcl (138 000-381 000)");
    input.labs[hbIndex] = { accepted: true, edit: { analyte: "Hb", value: "10,6", unit: "g/dL", range: "12 - 16", flag: "low" } };
    input.labs[pltIndex] = { accepted: false };
    const r = buildDraftFromImport(a.extraction, a.plans, input, ids);
    if (!r.ok) throw new Error(r.message);
    const rows = r.draft.stages[0].findings.flatMap((f) => (f.kind === "lab" ? f.rows : []));
    expect(rows[0]).toEqual({ analyte: "Hb", value: 10.6, unit: "g/dL", range: "12 - 16", low: 12, high: 16, flag: "low", source: "hémoglobine 10,6 g/dl (12,2-16,1)" });
    expect(rows.some((row) => row.source?.startsWith("plaquettes 51 000"))).toBe(false);
  });

  it("refuses decisions that do not match the document, and a plan with no stage kept", () => {
    const a = analysis();
    const input = acceptAll(a, "date");
    expect(buildDraftFromImport(a.extraction, a.plans, { ...input, labs: input.labs.slice(1) }, ids)).toMatchObject({ ok: false, code: "stale" });
    expect(buildDraftFromImport(a.extraction, a.plans, { ...input, plan: "section" }, ids)).toMatchObject({ ok: false, code: "stale" });
    const none = { ...input, stages: input.stages.map((s) => ({ ...s, include: false })) };
    expect(buildDraftFromImport(a.extraction, a.plans, none, ids)).toMatchObject({ ok: false, code: "no-stage" });
  });
});

describe("analyseDocumentText", () => {
  it("refuses text with nothing recognisable", () => {
    const lorem = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ".repeat(3);
    expect(analyseDocumentText(lorem, "txt", "x.txt")).toMatchObject({ ok: false, code: "no-content" });
  });

  it("refuses a document with more items of one kind than a review may send back, and accepts one just under", () => {
    const line = "Observation\nMadame D., 58 ans, hémoglobine 9,8 g/dL (12-16), CRP 12 mg/L le 3 mars 2024. ";
    // Two values a line: 2,502 lines make 5,004 values, over importInputSchema's 5,000.
    expect(analyseDocumentText(line.repeat(2502), "txt", "")).toEqual({
      ok: false,
      code: "too-many-items",
      message: "5\u202f004 valeurs biologiques, 5\u202f000 au plus. Déposez l'observation seule, ou découpez le document.",
    });
    const accepted = analyseDocumentText(line.repeat(2500), "txt", "");
    if (!accepted.ok) throw new Error(accepted.message);
    expect(accepted.analysis.extraction.labs.length).toBe(5000);
    // What the analysis accepts, a review accepting everything can send back.
    expect(importInputSchema.safeParse(acceptAll(accepted.analysis, "date")).success).toBe(true);
  });
});

describe("buildDraftFromImport — values added by the instructor", () => {
  it("adds a row quoting the number's place to the stage that holds it, and refuses a place outside the text", () => {
    const a = analysis();
    const input = acceptAll(a, "section");
    const start = text.indexOf("pour un poids de 50 kg") + "pour un poids de ".length;
    input.addedLabs = [{ start, end: start + "50 kg".length, edit: { analyte: "Poids", value: "50", unit: "kg", range: "", flag: "" } }];
    const r = buildDraftFromImport(a.extraction, a.plans, input, ids);
    if (!r.ok) throw new Error(r.message);
    const rows = r.draft.stages.flatMap((s) => s.findings.flatMap((f) => (f.kind === "lab" ? f.rows : [])));
    expect(rows.filter((row) => row.source === "50 kg")).toEqual([{ analyte: "Poids", value: 50, unit: "kg", source: "50 kg" }]);
    input.addedLabs = [{ start: text.length - 2, end: text.length + 5, edit: { analyte: "X", value: "1", unit: "", range: "", flag: "" } }];
    expect(buildDraftFromImport(a.extraction, a.plans, input, ids)).toMatchObject({ ok: false, code: "stale" });
  });
});
