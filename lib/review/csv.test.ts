import { describe, expect, it } from "vitest";
import { COMMA_DIALECT, SEMICOLON_DIALECT, csvCell, csvFileName, formatCsvNumber, neutraliseFormula, parseCsv, toCsv } from "./csv";

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvCell("Dupont, Marie")).toBe('"Dupont, Marie"');
    expect(csvCell('dit "Mimi"')).toBe('"dit ""Mimi"""');
    expect(csvCell("ligne 1\nligne 2")).toBe('"ligne 1\nligne 2"');
    expect(csvCell("simple")).toBe("simple");
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("+33 6")).toBe("'+33 6");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("＝1+1")).toBe("'＝1+1");
  });

  it("writes numbers as numbers, negative ones included", () => {
    expect(csvCell(-0.5)).toBe("-0.5");
    expect(csvCell(12)).toBe("12");
    expect(csvCell(1 / 3)).toBe("0.3333");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(true)).toBe("true");
  });

  it("keeps surrounding spaces by quoting them", () => {
    expect(csvCell(" a ")).toBe('" a "');
  });
});

describe("formatCsvNumber", () => {
  it("rounds to 4 decimals without trailing zeros or exponents", () => {
    expect(formatCsvNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatCsvNumber(-0.00001)).toBe("0");
    expect(formatCsvNumber(1e-7)).toBe("0");
    expect(formatCsvNumber(123456789)).toBe("123456789");
    expect(formatCsvNumber(Number.NaN)).toBe("");
    expect(formatCsvNumber(2 / 3, 2)).toBe("0.67");
  });
});

describe("toCsv", () => {
  it("starts with a UTF-8 BOM, joins rows with CRLF and ends with one", () => {
    expect(toCsv(["a", "b"], [[1, "x"], [null, "y,z"]])).toBe('\uFEFFa,b\r\n1,x\r\n,"y,z"\r\n');
  });
  it("writes the French dialect: semicolons and decimal commas", () => {
    expect(toCsv(["nom", "note"], [["Élodie; Martin", 12.75], ["Luc", -0.5]], SEMICOLON_DIALECT)).toBe('\uFEFFnom;note\r\n"Élodie; Martin";12,75\r\nLuc;-0,5\r\n');
    expect(csvCell("Dupont, Marie", SEMICOLON_DIALECT)).toBe('"Dupont, Marie"');
  });
  it("parses back what it writes, in both dialects", () => {
    const rows = [
      ["Zoé \"Zozo\" Durand", 1.5, "ligne 1\r\nligne 2"],
      ["=1+1", -2, "a;b,c"],
    ];
    for (const dialect of [COMMA_DIALECT, SEMICOLON_DIALECT]) {
      const back = parseCsv(toCsv(["nom", "points", "note"], rows, dialect), dialect.separator);
      expect(back).toEqual([
        ["nom", "points", "note"],
        ['Zoé "Zozo" Durand', dialect.decimal === "," ? "1,5" : "1.5", "ligne 1\r\nligne 2"],
        ["'=1+1", "-2", "a;b,c"],
      ]);
    }
  });
  it("refuses a ragged row", () => {
    expect(() => toCsv(["a", "b"], [[1]])).toThrow(RangeError);
  });
});

describe("csvFileName", () => {
  it("keeps ASCII letters and digits only, one part per underscore", () => {
    expect(csvFileName("Promo 2025 — Hémato", "étudiants")).toBe("promo-2025-hemato_etudiants.csv");
    expect(csvFileName("***")).toBe("export.csv");
  });
  it("shortens the descriptive parts, never the last three", () => {
    const name = csvFileName("Cohorte ".repeat(20), "Cas ".repeat(30), "etudiants", "2027-01-15", "2026-12-02");
    expect(name).toBe(`${"cohorte-".repeat(5).slice(0, 39)}_${"cas-".repeat(10).slice(0, 39)}_etudiants_2027-01-15_2026-12-02.csv`);
  });
});

describe("neutraliseFormula", () => {
  it("neutralises a formula after any separator or line break inside a cell", () => {
    expect(neutraliseFormula("Marie;=HYPERLINK(1)")).toBe("Marie;'=HYPERLINK(1)");
    expect(neutraliseFormula("Marie,+1")).toBe("Marie,'+1");
    expect(neutraliseFormula("Marie\n@SUM(A1)")).toBe("Marie\n'@SUM(A1)");
    expect(neutraliseFormula("Marie\r\n-1")).toBe("Marie\r\n'-1");
    expect(neutraliseFormula("a\t=1")).toBe("a\t'=1");
    expect(neutraliseFormula("=a;=b")).toBe("'=a;'=b");
    expect(neutraliseFormula("Jean-Marie; Durand")).toBe("Jean-Marie; Durand");
  });
  it("keeps a name with a semicolon or a line break in one cell, neutralised, in both dialects", () => {
    for (const dialect of [COMMA_DIALECT, SEMICOLON_DIALECT]) {
      const back = parseCsv(toCsv(["name"], [["Eve;=cmd|' /C calc'!A0"], ["Eve\n=1+1"]], dialect), dialect.separator);
      expect(back).toEqual([["name"], ["Eve;'=cmd|' /C calc'!A0"], ["Eve\n'=1+1"]]);
    }
  });
});
