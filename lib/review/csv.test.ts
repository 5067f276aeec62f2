import { describe, expect, it } from "vitest";
import { csvCell, csvFileName, formatCsvNumber, toCsv } from "./csv";

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
  it("joins rows with CRLF and ends with one", () => {
    expect(toCsv(["a", "b"], [[1, "x"], [null, "y,z"]])).toBe('a,b\r\n1,x\r\n,"y,z"\r\n');
  });
  it("refuses a ragged row", () => {
    expect(() => toCsv(["a", "b"], [[1]])).toThrow(RangeError);
  });
});

describe("csvFileName", () => {
  it("keeps ASCII letters and digits only", () => {
    expect(csvFileName("Promo 2025 — Hémato", "étudiants")).toBe("promo-2025-hemato-etudiants.csv");
    expect(csvFileName("***")).toBe("export.csv");
  });
});
