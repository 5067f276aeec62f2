/**
 * Matching of extracted items against hand-written expected ones, for scripts/import-eval.ts.
 * Each expected item is matched at most once, to the first unmatched extracted item that satisfies
 * the rule of its kind:
 *  - lab: same canonical analyte (for "unknown": same label, case and accents ignored), same value,
 *    same unit after normalizeLabUnit (both absent counts as same); the reference ranges agree
 *    (both absent, or same low and high) and, when the expected item has a flag (computed) or a
 *    stated flag (in words), the same;
 *  - event: same kind; absolute: same date; relative: one text contains the other (case, accents
 *    and white space ignored);
 *  - treatment: same drug, same dose value (both absent counts as same) and same unit after
 *    normalizeDoseUnit. Schedules are compared separately and reported, not counted.
 */
import { normalizeDoseUnit } from "../treatments/dose-units";
import type { ExpectedEvent, ExpectedLab, ExpectedTreatment } from "./expected-schema";
import { foldText } from "../text/fold-text";
import { normalizeLabUnit } from "../labs/lab-units";
import type { LabValue, Span, TimelineEvent, Treatment } from "../types";

export type MatchResult<E, X> = { pairs: [E, X][]; missed: E[]; spurious: X[] };

export function matchItems<E, X>(expected: E[], extracted: X[], same: (e: E, x: X) => boolean): MatchResult<E, X> {
  const free = new Set(extracted);
  const pairs: [E, X][] = [];
  const missed: E[] = [];
  for (const e of expected) {
    const x = extracted.find((candidate) => free.has(candidate) && same(e, candidate));
    if (x === undefined) missed.push(e);
    else {
      free.delete(x);
      pairs.push([e, x]);
    }
  }
  return { pairs, missed, spurious: extracted.filter((x) => free.has(x)) };
}

export const flat = (s: string) => foldText(s).replace(/\s+/g, " ").trim();
const sameNumber = (a: number | undefined, b: number | undefined) => (a === undefined ? b === undefined : b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));

export function sameLab(e: ExpectedLab, x: LabValue): boolean {
  const analyte = e.analyte === "unknown" ? x.analyte === "unknown" && flat(e.label) === flat(x.label) : e.analyte === x.analyte;
  const range = e.range ? x.range !== undefined && sameNumber(e.range.low, x.range.low) && sameNumber(e.range.high, x.range.high) : x.range === undefined;
  return (
    analyte &&
    sameNumber(e.value, x.value) &&
    normalizeLabUnit(e.unit) === normalizeLabUnit(x.unit) &&
    range &&
    (e.flag === undefined || e.flag === x.flag) &&
    (e.statedFlag === undefined || e.statedFlag === x.statedFlag)
  );
}

/** Where a quote occurs in the text (case, accents and white-space runs ignored); offsets into the text. */
export function quoteSpans(text: string, quote: string): Span[] {
  const folded = foldText(text);
  const pattern = foldText(quote.trim())
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
  const spans: Span[] = [];
  for (const m of folded.matchAll(new RegExp(pattern, "g"))) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/**
 * The lenient lab rule: same value, and the extracted value lies inside the expected quote, whatever
 * analyte, unit or range the extractor gave it (it found the right number at the right place).
 */
export function sameLabPlace(text: string): (e: ExpectedLab, x: LabValue) => boolean {
  const cache = new Map<string, Span[]>();
  return (e, x) => {
    if (!sameNumber(e.value, x.value)) return false;
    let spans = cache.get(e.quote);
    if (!spans) cache.set(e.quote, (spans = quoteSpans(text, e.quote)));
    return spans.some((s) => x.valueSpan.start >= s.start && x.valueSpan.end <= s.end);
  };
}

export function sameEvent(e: ExpectedEvent, x: TimelineEvent): boolean {
  if (e.kind !== x.kind) return false;
  if (e.kind === "absolute") return e.date === x.date;
  const [a, b] = [flat(e.text), flat(x.text)];
  return a.includes(b) || b.includes(a);
}

export function sameTreatment(e: ExpectedTreatment, x: Treatment): boolean {
  return e.drug === x.drug && sameNumber(e.dose, x.dose?.value) && normalizeDoseUnit(e.unit) === normalizeDoseUnit(x.dose?.unit);
}

export function sameSchedule(e: ExpectedTreatment, x: Treatment): boolean {
  return flat(e.schedule ?? "") === flat(x.schedule?.text ?? "");
}

/** Share of pairs of matched events that the extraction puts in the same order as the expected timeline. */
export function orderAgreement(pairs: [ExpectedEvent, TimelineEvent][], expected: ExpectedEvent[]): { agree: number; total: number } {
  let agree = 0;
  let total = 0;
  for (let i = 0; i < pairs.length; i++) {
    for (let j = i + 1; j < pairs.length; j++) {
      const expectedOrder = expected.indexOf(pairs[i][0]) - expected.indexOf(pairs[j][0]);
      const extractedOrder = pairs[i][1].order - pairs[j][1].order;
      total++;
      if (Math.sign(expectedOrder) === Math.sign(extractedOrder)) agree++;
    }
  }
  return { agree, total };
}
