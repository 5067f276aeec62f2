/**
 * The upload actions' entry points run the real readers in the pool's child processes (the bundled
 * worker script): a sound document is analysed (its analysis comes back as the worker's JSON bytes),
 * a reviewed one becomes a draft, hostile ones are refused with their message.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { DocumentAnalysis } from "@/lib/authoring/analyse-document";
import type { ImportInput } from "@/lib/authoring/import-input";
import { analyseDocumentJob, draftFromDocumentJob, loadCaseZipJob } from "@/lib/jobs/document-jobs";
import { fromJsonBytes } from "@/lib/jobs/json-bytes";
import { aliasBombYaml, caseZipWithYaml, pageTreeBombPdf } from "./hostile-documents";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "fixtures/import", name)));

async function analysed(name: string): Promise<DocumentAnalysis> {
  const result = await analyseDocumentJob(name, fixture(name), name);
  if (!result.ok) throw new Error(result.message);
  expect(result.analysis).toBeInstanceOf(Uint8Array);
  return fromJsonBytes(result.analysis);
}

function keepAll(a: DocumentAnalysis): ImportInput {
  return {
    text: a.text,
    format: a.format,
    fileName: a.fileName,
    title: "Cas clinique",
    source: { title: "", citation: "", licence: "" },
    plan: "section",
    stages: a.plans.section.map(() => ({ include: true, merge: false, title: "" })),
    labs: a.extraction.labs.map(() => ({ accepted: true })),
    events: a.extraction.events.map(() => true),
    treatments: a.extraction.treatments.map(() => true),
  };
}

const ids = { slug: "cas-clinique-abc123", sourceFile: "cas-clinique-abc123.txt" };

describe("document jobs", { timeout: 120_000 }, () => {
  it("analyses a .docx off the request thread", async () => {
    const analysis = await analysed("cas-clinique.docx");
    expect(analysis.format).toBe("docx");
    expect(analysis.fileName).toBe("cas-clinique.docx");
    expect(analysis.extraction.labs.map((l) => l.analyte)).toEqual(["hemoglobin", "platelets", "crp", "ferritin", "hemoglobin"]);
    expect(analysis.text).toContain("Hémoglobine 9,8 g/dL (12-16)");
  });

  it("builds the draft of a reviewed document from its own reading, and refuses stale decisions", async () => {
    const analysis = await analysed("cas-clinique.docx");
    const input = keepAll(analysis);
    const built = await draftFromDocumentJob(input, ids);
    if (!built.ok) throw new Error(built.message);
    expect(built.draft.slug).toBe(ids.slug);
    expect(built.draft.stages.length).toBe(analysis.plans.section.length);
    // One decision short of the extraction the worker re-ran: refused, nothing built.
    expect(await draftFromDocumentJob({ ...input, labs: input.labs.slice(1) }, ids)).toMatchObject({ ok: false, code: "stale" });
    // A text the reader refuses is refused with its message.
    expect(await draftFromDocumentJob({ ...input, text: "\u0000".repeat(50) }, ids)).toEqual({
      ok: false,
      code: "unreadable",
      message: "Le fichier n'est pas un fichier texte lisible.",
    });
  });

  it("refuses a hostile PDF and a YAML alias bomb with their messages", async () => {
    expect(await analyseDocumentJob("pages.pdf", pageTreeBombPdf(9), "pages.pdf")).toEqual({
      ok: false,
      code: "too-complex",
      message: "Le PDF a trop de pages (200 au plus) : déposez l'observation seule.",
    });
    const zip = await loadCaseZipJob(caseZipWithYaml(aliasBombYaml()));
    expect(zip.ok).toBe(false);
    expect(!zip.ok && zip.message).toContain("trop d'alias (*) à développer");
  });
});
