/**
 * The probe's hostile uploads are refused by the bounds checked before inflating or parsing, each
 * with a French message (the bench, `npm run bench:hostile`, prints how long each takes).
 */
import { describe, expect, it } from "vitest";
import { docxTextParts } from "@/lib/import/read/docx-parts";
import { readDocument } from "@/lib/import/read-document";
import { loadCaseZip } from "@/lib/authoring/load-case-zip";
import { yamlNestingProblem } from "@/lib/content/yaml-bounds";
import { aliasBombYaml, caseZipWithYaml, deepYaml, manyEntriesDocx, pageTreeBombPdf, zipBombDocx } from "./hostile-documents";

describe("hostile documents", () => {
  // 20 MB is enough to pass the bound and quicker to build; the bench uses the probe's 50 MB.
  it("refuses a .docx that inflates to 20 MB from its central directory, before inflating", { timeout: 60_000 }, async () => {
    const docx = zipBombDocx(20);
    expect(docx.length).toBeLessThan(100 * 1024);
    expect(docxTextParts(docx)).toEqual({ ok: false, reason: "too-large" });
    expect(await readDocument("bombe.docx", docx)).toEqual({
      ok: false,
      code: "too-complex",
      message: "Le texte du fichier .docx dépasserait 16 Mo une fois décompressé : document refusé.",
    });
  });

  it("refuses a .docx with thousands of entries", async () => {
    expect(await readDocument("entrees.docx", manyEntriesDocx(5000))).toEqual({
      ok: false,
      code: "too-complex",
      message: "Le fichier .docx contient trop d'éléments (2000 au plus) : ce n'est pas un document Word ordinaire.",
    });
  });

  it("refuses a PDF whose page tree declares a billion pages, before reading any", async () => {
    const pdf = pageTreeBombPdf(9);
    expect(pdf.length).toBeLessThan(2048);
    expect(await readDocument("pages.pdf", pdf)).toEqual({ ok: false, code: "too-complex", message: "Le PDF a trop de pages (200 au plus) : déposez l'observation seule." });
  });

  it("refuses a text longer than the limit before decoding it", async () => {
    const bytes = new Uint8Array(1_600_001).fill(0x61);
    const n = (x: number) => x.toLocaleString("fr-FR");
    expect(await readDocument("long.txt", bytes)).toEqual({ ok: false, code: "too-long", message: `${n(1_600_001)} octets, ${n(400_000)} caractères au plus.` });
  });

  it("refuses a YAML alias bomb in a case zip with a message, not an exception", async () => {
    const result = await loadCaseZip(caseZipWithYaml(aliasBombYaml()));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain("YAML refusé : trop d'alias (*) à développer (100 au plus)");
  });

  it("refuses deeply nested YAML before parsing it", async () => {
    expect(yamlNestingProblem(deepYaml(20000))).toBe("ligne 1 : crochets ou accolades imbriqués trop profondément (32 niveaux au plus)");
    expect(yamlNestingProblem(`a:\n  ${"- ".repeat(5000)}x`)).toBe("ligne 2 : indentation trop profonde (240 colonnes au plus)");
    expect(yamlNestingProblem(`a:\n${"- ".repeat(20)}x`)).toBe("ligne 2 : trop de listes imbriquées sur une ligne (16 au plus)");
    const result = await loadCaseZip(caseZipWithYaml(deepYaml(20000)));
    expect(!result.ok && result.message).toContain("YAML refusé : ligne 1 : crochets ou accolades imbriqués trop profondément");
  });

  it("does not count brackets inside quotes or comments", () => {
    expect(yamlNestingProblem(`title: "${"[".repeat(100)}"\n# ${"{".repeat(100)}\nx: '${"[".repeat(100)}'`)).toBeNull();
  });
});
