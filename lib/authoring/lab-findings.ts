/**
 * Accepted lab values become lab panels: one panel per line of the document that holds them
 * (titled by the line's lead-in, e.g. "Analyses sanguines à l'admission"), values found inside
 * sentences go to one "Biologie" panel. Each row quotes its exact span as `source`. Pure module.
 */
import type { Finding, LabRow } from "@/lib/content/schema";
import { parseNumber } from "@/lib/import/text/parse-number";
import type { LabValue } from "@/lib/import/types";
import type { LabEdit } from "./import-input";
import { parseRangeText } from "./range-text";

export const DEFAULT_PANEL_TITLE = "Biologie";

type LabFinding = Extract<Finding, { kind: "lab" }>;

function parseValue(raw: string): number | string {
  return /^-?\d[\d \u00a0\u202f]*(?:[.,]\d+)*$/.test(raw) ? parseNumber(raw, "decimal") : raw;
}

/** One table row from an extracted value, with the author's corrections when there are some. */
export function labRow(text: string, lab: LabValue, edit?: LabEdit): LabRow {
  const source = text.slice(lab.span.start, lab.span.end);
  const extractedValue: number | string = lab.comparator ? `${lab.comparator} ${lab.valueText}` : lab.value;
  const row: LabRow = { analyte: lab.name, value: extractedValue, source };
  if (lab.unit) row.unit = lab.unit;
  if (lab.range) {
    row.range = lab.range.text;
    if (lab.range.low !== undefined) row.low = lab.range.low;
    if (lab.range.high !== undefined) row.high = lab.range.high;
  }
  if (lab.flag) row.flag = lab.flag;
  if (!edit) return row;

  const edited: LabRow = { analyte: edit.analyte, value: edit.value === lab.valueText || edit.value === String(extractedValue) ? extractedValue : parseValue(edit.value), source };
  if (edit.unit) edited.unit = edit.unit;
  if (edit.range) {
    edited.range = edit.range;
    const bounds = edit.range === lab.range?.text ? { low: lab.range.low, high: lab.range.high } : parseRangeText(edit.range);
    if (bounds.low !== undefined) edited.low = bounds.low;
    if (bounds.high !== undefined) edited.high = bounds.high;
  }
  if (edit.flag) edited.flag = edit.flag;
  return edited;
}

/** The lead-in of the line holding a value, e.g. `" Analyses sanguines à l'admission : ` → the words. */
function lineTitle(text: string, lab: LabValue): string | null {
  const lineStart = text.lastIndexOf("\n", lab.span.start - 1) + 1;
  const lead = text.slice(lineStart, lab.span.start);
  const colon = lead.lastIndexOf(":");
  if (colon < 0) return null;
  const title = lead
    .slice(0, colon)
    .replace(/^[\s"'«»“”\-–—•*·]+/u, "")
    .replace(/\s+/g, " ")
    .trim();
  return title.length >= 3 && title.length <= 80 && !/[.;!?]/.test(title) ? title : null;
}

export function labPanels(text: string, labs: { lab: LabValue; edit?: LabEdit }[]): LabFinding[] {
  const panels = new Map<string, LabFinding>();
  /** Line start → panel key: the first value of a line decides its panel, the others follow it. */
  const lines = new Map<number, string>();
  for (const { lab, edit } of [...labs].sort((a, b) => a.lab.span.start - b.lab.span.start)) {
    const lineStart = text.lastIndexOf("\n", lab.span.start - 1) + 1;
    let key = lines.get(lineStart);
    if (key === undefined) {
      const title = lineTitle(text, lab);
      key = title ? `line:${lineStart}` : "default";
      lines.set(lineStart, key);
      if (!panels.has(key)) panels.set(key, { kind: "lab", title: title ?? DEFAULT_PANEL_TITLE, rows: [] });
    }
    panels.get(key)!.rows.push(labRow(text, lab, edit));
  }
  return [...panels.values()];
}
