/**
 * RFC 4180 CSV (comma, CRLF, double quotes doubled) with formula-injection protection: a text cell
 * that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return — a student's display
 * name is attacker-controlled) is prefixed with an apostrophe. Numbers are typed cells and are
 * written plainly, so a negative score stays a number.
 */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function formatCsvNumber(value: number, decimals = 4): string {
  if (!Number.isFinite(value)) return "";
  const fixed = value.toFixed(decimals);
  // "0.5000" → "0.5", "-0.0000" → "0".
  const trimmed = fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
  return trimmed === "-0" ? "0" : trimmed;
}

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatCsvNumber(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header.map(csvCell).join(",")];
  for (const row of rows) {
    if (row.length !== header.length) throw new RangeError(`toCsv: row has ${row.length} cells, header has ${header.length}`);
    lines.push(row.map(csvCell).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}

/** A file name safe for Content-Disposition: ASCII letters, digits and dashes. */
export function csvFileName(...parts: string[]): string {
  const base = parts
    .join("-")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${base || "export"}.csv`;
}
