import { describe, expect, it } from "vitest";
import { splitSections } from "./split-sections";

const outline = (text: string) =>
  splitSections(text).map((s) => [s.kind, s.title, text.slice(s.bodySpan.start, s.bodySpan.end).slice(0, 20)]);

describe("splitSections — headings", () => {
  it("reads French headings in capitals with a colon", () => {
    const text = " INTRODUCTION : \nLa nécrose médullaire est rare.\n\nOBSERVATION : \n\nMadame S., 75 ans.\n\nDISCUSSION : \nElle est rare.\n\nCONCLUSION : \nÀ retenir.";
    expect(outline(text)).toEqual([
      ["intro", "INTRODUCTION", "La nécrose médullair"],
      ["history", "OBSERVATION", "Madame S., 75 ans."],
      ["discussion", "DISCUSSION", "Elle est rare."],
      ["conclusion", "CONCLUSION", "À retenir."],
    ]);
  });

  it("reads French headings alone on their line", () => {
    const text = "Anamnèse\nUne femme de 41 ans.\n\nExamen physique\nPâleur.\n\nExamens complémentaires\nHb 10 g/dl.\n\nDiagnostic\nCarcinome.\n\nTraitement\nPaclitaxel.\n\nÉvolution\nDécès.";
    expect(splitSections(text).map((s) => s.kind)).toEqual(["history", "exam", "investigations", "diagnosis", "treatment", "outcome"]);
  });

  it("reads English headings, numbered and in markdown, and inline headings", () => {
    const text = "# A rare case\n\n## 1. Case presentation\nA 45-year-old man.\n\n**Physical examination**\nPallor.\n\nInvestigations: haemoglobin 8 g/dL.\n\n2) Treatment and outcome\nHe recovered.\n\nFollow-up\nNo relapse.";
    expect(outline(text)).toEqual([
      ["other", "A rare case", ""],
      ["history", "Case presentation", "A 45-year-old man."],
      ["exam", "Physical examination", "Pallor."],
      ["investigations", "Investigations", "haemoglobin 8 g/dL."],
      ["treatment", "Treatment and outcome", "He recovered."],
      ["outcome", "Follow-up", "No relapse."],
    ]);
  });

  it("reads Spanish headings", () => {
    const text = "Presentación del caso\nMujer de 41 años.\n\nExploración física\nPalidez.\n\nPruebas complementarias\nHb 10 g/dl.\n\nTratamiento\nPaclitaxel.\n\nEvolución\nFallece.\n\nDiscusión\nRaro.\n\nConclusión\nFin.";
    expect(splitSections(text).map((s) => s.kind)).toEqual(["history", "exam", "investigations", "treatment", "outcome", "discussion", "conclusion"]);
  });

  it("keeps the article title before the first heading and exact spans", () => {
    const text = "Nécrose médullaire révélant une LAM\n\nObservation\nMadame S.\n\nDiscussion\nRare.";
    const sections = splitSections(text);
    expect(sections[0]).toMatchObject({ kind: "other", title: "Nécrose médullaire révélant une LAM", fromHeading: false });
    for (const s of sections.slice(1)) {
      expect(text.slice(s.titleSpan!.start, s.titleSpan!.end)).toBe(s.title);
      expect(s.fromHeading).toBe(true);
    }
  });

  it("does not take a sentence or a list line for a heading", () => {
    const text = "Diagnostic\nCarcinome mammaire stade IV :\n\"Thrombopénie de grade 3.\nThromboembolie pulmonaire.\nLe traitement a été bien toléré.";
    expect(splitSections(text)).toHaveLength(1);
  });
});

describe("splitSections — no headings", () => {
  it("groups paragraphs into chunks of whole paragraphs", () => {
    const paragraph = (n: number) => `Paragraphe ${n}. ` + "Une phrase de remplissage clinique. ".repeat(8);
    const text = [1, 2, 3, 4, 5, 6, 7, 8].map(paragraph).join("\n\n").trimEnd();
    const sections = splitSections(text);
    expect(sections.length).toBeGreaterThanOrEqual(3);
    expect(sections.length).toBeLessThanOrEqual(6);
    expect(sections.every((s) => s.kind === "other" && !s.fromHeading && s.titleSpan === undefined)).toBe(true);
    expect(text.slice(sections[0].bodySpan.start, sections[0].bodySpan.start + 12)).toBe("Paragraphe 1");
    expect(sections[sections.length - 1].bodySpan.end).toBe(text.length);
    for (let i = 1; i < sections.length; i++) expect(text.slice(sections[i].bodySpan.start).startsWith("Paragraphe")).toBe(true);
  });

  it("splits a single paragraph by sentences", () => {
    const text = Array.from({ length: 30 }, (_, i) => `La phrase numéro ${i + 1} décrit le patient.`).join(" ");
    const sections = splitSections(text);
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) expect(text.slice(s.bodySpan.start, s.bodySpan.end)).toMatch(/^La phrase numéro \d+ .*\.$/);
  });
});
