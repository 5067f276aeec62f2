/**
 * A proposed stage plan for a progressive case, from an extraction. Story sections (history,
 * examination, investigations, diagnosis, treatment, outcome, other) become stages in document
 * order; introduction, discussion and conclusion are left for the debrief. Inside a section, a new
 * stage begins at a sentence that opens with a time expression ("En août 2014, …", "Peu après, …"),
 * except anchors to the current moment ("Lors de l'admission", "Au moment de notre évaluation");
 * a part shorter than 250 characters joins the previous one.
 */
import { lastAtOrBefore } from "./text/search-sorted";
import type { Extraction, ProposedStage, Section, Span, TimelineEvent } from "./types";

const DEBRIEF = new Set(["intro", "discussion", "conclusion"]);
const OPENING = 40;
const MIN_PART = 250;
/** Relative expressions that stay at the current moment rather than move the story forward. */
const ANCHOR = /^(?:lors|au moment|à l['’]|a l['’]|dès l['’]|on admission|at |upon |al ingreso)/i;

/** `text` is the string the extraction was made from. */
export function proposeStages(extraction: Extraction, text: string): ProposedStage[] {
  const stages: ProposedStage[] = [];
  const eventsBySection = new Map<number, TimelineEvent[]>();
  for (const e of [...extraction.events].sort((a, b) => a.span.start - b.span.start)) {
    const list = eventsBySection.get(e.sectionIndex) ?? [];
    list.push(e);
    eventsBySection.set(e.sectionIndex, list);
  }
  const eventPositions = positions(extraction.events.map((e) => e.span));
  const labPositions = positions(extraction.labs.map((l) => l.valueSpan));
  const treatmentPositions = positions(extraction.treatments.map((t) => t.drugSpan));
  extraction.sections.forEach((section, sectionIndex) => {
    if (DEBRIEF.has(section.kind)) return;
    const events = eventsBySection.get(sectionIndex) ?? [];
    const parts = cutByTime(text, section, events);
    parts.forEach((part, i) => {
      const opening = part.event;
      const title = i === 0 ? firstTitle(section, events, part.span) : `${section.title} — ${opening!.text}`;
      const stage: ProposedStage = {
        title,
        basis: parts.length > 1 ? "date" : "section",
        sectionIndex,
        span: i === 0 ? { start: section.span.start, end: part.span.end } : part.span,
        eventIndexes: indexesIn(eventPositions, part.span),
        labIndexes: indexesIn(labPositions, part.span),
        treatmentIndexes: indexesIn(treatmentPositions, part.span),
      };
      const titleSpan = i === 0 ? section.titleSpan : opening?.span;
      if (titleSpan) stage.titleSpan = titleSpan;
      stages.push(stage);
    });
  });
  return stages;
}

type Part = { span: Span; event?: TimelineEvent };

function cutByTime(text: string, section: Section, events: TimelineEvent[]): Part[] {
  const body = section.bodySpan;
  const parts: Part[] = [{ span: { ...body } }];
  for (const event of events) {
    const sentenceStart = event.descriptionSpan.start;
    const opensSentence = event.span.start - sentenceStart <= OPENING;
    const current = parts[parts.length - 1];
    if (!opensSentence || sentenceStart <= current.span.start || ANCHOR.test(event.text)) continue;
    current.span.end = trimEnd(text, current.span, sentenceStart);
    parts.push({ span: { start: sentenceStart, end: body.end }, event });
  }
  const merged: Part[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last && part.span.end - part.span.start < MIN_PART) last.span.end = part.span.end;
    else merged.push(part);
  }
  return merged;
}

function firstTitle(section: Section, events: TimelineEvent[], span: Span): string {
  const dated = events.find((e) => e.kind === "absolute" && e.span.start >= span.start && e.span.end <= span.end);
  return dated ? `${section.title} — ${dated.text}` : section.title;
}

type Position = Span & { index: number };

/** Item spans sorted by start, each with its index in the extraction's array. */
function positions(spans: Span[]): Position[] {
  return spans.map((s, index) => ({ ...s, index })).sort((a, b) => a.start - b.start);
}

/** Indexes of the items whose span lies within `span`, in increasing order. */
function indexesIn(sorted: Position[], span: Span): number[] {
  const indexes: number[] = [];
  for (let i = lastAtOrBefore(sorted, span.start - 1, (p) => p.start) + 1; i < sorted.length && sorted[i].start < span.end; i++) {
    if (sorted[i].end <= span.end) indexes.push(sorted[i].index);
  }
  return indexes.sort((a, b) => a - b);
}

function trimEnd(text: string, span: Span, end: number): number {
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return end;
}
