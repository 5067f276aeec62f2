/**
 * Numbers that look like results but were not extracted, per paragraph, so the instructor sees
 * what the extraction may have missed (a missed value would otherwise be silent). A number looks
 * like a result when a lab unit follows it, or when it follows "à", ":" or "=" and no size,
 * duration or count of things follows; it is left out when it lies in an extracted lab, event or
 * treatment, is a year, or measures a vital sign or a size. Each comes with a proposed lab row
 * (label guessed from the words before it) that the review adds in one click. Pure module.
 */
import { CLINICAL_LABEL, NOT_A_RESULT_AFTER, labelBefore } from "./labs/lab-grammar";
import { LAB_UNIT } from "./labs/lab-units";
import { foldText } from "./text/fold-text";
import { findNumbers } from "./text/find-numbers";
import type { Extraction, Span } from "./types";

export type UnextractedNumber = {
  /** The number and its unit as written. */
  span: Span;
  valueText: string;
  unit: string;
  /** The words just before, as a proposed analyte label ("" when none). */
  label: string;
  /** A short excerpt around the number, white space collapsed. */
  context: string;
};

export type UnextractedParagraph = { index: number; span: Span; numbers: UnextractedNumber[] };

const LEAD = /(?:[=:]|(?<![\p{L}])a)\s*$/u;
const YEAR = /^(?:19|20)\d{2}$/;
/** Parts of a paired value, a range, a ratio or a score ("120/80", "3/6", "0,3-2"). */
const PART_BEFORE = /[\d][ \t]*[/-][ \t]*$/;
const PART_AFTER = /^[ \t]*[/-][ \t]*\d/;

export function findUnextracted(text: string, extraction: Extraction): UnextractedParagraph[] {
  const folded = foldText(text);
  const covered: Span[] = [
    ...extraction.labs.map((l) => l.span),
    ...extraction.events.map((e) => e.span),
    ...extraction.treatments.map((t) => t.span),
  ].sort((a, b) => a.start - b.start);
  const paragraphs = paragraphSpans(text);
  const out: UnextractedParagraph[] = [];
  let p = 0;
  let c = 0;
  for (const m of findNumbers(folded)) {
    const { start, end } = m;
    while (c < covered.length && covered[c].end <= start) c++;
    if (covered.slice(c, c + 8).some((s) => s.start <= start && end <= s.end)) continue;
    if (YEAR.test(m.text) || PART_BEFORE.test(folded.slice(Math.max(0, start - 3), start)) || PART_AFTER.test(folded.slice(end, end + 3))) continue;
    LAB_UNIT.lastIndex = end;
    const unit = LAB_UNIT.exec(folded);
    const lead = LEAD.test(folded.slice(Math.max(0, start - 4), start));
    if (!unit && !(lead && !NOT_A_RESULT_AFTER.test(folded.slice(end, end + 14)))) continue;
    const before = folded.slice(Math.max(0, start - 40), start);
    if (CLINICAL_LABEL.test(before) || /(?<![\p{L}])(?:age|ages|agee?)(?![\p{L}])/u.test(before)) continue;
    while (p < paragraphs.length - 1 && paragraphs[p].end <= start) p++;
    const unitEnd = unit ? end + unit[0].length : end;
    const labelSpan = labelBefore(folded, Math.max(0, start - 60), start);
    const item: UnextractedNumber = {
      span: { start, end: unitEnd },
      valueText: text.slice(start, end),
      unit: unit ? text.slice(end, unitEnd).trim() : "",
      label: labelSpan ? text.slice(labelSpan.start, labelSpan.end) : "",
      context: text.slice(Math.max(paragraphs[p].start, start - 50), Math.min(paragraphs[p].end, unitEnd + 30)).replace(/\s+/g, " ").trim(),
    };
    const last = out[out.length - 1];
    if (last && last.index === p) last.numbers.push(item);
    else out.push({ index: p, span: paragraphs[p], numbers: [item] });
  }
  return out;
}

/** Paragraphs: runs of text separated by line breaks. */
function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) if (m[0].trim()) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans.length ? spans : [{ start: 0, end: text.length }];
}
