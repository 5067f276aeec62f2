/**
 * Laboratory values: a number with a lab unit (or a count written before its analyte, or a value
 * right after an analyte that has no unit, such as the INR), attributed to
 *  1. the analyte written right after it ("4 % de blastes", "13 000 plaquettes/mcl", "40% blasts"),
 *     unless an analyte stands right before it ("blastes 28 % monocytes 10 %"), else
 *  2. the nearest analyte mention before it in the same sentence, within 60 characters, that no
 *     earlier value has used ("hémoglobine 10,6 g/dl", "une thrombopénie (22 G/L)",
 *     "hyperleucocytose transitoire atteignant jusqu'à 40 G/L"), else
 *  3. when a reference range follows, the one to three words just before it ("clés 25,0 %
 *     (0,0-7,0)"), as analyte "unknown".
 * A reference range right after the value or unit is parsed and sets the flag.
 */
import { analyteEntry } from "./analytes";
import { findAnalyteMentions, type AnalyteMention } from "./find-analytes";
import { foldText } from "../text/fold-text";
import { readRange } from "./lab-range";
import { LAB_UNIT, isPlainCountUnit, normalizeLabUnit } from "./lab-units";
import { NUMBER_SOURCE, parseNumber } from "../text/parse-number";
import { lastAtOrBefore } from "../text/search-sorted";
import type { LabFlag, LabRange, LabValue, Span } from "../types";

export type LabDraft = Omit<LabValue, "sectionIndex">;

type Unit = Span & { raw: string; normalized: string | undefined };

const NUMBER = new RegExp(NUMBER_SOURCE, "gu");
const CONNECTOR = /\s*(?:de\s|d'|des\s|du\s|of\s|de\slos\s|de\slas\s)/uy;
const SPACES = /\s+/y;
const SENTENCE_BREAK = /[.!?;](?:\s|$)|\n[ \t]*\n/;
const TIGHT_GAP = /^\s*(?::|=|a|de|of|at)?\s*$/;
const MAX_GAP = 60;
const COMPARATOR = /(<=|>=|<|>|≤|≥|inferieure?s? a|superieure?s? a|less than|greater than|more than|below|above|menor de|mayor de)\s*$/;
const COMPARATOR_SIGN: Record<string, NonNullable<LabValue["comparator"]>> = { "<=": "≤", ">=": "≥", "<": "<", ">": ">", "≤": "≤", "≥": "≥", below: "<", above: ">", "less than": "<", "greater than": ">", "more than": ">", "menor de": "<", "mayor de": ">" };

export function extractLabs(text: string): LabDraft[] {
  const folded = foldText(text);
  const mentions = findAnalyteMentions(text, folded);
  const used = new Set<AnalyteMention>();
  const labs: LabDraft[] = [];
  let consumed = 0;
  for (const num of folded.matchAll(NUMBER)) {
    const valueSpan = { start: num.index, end: num.index + num[0].length };
    if (valueSpan.start < consumed || inside(mentions, valueSpan.start) || isRangeBound(folded, valueSpan)) continue;
    const lab = readLab(text, folded, mentions, used, consumed, valueSpan);
    if (!lab) continue;
    labs.push(lab.draft);
    consumed = lab.end;
  }
  return labs;
}

function readLab(text: string, folded: string, mentions: AnalyteMention[], used: Set<AnalyteMention>, consumed: number, valueSpan: Span) {
  let unit = readUnit(text, folded, valueSpan.end);
  const { mention, forward } = attribute(folded, mentions, used, consumed, valueSpan, unit);
  let cursor = unit?.end ?? valueSpan.end;
  if (forward && mention) {
    cursor = mention.end;
    if (!unit) {
      unit = readUnit(text, folded, mention.end);
      cursor = unit?.end ?? cursor;
    }
  }
  const valueText = text.slice(valueSpan.start, valueSpan.end);
  const isCount = mention !== undefined && analyteEntry(mention.key)?.kind === "count";
  const style = isPlainCountUnit(unit?.normalized) || (!unit && isCount) ? "count" : "decimal";
  const value = parseNumber(valueText, style);
  // A bare number before an analyte ("27 000 plaquettes") is a value only for a plausible cell count.
  if (forward && !unit && !(isCount && value >= 100)) return undefined;
  const range = readRange(text, folded, cursor, style);
  if (!unit && !forward && !(mention && TIGHT_GAP.test(folded.slice(mention.end, valueSpan.start)) && (range || analyteEntry(mention.key)?.unitless))) return undefined;
  const analyteSpan = mention ?? (range ? labelBefore(text, consumed, valueSpan.start) : undefined);
  if (!analyteSpan) return undefined;
  if (mention) used.add(mention);
  const end = Math.max(range ? range.span.end + closingBracket(text, range.span.end) : 0, cursor);
  const start = Math.min(analyteSpan.start, valueSpan.start);
  const label = text.slice(analyteSpan.start, analyteSpan.end);
  const entry = mention ? analyteEntry(mention.key) : undefined;
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
  if (unit) {
    draft.unit = unit.raw;
    draft.unitNormalized = unit.normalized;
    draft.unitSpan = { start: unit.start, end: unit.end };
  }
  const comparator = COMPARATOR.exec(folded.slice(Math.max(consumed, valueSpan.start - 20), valueSpan.start))?.[1];
  if (comparator) draft.comparator = COMPARATOR_SIGN[comparator] ?? (comparator.startsWith("inf") ? "<" : ">");
  if (range) {
    draft.range = range;
    draft.flag = flagOf(value, range);
  }
  return { draft, end };
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

/**
 * Order of preference: "4 % de blastes" (analyte after "de"/"of"), "Hb 7,9 g/dl" (analyte right
 * before), "13 000 plaquettes/mcl" or "40% blasts" (analyte right after a bare count or a
 * percentage), then the nearest analyte before the value in its sentence.
 */
function attribute(folded: string, mentions: AnalyteMention[], used: Set<AnalyteMention>, consumed: number, valueSpan: Span, unit: Unit | undefined) {
  const after = unit?.end ?? valueSpan.end;
  const connected = mentionAt(folded, mentions, used, after, CONNECTOR);
  if (connected) return { mention: connected, forward: true };
  const before = backwardMention(folded, mentions, used, consumed, valueSpan.start);
  if (before && !before.implied && TIGHT_GAP.test(folded.slice(before.end, valueSpan.start))) return { mention: before, forward: false };
  if (!unit || unit.normalized === "%") {
    const adjacent = mentionAt(folded, mentions, used, after, SPACES);
    if (adjacent) return { mention: adjacent, forward: true };
  }
  return { mention: before, forward: false };
}

/** An explicit, unused analyte mention starting right after `sticky` matches at `position`. */
function mentionAt(folded: string, mentions: AnalyteMention[], used: Set<AnalyteMention>, position: number, sticky: RegExp) {
  sticky.lastIndex = position;
  if (!sticky.exec(folded) || sticky.lastIndex === position) return undefined;
  const at = sticky.lastIndex;
  const m = mentions[lastAtOrBefore(mentions, at, (x) => x.start)];
  return m && m.start === at && !m.implied && !used.has(m) ? m : undefined;
}

/** Mentions do not overlap, so sorting by start also sorts by end. */
function backwardMention(folded: string, mentions: AnalyteMention[], used: Set<AnalyteMention>, consumed: number, position: number) {
  const m = mentions[lastAtOrBefore(mentions, position, (x) => x.end)];
  if (!m || m.start < consumed || used.has(m)) return undefined;
  const gap = folded.slice(m.end, position);
  if (gap.length > MAX_GAP || SENTENCE_BREAK.test(gap)) return undefined;
  return m;
}

/** One to three words right before the value, after the previous delimiter: an unlisted analyte. */
function labelBefore(text: string, consumed: number, position: number): Span | undefined {
  const from = Math.max(consumed, position - 80);
  // At the previous lab (or the start of the text) a label may begin without a delimiter.
  const prefix = from === consumed ? "\n" : "";
  const m = /[,;:(\n"«][ \t]*(\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,2})[ \t]*$/u.exec(prefix + text.slice(from, position));
  if (!m) return undefined;
  const start = from - prefix.length + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
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
