/**
 * Cuts the document into runs for the review page: plain text, and text covered by extracted items
 * (section headings, lab values, timeline events, treatments), overlapping items sharing a run.
 * The page renders runs as text nodes, never as HTML. Pure module.
 */
import type { Extraction, Span } from "@/lib/import/types";

export type ItemKind = "heading" | "lab" | "event" | "treatment";
export type ItemRef = { kind: ItemKind; index: number };
export type Segment = { start: number; end: number; items: ItemRef[]; /** Items whose span starts here (for anchors). */ starts: ItemRef[] };

type Kept = { lab: (i: number) => boolean; event: (i: number) => boolean; treatment: (i: number) => boolean };

export function itemSpans(extraction: Extraction, kept: Kept): (ItemRef & { span: Span })[] {
  const out: (ItemRef & { span: Span })[] = [];
  extraction.sections.forEach((s, index) => {
    if (s.fromHeading && s.titleSpan) out.push({ kind: "heading", index, span: s.titleSpan });
  });
  extraction.labs.forEach((l, index) => kept.lab(index) && out.push({ kind: "lab", index, span: l.span }));
  extraction.events.forEach((e, index) => kept.event(index) && out.push({ kind: "event", index, span: e.span }));
  extraction.treatments.forEach((t, index) => kept.treatment(index) && out.push({ kind: "treatment", index, span: t.span }));
  return out.filter((i) => i.span.end > i.span.start);
}

const key = (refs: ItemRef[]) => refs.map((r) => `${r.kind}:${r.index}`).join(",");

export function highlightSegments(textLength: number, items: (ItemRef & { span: Span })[]): Segment[] {
  const cuts = new Set<number>([0, textLength]);
  for (const i of items) {
    cuts.add(Math.max(0, Math.min(textLength, i.span.start)));
    cuts.add(Math.max(0, Math.min(textLength, i.span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [start, end] = [points[k], points[k + 1]];
    const covering = items.filter((i) => i.span.start < end && i.span.end > start);
    const refs = covering.map(({ kind, index }) => ({ kind, index }));
    const starts = covering.filter((i) => i.span.start === start).map(({ kind, index }) => ({ kind, index }));
    const last = segments[segments.length - 1];
    if (last && starts.length === 0 && key(last.items) === key(refs)) last.end = end;
    else segments.push({ start, end, items: refs, starts });
  }
  return segments;
}
