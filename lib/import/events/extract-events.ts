/**
 * Dated and relative events, ordered into a timeline. A month written without its year
 * ("jusqu'en février") takes the year that puts it at or after the previous absolute date.
 * Absolute dates are sorted; a relative event ("peu après") is placed after the absolute event
 * that precedes it in the text — the latest date written so far, so that a date recalled in
 * passing ("traitée par létrozole depuis 2021") does not pull the story back. Relative events
 * before any date come first. Each event is described by its clause: the sentence, cut between
 * two time expressions that share it.
 */
import { foldText } from "../text/fold-text";
import { findSentences, sentenceAt } from "../text/sentences";
import { findTimeExpressions, type TimeMatch } from "./time-expressions";
import type { Span, TimelineEvent } from "../types";

export type EventDraft = Omit<TimelineEvent, "sectionIndex">;

export function extractEvents(text: string): EventDraft[] {
  const folded = foldText(text);
  const matches = findTimeExpressions(text, folded);
  const dates = resolveDates(matches);
  const descriptions = describe(text, matches);
  let anchor: { date?: string; index: number } = { index: -1 };
  const keyed = matches.map((m, i) => {
    const event: EventDraft = {
      text: text.slice(m.start, m.end),
      kind: m.kind,
      order: 0,
      span: { start: m.start, end: m.end },
      description: text.slice(descriptions[i].start, descriptions[i].end),
      descriptionSpan: descriptions[i],
    };
    const date = dates[i];
    if (m.kind === "absolute") {
      if (date) event.date = date.value;
      if (date?.inferred) event.yearInferred = true;
      if (date && (!anchor.date || date.value >= anchor.date)) anchor = { date: date.value, index: i };
      return { event, key: [date?.value ?? anchor.date ?? "", i, i] as const };
    }
    if (anchor.date) event.after = anchor.date;
    return { event, key: [anchor.date ?? "", anchor.index, i] as const };
  });
  keyed.sort((a, b) => compare(a.key[0], b.key[0]) || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
  return keyed.map(({ event }, order) => ({ ...event, order }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type ResolvedDate = { value: string; inferred: boolean };

function resolveDates(matches: TimeMatch[]): (ResolvedDate | undefined)[] {
  const result: (ResolvedDate | undefined)[] = matches.map((m) =>
    m.kind === "absolute" && m.year !== undefined ? { value: format(m.year, m.month), inferred: false } : undefined,
  );
  // The nearest dated match before and after each match, found in two passes (not a search per match).
  const dated = (m: TimeMatch) => m.kind === "absolute" && m.year !== undefined;
  const nearest = (list: TimeMatch[]) => {
    let seen: TimeMatch | undefined;
    return list.map((m) => {
      const before = seen;
      if (dated(m)) seen = m;
      return before;
    });
  };
  const previousDated = nearest(matches);
  const nextDated = nearest([...matches].reverse()).reverse();
  matches.forEach((m, i) => {
    if (m.kind !== "absolute" || m.year !== undefined || m.month === undefined) return;
    const previous = previousDated[i];
    const next = nextDated[i];
    let year: number | undefined;
    if (previous) year = previous.year! + (m.month < (previous.month ?? 1) ? 1 : 0);
    else if (next) year = next.year! - (m.month > (next.month ?? 12) ? 1 : 0);
    if (year !== undefined) result[i] = { value: format(year, m.month), inferred: true };
  });
  return result;
}

function format(year: number, month?: number): string {
  return month ? `${year}-${String(month).padStart(2, "0")}` : String(year);
}

/** The sentence of each time expression, cut at a clause separator between expressions sharing it. */
function describe(text: string, matches: TimeMatch[]): Span[] {
  const sentences = findSentences(text);
  const sentenceOf = matches.map((m) => sentenceAt(sentences, m.start));
  const spans = sentenceOf.map((s) => ({ ...s }));
  for (let i = 0; i + 1 < matches.length; i++) {
    if (sentenceOf[i] !== sentenceOf[i + 1]) continue;
    const between = text.slice(matches[i].end, matches[i + 1].start);
    const cut = lastSeparator(between);
    const at = matches[i].end + (cut ?? between.length);
    spans[i].end = at;
    spans[i + 1].start = cut === undefined ? matches[i + 1].start : at;
  }
  return spans.map((s) => trimClause(text, s));
}

function lastSeparator(between: string): number | undefined {
  let best: number | undefined;
  for (const m of between.matchAll(/[,;:]\s|\s(?:et|puis|and|then|y)\s/g)) best = m.index;
  return best;
}

function trimClause(text: string, span: Span): Span {
  let { start, end } = span;
  const lead = /^[\s,;:]*(?:(?:et|puis|and|then|y)\s*,?\s*)?/u.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  const tail = /[\s,;:]*(?:\s(?:et|puis|and|then|y))?[\s,;:]*$/u.exec(text.slice(start, end));
  if (tail) end -= tail[0].length;
  return end > start ? { start, end } : span;
}
