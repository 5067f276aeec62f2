/**
 * CSV that opens right in a spreadsheet: RFC 4180 (double quotes doubled, CRLF), a UTF-8 byte order
 * mark (without it Excel reads UTF-8 as Windows-1252 and breaks the accents), and two dialects —
 * comma with decimal point, or semicolon with decimal comma for French spreadsheets.
 *
 * Formula injection: a text cell that a spreadsheet would run as a formula (=, +, -, @, tab,
 * carriage return — a student's display name is attacker-controlled) gets an apostrophe in front.
 * The same is done after any separator or line break inside the text: a file opened with the
 * wrong separator, or a tool that splits lines before quotes, would otherwise start a new cell
 * there. Numbers are typed cells and are written plainly, so a negative score stays a number.
 */
export type CsvValue = string | number | boolean | null | undefined;

export type CsvDialect = {
  /** Between cells. */
  separator: "," | ";";
  /** In numbers. */
  decimal: "." | ",";
};

export const COMMA_DIALECT: CsvDialect = { separator: ",", decimal: "." };
/** What French Excel and LibreOffice expect by default. */
export const SEMICOLON_DIALECT: CsvDialect = { separator: ";", decimal: "," };

export const BOM = "\uFEFF";

const TRIGGER = "=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20";
const FORMULA_START = new RegExp(`^[${TRIGGER}]`);
const FORMULA_AFTER_BREAK = new RegExp(`([,;\\t\\r\\n])([${TRIGGER}])`, "g");

export function formatCsvNumber(value: number, decimals = 4, decimal: CsvDialect["decimal"] = "."): string {
  if (!Number.isFinite(value)) return "";
  const fixed = value.toFixed(decimals);
  // "0.5000" → "0.5", "-0.0000" → "0".
  const trimmed = fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
  const plain = trimmed === "-0" ? "0" : trimmed;
  return decimal === "," ? plain.replace(".", ",") : plain;
}

/** Text made inert for a spreadsheet: an apostrophe before a formula trigger at the start or after a break. */
export function neutraliseFormula(text: string): string {
  const inner = text.replace(FORMULA_AFTER_BREAK, "$1'$2");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

export function csvCell(value: CsvValue, dialect: CsvDialect = COMMA_DIALECT): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatCsvNumber(value, 4, dialect.decimal);
  if (typeof value === "boolean") return value ? "true" : "false";
  const safe = neutraliseFormula(value);
  // Both separators are quoted whatever the dialect: the file stays one table if opened with the other.
  return /[",;\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The file's text, BOM first. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], dialect: CsvDialect = COMMA_DIALECT): string {
  const line = (cells: readonly CsvValue[]) => cells.map((c) => csvCell(c, dialect)).join(dialect.separator);
  const lines = [line(header)];
  for (const row of rows) {
    if (row.length !== header.length) throw new RangeError(`toCsv: row has ${row.length} cells, header has ${header.length}`);
    lines.push(line(row));
  }
  return BOM + lines.join("\r\n") + "\r\n";
}

/** Parses a file written by toCsv back into rows of text (BOM, quotes and the dialect's separator). */
export function parseCsv(text: string, separator: CsvDialect["separator"]): string[][] {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && body[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

function slug(text: string, max: number): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
}

/**
 * A file name safe for Content-Disposition (ASCII letters, digits, dashes and underscores): the
 * descriptive parts are shortened so that the last ones (kind of export, dates) are always kept.
 */
export function csvFileName(...parts: string[]): string {
  const slugs = parts.map((p, i) => slug(p, i < parts.length - 3 ? 40 : 60)).filter(Boolean);
  return `${slugs.join("_") || "export"}.csv`;
}
