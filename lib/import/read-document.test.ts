import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "./extract-document";
import { MAX_DOCUMENT_BYTES, readDocument } from "./read-document";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "../../tests/fixtures/import", name)));
const read = (name: string) => readDocument(name, fixture(name));

describe("readDocument — readable files", () => {
  it.each(["cas-clinique.docx", "cas-clinique.pdf", "cas-clinique.md", "cas-clinique-cp1252.txt"])("reads %s into extractable text", async (name) => {
    const result = await read(name);
    if (!result.ok) throw new Error(result.message);
    expect(result.text).toContain("Hémoglobine 9,8 g/dL (12-16)");
    expect(result.text).not.toContain("\r");
    const extraction = extractDocument(result.text);
    expect(extraction.sections.map((s) => s.kind)).toEqual(expect.arrayContaining(["history", "investigations", "outcome", "discussion"]));
    expect(extraction.labs.map((l) => [l.analyte, l.value, l.flag ?? null])).toEqual([
      ["hemoglobin", 9.8, "low"],
      ["platelets", 85000, "low"],
      ["crp", 12, "high"],
      ["ferritin", 850, null],
      ["hemoglobin", 11.2, null],
    ]);
    expect(extraction.events.map((e) => e.date ?? e.text)).toEqual(["2021", "2024-01", "Quelques semaines plus tard", "2024-03"]);
    expect(extraction.treatments.map((t) => [t.drug, t.dose?.value, t.schedule?.text.replace(/\s+/g, " ")])).toEqual([
      ["letrozole", 2.5, "par jour"],
      ["paclitaxel", 80, "hebdomadaire"],
    ]);
  });

  it("reads the .docx paragraphs as separate lines and the PDF headings on their own lines", async () => {
    const docx = await read("cas-clinique.docx");
    const pdf = await read("cas-clinique.pdf");
    expect(docx.ok && docx.text).toContain("\nExamens complémentaires\n");
    expect(pdf.ok && pdf.text).toContain("\nExamens complémentaires\n");
  });

  it.each(["bilan-tableau.docx", "bilan-tableau.pdf"])("keeps the cells of a lab table apart in %s", async (name) => {
    const result = await read(name);
    if (!result.ok) throw new Error(result.message);
    expect(extractDocument(result.text).labs.map((l) => [l.analyte, l.value, l.unitNormalized, l.range?.low, l.range?.high])).toEqual([
      ["hemoglobin", 8.1, "g/dL", 12, 16],
      ["platelets", 32000, "/µL", 150000, 400000],
      ["crp", 85, "mg/L", undefined, 5],
      ["creatinine", 72, "µmol/L", 45, 90],
    ]);
  });

  it("decodes UTF-8 with a byte-order mark", async () => {
    const bytes = new TextEncoder().encode("\ufeffObservation\n" + "Madame S., 75 ans, hospitalisée pour une anémie (10,4 g/dL) et une thrombopénie. ".repeat(2));
    const result = await readDocument("cas.TXT", bytes);
    expect(result.ok && result.text.startsWith("Observation\n")).toBe(true);
  });
});

describe("readDocument — refusals", () => {
  it.each([
    ["vide.txt", "empty"],
    ["trop-court.txt", "too-short"],
    ["corrompu.docx", "unreadable"],
    ["corrompu.pdf", "unreadable"],
    ["sans-texte.pdf", "no-text"],
  ])("refuses %s with code %s and a French message", async (name, code) => {
    const result = await read(name);
    expect(result).toMatchObject({ ok: false, code });
    expect(!result.ok && result.message).toMatch(/^[A-ZÀ-Ý].+\.$/u);
  });

  it("refuses unknown extensions and .doc files", async () => {
    expect(await readDocument("cas.odt", new Uint8Array([1]))).toMatchObject({ ok: false, code: "unsupported" });
    expect(await readDocument("cas", new Uint8Array([1]))).toMatchObject({ ok: false, code: "unsupported" });
    const doc = await readDocument("cas.doc", new Uint8Array([1]));
    expect(doc).toMatchObject({ ok: false, code: "unsupported" });
    expect(!doc.ok && doc.message).toContain(".docx");
  });

  it("refuses files over 5 MB before reading them", async () => {
    expect(await readDocument("gros.txt", new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61))).toMatchObject({ ok: false, code: "too-large" });
  });

  it("refuses binary content in a .txt file and a PDF disguised as .docx", async () => {
    expect(await readDocument("binaire.txt", new Uint8Array([0x41, 0, 0x42, 0, 0x43]))).toMatchObject({ ok: false, code: "unreadable" });
    expect(await readDocument("faux.docx", fixture("cas-clinique.pdf"))).toMatchObject({ ok: false, code: "unreadable" });
  });

  it("refuses a text without letters", async () => {
    expect(await readDocument("chiffres.md", new TextEncoder().encode("12 34 56 78 90\n".repeat(40)))).toMatchObject({ ok: false, code: "too-short" });
  });
});

describe("readDocument — the bundled case reports in other formats", () => {
  const facts = (text: string) => {
    const x = extractDocument(text);
    return {
      sections: x.sections.map((s) => [s.kind, s.title]),
      labs: x.labs.map((l) => [l.analyte, l.value, l.unitNormalized, l.range?.low, l.range?.high]),
      events: x.events.map((e) => [e.kind, e.date, e.text.replace(/\s+/g, " ")]),
      treatments: x.treatments.map((t) => [t.drug, t.dose?.value, t.dose?.unitNormalized]),
    };
  };
  const source = (name: string) => readFileSync(path.join(__dirname, "../../content/sources", name), "utf8");

  it.each([
    ["source-000.pdf", "000_dd021da303213d61.txt"],
    ["source-001.pdf", "001_291fe0aa9eaa93ce.txt"],
    ["source-001.docx", "001_291fe0aa9eaa93ce.txt"],
  ])("extracts the same facts from %s as from the .txt", async (name, txt) => {
    const result = await read(name);
    if (!result.ok) throw new Error(result.message);
    expect(facts(result.text)).toEqual(facts(source(txt)));
  });
});
