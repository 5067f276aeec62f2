/**
 * Laboratory values, recognised by their shape rather than by a list: a number (any French
 * writing, lib/import/text/parse-number.ts) with a lab unit (the unit grammar of lab-units.ts),
 * or without unit right after an explicit analyte ("hémoglobine à 12.4", "INR à 2,10", "TCA à
 * 32/30"), or a count written before its analyte, attributed to
 *  1. the analyte written right after it ("4 % de blastes", "13 000 plaquettes/mcl", "40% blasts",
 *     "2652 µmol/l de créatinine"), unless an analyte stands right before it, else
 *  2. the previous result's analyte when the value continues a series ("de 700 à 1200 Elts/mm 3",
 *     "41.4UI/ml puis à 24.9UI/ml"), else
 *  3. the nearest analyte mention before it in the same sentence, within 60 characters (brackets
 *     not counted), that no earlier value has used, else the cell word of its unit
 *     ("235 leucocytes/mm3"), else
 *  4. the words just before it, as analyte "unknown" (shown "to confirm"), when the value carries a
 *     concentration unit or a reference range: an unlisted analyte is kept, never dropped.
 * A reference range right after the value or unit is parsed and sets the computed flag; a flag
 * stated in words before the value ("élevée à", "effondrée à") is kept apart (statedFlag). A cell
 * count in a sentence about the cerebrospinal fluid is the fluid's (csf-leukocytes…).
 */
import { CSF_COUNTS, analyteEntry } from "./analytes";
import { findAnalyteMentions, type AnalyteMention } from "./find-analytes";
import { foldText } from "../text/fold-text";
import { readRange } from "./lab-range";
import { LAB_UNIT, isConcentrationUnit, isPlainCountUnit, normalizeLabUnit } from "./lab-units";
import { CLINICAL_LABEL, CSF_CONTEXT, NOT_A_RESULT_AFTER, PAIRED, SERIES_GAP, SPACED_DECIMAL, TIGHT_GAP, labelBefore, statedFlag } from "./lab-grammar";
import { findDrugMentions } from "../treatments/find-drugs";
import { findNumbers } from "../text/find-numbers";
import { NUMBER_SOURCE, parseNumber } from "../text/parse-number";
import { lastAtOrBefore } from "../text/search-sorted";
import type { LabFlag, LabRange, LabValue, Span } from "../types";

export type LabDraft = Omit<LabValue, "sectionIndex">;

type Unit = Span & { raw: string; normalized: string | undefined };
type Previous = { end: number; mention?: AnalyteMention; unit?: Unit };
type Context = { text: string; folded: string; mentions: AnalyteMention[]; drugs: Span[]; used: Set<AnalyteMention>; consumed: number; previous?: Previous };

const CONNECTOR = /\s*(?:de\s|d'|des\s|du\s|of\s|de\slos\s|de\slas\s)/uy;
/** "80% des plasmocytes" is a share of a population, not a percentage count ("4 % de blastes"). */
const CONNECTOR_PERCENT = /\s*(?:de\s|d'|of\s)/uy;
const SPACES = /\s+/y;
const OTHER_SUBJECT = /(?:,|(?<![\p{L}])et)\s+(?:la|le|les|l'|une?|des|du)\s*\p{L}/u;
const SENTENCE_BREAK = /[.!?;](?:\s|$)|\n[ \t]*\n/;
const MAX_GAP = 60;
const COMPARATOR = /(<=|>=|<|>|≤|≥|inferieure?s? a|superieure?s? a|moins d(?:e |')|plus d(?:e |')|less than|greater than|more than|below|above|menor de|mayor de)\s*$/;
const COMPARATOR_SIGN: Record<string, NonNullable<LabValue["comparator"]>> = { "<=": "≤", ">=": "≥", "<": "<", ">": ">", "≤": "≤", "≥": "≥", below: "<", above: ">", "less than": "<", "greater than": ">", "more than": ">", "menor de": "<", "mayor de": ">" };
/** A number following "à"/"et" whose unit a value without unit borrows: "de 7.8 à 10.7g/dl". */
const BORROW = new RegExp(String.raw`\s+(?:a|et|puis a)\s+(${NUMBER_SOURCE})`, "uy");

export function extractLabs(text: string): LabDraft[] {
  const folded = foldText(text);
  const ctx: Context = { text, folded, mentions: findAnalyteMentions(text, folded), drugs: findDrugMentions(text, folded), used: new Set(), consumed: 0 };
  const labs: LabDraft[] = [];
  for (const num of findNumbers(folded)) {
    const valueSpan = { start: num.start, end: num.end };
    if (valueSpan.start < ctx.consumed || inside(ctx.mentions, valueSpan.start) || isRangeBound(folded, valueSpan)) continue;
    const lab = readLab(ctx, valueSpan);
    if (!lab) continue;
    labs.push(lab.draft);
    ctx.consumed = lab.end;
    ctx.previous = { end: lab.end, mention: lab.mention, unit: lab.unit };
  }
  const worded = wordCounts(ctx);
  return worded.length ? [...labs, ...worded].sort((a, b) => a.valueSpan.start - b.valueSpan.start) : labs;
}

const WORD_NUMBERS: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 };
const WORD_COUNT = /(?:(?<![\p{L}])(moins|plus) d'(une?)|(?<![\p{L}])(deux|trois|quatre|cinq|six|sept|huit|neuf|dix))\s+$/u;
const PER_FIELD = /\s*(?:par|\/)\s*(?:mm\s?3|mm³|µl|ul|mcl|champ)(?![\p{L}\d])/uy;

/** Cell counts written in words: "moins d'un leucocyte par mm3", "trois hématies par champ". */
function wordCounts(ctx: Context): LabDraft[] {
  const out: LabDraft[] = [];
  for (const mention of ctx.mentions) {
    if (mention.implied || ctx.used.has(mention) || analyteEntry(mention.key)?.kind !== "count") continue;
    const m = WORD_COUNT.exec(ctx.folded.slice(Math.max(0, mention.start - 16), mention.start));
    if (!m) continue;
    const word = m[2] ?? m[3];
    const valueStart = mention.start - m[0].length + m[0].indexOf(word, m[1] ? m[1].length : 0);
    const valueSpan = { start: valueStart, end: valueStart + word.length };
    PER_FIELD.lastIndex = mention.end;
    const per = PER_FIELD.exec(ctx.folded);
    const start = mention.start - m[0].length;
    const end = per ? PER_FIELD.lastIndex : mention.end;
    const entry = analyteEntry(csfKey(ctx.folded, mention.key, mention.start));
    const draft: LabDraft = {
      analyte: entry?.key ?? mention.key,
      name: entry?.fr ?? mention.key,
      label: ctx.text.slice(mention.start, mention.end),
      implied: false,
      value: WORD_NUMBERS[word],
      valueText: ctx.text.slice(valueSpan.start, valueSpan.end),
      text: ctx.text.slice(start, end),
      span: { start, end },
      analyteSpan: { start: mention.start, end: mention.end },
      valueSpan,
    };
    if (m[1]) draft.comparator = m[1] === "moins" ? "<" : ">";
    if (per) {
      const unitStart = mention.end + per[0].length - per[0].trimStart().length;
      draft.unit = ctx.text.slice(unitStart, end);
      draft.unitNormalized = normalizeLabUnit(draft.unit);
      draft.unitSpan = { start: unitStart, end };
    }
    out.push(draft);
  }
  return out;
}

function readLab(ctx: Context, valueSpan: Span) {
  const { text, folded } = ctx;
  const spaced = SPACED_DECIMAL.exec(folded.slice(valueSpan.end, valueSpan.end + 5));
  if (spaced && readUnit(text, folded, valueSpan.end + spaced[0].length)) valueSpan = { start: valueSpan.start, end: valueSpan.end + spaced[0].length };
  let unit = readUnit(text, folded, valueSpan.end);
  const paired = unit ? undefined : PAIRED.exec(folded.slice(valueSpan.end, valueSpan.end + 12));
  const borrowed = unit || paired ? undefined : borrowUnit(text, folded, valueSpan.end);
  const { mention, forward, series } = attribute(ctx, valueSpan, unit ?? borrowed);
  let cursor = unit?.end ?? valueSpan.end + (paired?.[0].length ?? 0);
  if (forward && mention) {
    cursor = mention.end;
    if (!unit) {
      unit = readUnit(text, folded, mention.end);
      cursor = unit?.end ?? cursor;
    }
  }
  const valueUnit = unit ?? borrowed;
  const valueText = text.slice(valueSpan.start, valueSpan.end);
  const isCount = mention !== undefined && analyteEntry(mention.key)?.kind === "count";
  const style = isPlainCountUnit(valueUnit?.normalized) || (!valueUnit && isCount) ? "count" : "decimal";
  const value = parseNumber(valueText, style);
  // A bare number before an analyte ("27 000 plaquettes") is a value only for a plausible cell count.
  if (forward && !unit && !(isCount && value >= 100)) return undefined;
  const range = readRange(text, folded, cursor, style);
  if (!valueUnit && !forward && !series && !(mention && !mention.implied && TIGHT_GAP.test(folded.slice(mention.end, valueSpan.start)) && (range || unitlessResult(ctx, mention, valueSpan, paired ?? null)))) return undefined;
  const analyteSpan = mention ?? unknownLabel(ctx, valueSpan, valueUnit, range);
  if (!analyteSpan) return undefined;
  if (mention) ctx.used.add(mention);
  const end = Math.max(range ? range.span.end + closingBracket(text, range.span.end) : 0, cursor);
  const start = Math.min(analyteSpan.start, valueSpan.start);
  const label = text.slice(analyteSpan.start, analyteSpan.end);
  const entry = mention ? analyteEntry(csfKey(folded, mention.key, valueSpan.start)) : undefined;
  const draft: LabDraft = {
    analyte: entry?.key ?? "unknown",
    name: entry?.fr ?? label,
    label,
    implied: mention?.implied ?? false,
    value,
    valueText,
    text: text.slice(start, end),
    span: { start, end },
    analyteSpan: { start: analyteSpan.start, end: analyteSpan.end },
    valueSpan,
  };
  if (valueUnit) {
    draft.unit = valueUnit.raw;
    draft.unitNormalized = valueUnit.normalized;
    draft.unitSpan = { start: valueUnit.start, end: valueUnit.end };
  }
  const lookback = Math.max(ctx.consumed, Math.min(analyteSpan.start, valueSpan.start) - 25);
  const comparator = COMPARATOR.exec(folded.slice(Math.max(ctx.consumed, valueSpan.start - 20), valueSpan.start))?.[1];
  if (comparator) draft.comparator = COMPARATOR_SIGN[comparator] ?? (/^(?:inf|moins)/.test(comparator) ? "<" : ">");
  const stated = statedFlag(folded.slice(lookback, valueSpan.start));
  if (stated) draft.statedFlag = stated;
  if (range) {
    draft.range = range;
    draft.flag = flagOf(value, range);
  }
  return { draft, end, mention, unit: valueUnit };
}

function readUnit(text: string, folded: string, position: number): Unit | undefined {
  LAB_UNIT.lastIndex = position;
  const m = LAB_UNIT.exec(folded);
  if (!m) return undefined;
  const start = position + m[0].length - m[0].trimStart().length;
  const end = position + m[0].length;
  const raw = text.slice(start, end);
  return { start, end, raw, normalized: normalizeLabUnit(raw) };
}

/** "de 7.8 à 10.7g/dl": the first value takes the unit written once after the second. */
function borrowUnit(text: string, folded: string, position: number): Unit | undefined {
  BORROW.lastIndex = position;
  const m = BORROW.exec(folded);
  if (!m) return undefined;
  const unit = readUnit(text, folded, BORROW.lastIndex);
  return unit && unit.normalized !== "%" ? unit : undefined;
}

/**
 * Order of preference: "4 % de blastes" (analyte after "de"/"of"), "Hb 7,9 g/dl" (analyte right
 * before), "13 000 plaquettes/mcl" or "40% blasts" (analyte right after a bare count or a
 * percentage), the previous result's analyte for a series, the nearest analyte before the value
 * in its sentence, then the cell word inside the unit ("235 leucocytes/mm3").
 */
function attribute(ctx: Context, valueSpan: Span, unit: Unit | undefined): { mention?: AnalyteMention; forward: boolean; series?: boolean } {
  const { folded, mentions, used } = ctx;
  const after = unit && unit.start >= valueSpan.end && unit.start - valueSpan.end < 3 ? unit.end : valueSpan.end;
  const connected = mentionAt(folded, mentions, used, after, unit?.normalized === "%" ? CONNECTOR_PERCENT : CONNECTOR);
  if (connected) return { mention: connected, forward: true };
  const nearest = backwardMention(ctx, valueSpan.start);
  if (nearest && !nearest.implied && TIGHT_GAP.test(folded.slice(nearest.end, valueSpan.start))) return { mention: nearest, forward: false };
  // "ADAMTS13 effondrée et la sérotonine à 350 ng/mL": another noun phrase stands between, the analyte is not this value's.
  const before = nearest && OTHER_SUBJECT.test(folded.slice(nearest.end, valueSpan.start)) ? undefined : nearest;
  if (!unit || unit.normalized === "%") {
    const adjacent = mentionAt(folded, mentions, used, after, SPACES);
    if (adjacent) return { mention: adjacent, forward: true };
  }
  const previous = ctx.previous;
  if (previous?.mention && !before && valueSpan.start - previous.end < 24 && SERIES_GAP.test(folded.slice(previous.end, valueSpan.start))) return { mention: previous.mention, forward: false, series: true };
  if (before) return { mention: before, forward: false };
  const inner = unit ? mentions[lastAtOrBefore(mentions, unit.start, (x) => x.start)] : undefined;
  if (inner && unit && inner.start >= unit.start && inner.end <= unit.end && !used.has(inner)) return { mention: inner, forward: false };
  return { forward: false };
}

/** An explicit, unused analyte mention starting right after `sticky` matches at `position`. */
function mentionAt(folded: string, mentions: AnalyteMention[], used: Set<AnalyteMention>, position: number, sticky: RegExp) {
  sticky.lastIndex = position;
  if (!sticky.exec(folded) || sticky.lastIndex === position) return undefined;
  const at = sticky.lastIndex;
  const m = mentions[lastAtOrBefore(mentions, at, (x) => x.start)];
  return m && m.start === at && !m.implied && !used.has(m) ? m : undefined;
}

/** Mentions do not overlap, so sorting by start also sorts by end. Bracketed asides do not count in the distance. */
function backwardMention(ctx: Context, position: number) {
  const m = ctx.mentions[lastAtOrBefore(ctx.mentions, position, (x) => x.end)];
  if (!m || m.start < ctx.consumed || ctx.used.has(m)) return undefined;
  if (position - m.end > 4 * MAX_GAP) return undefined;
  const gap = ctx.folded.slice(m.end, position);
  if (gap.replace(/\([^()]*\)/g, "").length > MAX_GAP || SENTENCE_BREAK.test(gap)) return undefined;
  return m;
}

/** A value without unit after an explicit analyte is a result unless a size, a duration or a count of things follows. */
function unitlessResult(ctx: Context, mention: AnalyteMention, valueSpan: Span, paired: RegExpExecArray | null): boolean {
  if (analyteEntry(mention.key)?.unitless || paired) return true;
  return !NOT_A_RESULT_AFTER.test(ctx.folded.slice(valueSpan.end, valueSpan.end + 14));
}

/** The label of an unlisted analyte, when the value has the shape of a result and is not a clinical measurement or a dose. */
function unknownLabel(ctx: Context, valueSpan: Span, unit: Unit | undefined, range: LabRange | undefined): Span | undefined {
  if (!range && !isConcentrationUnit(unit?.normalized)) return undefined;
  const from = Math.max(ctx.consumed, valueSpan.start - 80);
  const span = labelBefore(ctx.folded, from, valueSpan.start);
  if (!span || CLINICAL_LABEL.test(ctx.folded.slice(span.start, span.end))) return undefined;
  const drug = ctx.drugs[lastAtOrBefore(ctx.drugs, valueSpan.start, (d) => d.start)];
  if (drug && drug.end > span.start - 2) return undefined;
  return span;
}

/** The cerebrospinal fluid's cell count when its sentence (up to the value) speaks of the fluid. */
function csfKey(folded: string, key: string, position: number): string {
  const csf = CSF_COUNTS[key];
  if (!csf) return key;
  const from = Math.max(0, position - 400);
  const before = folded.slice(from, position);
  const breakAt = Math.max(before.lastIndexOf(". "), before.lastIndexOf(".\n"), before.lastIndexOf("\n\n"));
  return CSF_CONTEXT.test(before.slice(breakAt + 1)) ? csf : key;
}

function inside(mentions: AnalyteMention[], position: number): boolean {
  const m = mentions[lastAtOrBefore(mentions, position, (x) => x.start)];
  return m !== undefined && position < m.end;
}

/** "0,3-2 %" is a range of percentages, not a value. */
function isRangeBound(folded: string, span: Span): boolean {
  return /\d[ \t]*-[ \t]*$/.test(folded.slice(Math.max(0, span.start - 4), span.start)) || /^[ \t]*-[ \t]*\d/.test(folded.slice(span.end, span.end + 4));
}

function closingBracket(text: string, position: number): number {
  const m = /^[ \t]*[)\]]/.exec(text.slice(position, position + 4));
  return m ? m[0].length : 0;
}

function flagOf(value: number, range: LabRange): LabFlag {
  if (range.low !== undefined && value < range.low) return "low";
  if (range.high !== undefined && value > range.high) return "high";
  return "normal";
}
