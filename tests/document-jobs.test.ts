/**
 * The upload actions' entry points run the real readers in the pool's worker threads (the bundled
 * worker script): a sound document is analysed, hostile ones are refused with their message.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyseDocumentJob, loadCaseZipJob } from "@/lib/jobs/document-jobs";
import { aliasBombYaml, caseZipWithYaml, pageTreeBombPdf } from "./hostile-documents";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "fixtures/import", name)));

describe("document jobs", { timeout: 120_000 }, () => {
  it("analyses a .docx off the request thread", async () => {
    const result = await analyseDocumentJob("cas-clinique.docx", fixture("cas-clinique.docx"), "cas-clinique.docx");
    if (!result.ok) throw new Error(result.message);
    expect(result.analysis.format).toBe("docx");
    expect(result.analysis.extraction.labs.map((l) => l.analyte)).toEqual(["hemoglobin", "platelets", "crp", "ferritin", "hemoglobin"]);
    expect(result.text).toContain("Hémoglobine 9,8 g/dL (12-16)");
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
