/**
 * Treatments: dictionary drugs with their dose and schedule.
 *  - "20 mg de tamoxifène", "80 mg d'énoxaparine/24 heures": a dose right before "de <drug>";
 *  - "docétaxel 100 mg/m2", "paclitaxel à une dose de 55 mg/m²", "énoxaparine … (40 mg/24 heures)":
 *    the first unclaimed dose within 50 characters after the drug, in the same sentence, with no
 *    other drug in between;
 *  - "filgrastim 300": a bare number right after the drug is a dose without unit.
 * A schedule follows the dose (or the drug); drugs joined by "+", "et" or "," before a schedule
 * share it ("fluorouracil 600 mg/m2 + épirubicine 90 mg/m² + cyclophosphamide 600 mg/m² tous les
 * 21 jours").
 */
import { DOSE_UNIT, PER_TIME, normalizeDoseUnit } from "./dose-units";
import { drugEntry } from "./drugs";
import { COUNTED_PRODUCTS } from "./drugs-general";
import { findDrugMentions, type DrugMention } from "./find-drugs";
import { foldText } from "../text/fold-text";
import { findNumbers } from "../text/find-numbers";
import { parseNumber } from "../text/parse-number";
import { readSchedule } from "./schedules";
import { lastAtOrBefore } from "../text/search-sorted";
import type { Dose, Span, Treatment } from "../types";

export type TreatmentDraft = Omit<Treatment, "sectionIndex">;

type DoseCandidate = Span & { valueText: string; unitSpan?: Span; claimed: boolean };

const OF = /\s*(?:de\s|d'|of\s|del?\s)/y;
const BARE = /^\s*:?\s*$/;
/** What may follow a bare number for it to be a dose: punctuation or a conjunction, not a word such as "cycles". */
const BARE_END = /^(?:\s*(?:[,;.)]|$)|\s+(?:et|and|y|puis|then|par|per|pendant|for|x)(?![\p{L}]))/u;
const SENTENCE_BREAK = /[.!?;](?:\s|$)|\n[ \t]*\n/;
const MAX_GAP = 50;

export function extractTreatments(text: string): TreatmentDraft[] {
  const folded = foldText(text);
  const drugs = findDrugMentions(text, folded);
  const doses = findDoses(folded, drugs);
  // Doses written before their drug are claimed first, so a previous drug cannot take them.
  const before = drugs.map((drug) => (COUNTED_PRODUCTS.has(drug.key) ? unitsBefore(folded, doses, drug) : doseBefore(folded, doses, drug)));
  const items = drugs.map((drug, i) =>
    COUNTED_PRODUCTS.has(drug.key) ? build(text, folded, drug, before[i], true) : build(text, folded, drug, before[i] ?? doseAfter(folded, doses, drugs, drug), Boolean(before[i])),
  );
  shareSchedules(text, items);
  return withContinuations(text, folded, items, doses, drugs);
}

const WORD_COUNTS: Record<string, number> = { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 };
const UNITS_BEFORE = /(?<![\p{L}\d])(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:(?:poches?|unites?|flacons?|seances?|culots?)\s+(?:de\s+|d'))?$/u;

/** Blood products and procedures: "2 concentrés globulaires", "deux poches de concentré de globule rouge", "3 poches de PFC". */
function unitsBefore(folded: string, doses: DoseCandidate[], drug: DrugMention): DoseCandidate | undefined {
  const m = UNITS_BEFORE.exec(folded.slice(Math.max(0, drug.start - 30), drug.start));
  if (!m) return undefined;
  const start = drug.start - m[0].length;
  const words = WORD_COUNTS[m[1]];
  const dose = doses[lastAtOrBefore(doses, start, (d) => d.start)];
  if (dose && dose.start === start) dose.claimed = true;
  return { start, end: start + m[1].length, valueText: words ? String(words) : m[1], claimed: true };
}

/** "acide tranexamique de 10 mg.kg-1 suivie d'une perfusion continue de 1 mg.kg-1.h-1": the second dose is the same drug's. */
const CONTINUATION = /^\s*,?\s*(?:suivie?s?|relaye(?:e|s)? (?:par|d')|puis)\s+(?:d'une?|de|par|une?)?\s*(?:(?:perfusion|dose|injection|bolus|entretien)(?:\s+(?:continue|d'entretien|intraveineuse))?\s+(?:de|a)\s+)?$/u;
function withContinuations(text: string, folded: string, items: TreatmentDraft[], doses: DoseCandidate[], drugs: DrugMention[]): TreatmentDraft[] {
  const out: TreatmentDraft[] = [];
  for (const item of items) {
    out.push(item);
    if (!item.dose) continue;
    const next = doses[lastAtOrBefore(doses, item.span.end - 1, (d) => d.start) + 1];
    if (!next || next.claimed || !next.unitSpan || !CONTINUATION.test(folded.slice(item.span.end, next.start))) continue;
    const drugAfter = drugs[lastAtOrBefore(drugs, item.span.end - 1, (d) => d.start) + 1];
    if (drugAfter && drugAfter.start < next.start) continue;
    next.claimed = true;
    const unit = text.slice(next.unitSpan!.start, next.unitSpan!.end);
    const dose: Dose = { value: parseNumber(next.valueText, "count"), unit, unitNormalized: normalizeDoseUnit(unit), text: text.slice(next.start, next.end), span: { start: next.start, end: next.end } };
    out.push({ ...item, dose, schedule: undefined, text: text.slice(next.start, next.end), span: { start: next.start, end: next.end } });
  }
  return out;
}

function findDoses(folded: string, drugs: DrugMention[]): DoseCandidate[] {
  const doses: DoseCandidate[] = [];
  for (const { start, end, text } of findNumbers(folded)) {
    const drug = drugs[lastAtOrBefore(drugs, start, (d) => d.start)];
    if (drug && start < drug.end) continue;
    DOSE_UNIT.lastIndex = end;
    const unit = DOSE_UNIT.exec(folded);
    const unitSpan = unit ? { start: end + unit[0].length - unit[0].trimStart().length, end: end + unit[0].length } : undefined;
    doses.push({ start, end: unitSpan?.end ?? end, valueText: text, unitSpan, claimed: false });
  }
  return doses;
}

/** Doses do not overlap, so sorting by start also sorts by end. */
function doseBefore(folded: string, doses: DoseCandidate[], drug: DrugMention) {
  const dose = doses[lastAtOrBefore(doses, drug.start, (d) => d.end)];
  if (!dose || dose.claimed || !dose.unitSpan) return undefined;
  OF.lastIndex = dose.end;
  if (!OF.exec(folded) || OF.lastIndex !== drug.start) return undefined;
  dose.claimed = true;
  return dose;
}

function doseAfter(folded: string, doses: DoseCandidate[], drugs: DrugMention[], drug: DrugMention) {
  const next = drugs[lastAtOrBefore(drugs, drug.start, (d) => d.start) + 1];
  for (let i = lastAtOrBefore(doses, drug.end - 1, (d) => d.start) + 1; i < doses.length; i++) {
    const dose = doses[i];
    const gap = folded.slice(drug.end, dose.start);
    if (gap.length > MAX_GAP || SENTENCE_BREAK.test(gap) || (next && next.start < dose.start)) return undefined;
    if (dose.claimed) continue;
    if (!dose.unitSpan && !(gap.length > 0 && BARE.test(gap) && BARE_END.test(folded.slice(dose.end, dose.end + 12)))) continue;
    dose.claimed = true;
    return dose;
  }
  return undefined;
}

function build(text: string, folded: string, drug: DrugMention, candidate: DoseCandidate | undefined, before: boolean): TreatmentDraft {
  const entry = drugEntry(drug.key);
  let end = drug.end;
  let dose: Dose | undefined;
  if (candidate) {
    const style = "count";
    dose = { value: parseNumber(candidate.valueText, style), text: text.slice(candidate.start, candidate.end), span: { start: candidate.start, end: candidate.end } };
    let unit = candidate.unitSpan ? text.slice(candidate.unitSpan.start, candidate.unitSpan.end) : undefined;
    if (before) {
      PER_TIME.lastIndex = drug.end;
      const per = PER_TIME.exec(folded);
      if (per && unit) {
        unit += text.slice(drug.end, drug.end + per[0].length).trim();
        end = drug.end + per[0].length;
      }
    } else end = candidate.end;
    if (unit) {
      dose.unit = unit;
      dose.unitNormalized = normalizeDoseUnit(unit);
    }
  }
  const label = text.slice(drug.start, drug.end);
  const item: TreatmentDraft = { drug: drug.key, name: entry?.fr ?? label.charAt(0).toUpperCase() + label.slice(1), label, drugSpan: { start: drug.start, end: drug.end }, text: "", span: { start: 0, end: 0 } };
  if (drug.stem) item.fromStem = true;
  if (dose) item.dose = dose;
  const schedule = readSchedule(folded, end);
  if (schedule) {
    item.schedule = { text: text.slice(schedule.start, schedule.end), span: schedule };
    end = schedule.end;
  }
  const start = Math.min(drug.start, dose?.span.start ?? drug.start);
  item.span = { start, end };
  item.text = text.slice(start, end);
  return item;
}

function shareSchedules(text: string, items: TreatmentDraft[]) {
  for (let i = items.length - 2; i >= 0; i--) {
    const [a, b] = [items[i], items[i + 1]];
    if (a.schedule || !b.schedule) continue;
    if (/^\s*(?:\+|,|et|and|y|plus)\s*(?:(?:de|du|la|le|les)\s|d')?\s*$/i.test(text.slice(a.span.end, b.span.start))) a.schedule = { ...b.schedule };
  }
}
