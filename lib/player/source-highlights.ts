/** The source document split into plain runs and highlighted passages, each tied to where the case used it. */
import type { CaseDefinition } from "@/lib/content/schema";
import { locateQuote } from "@/lib/content/quotes";

export type SourceUse = { quote: string; stageIndex: number | null; anchor: string };
export type SourceSegment = { text: string; highlight?: { id: string; stages: number[] } };

/** Every quote the case cites, with the stage where it appears (null: metadata such as errata). */
export function collectQuotes(def: CaseDefinition): { quote: string; stageIndex: number | null }[] {
  const out: { quote: string; stageIndex: number | null }[] = [];
  def.stages.forEach((stage, stageIndex) => {
    for (const q of stage.sources) out.push({ quote: q, stageIndex });
    for (const f of stage.findings) {
      if ("source" in f && f.source) out.push({ quote: f.source, stageIndex });
      if (f.kind === "lab") for (const r of f.rows) if (r.source) out.push({ quote: r.source, stageIndex });
      if (f.kind === "vitals") for (const i of f.items) if (i.source) out.push({ quote: i.source, stageIndex });
    }
    for (const i of stage.investigations) if (i.source) out.push({ quote: i.source, stageIndex });
    for (const q of stage.questions) if (q.source) out.push({ quote: q.source, stageIndex });
  });
  for (const e of def.errata) out.push({ quote: e.quote, stageIndex: null });
  return out;
}

export function highlightSource(def: CaseDefinition): SourceSegment[] {
  const spans: { start: number; end: number; stages: Set<number> }[] = [];
  for (const { quote, stageIndex } of collectQuotes(def)) {
    const span = locateQuote(def.sourceText, quote);
    if (!span) continue;
    const existing = spans.find((s) => span.start < s.end && span.end > s.start);
    if (existing) {
      // Overlapping quotes merge into one highlighted passage.
      existing.start = Math.min(existing.start, span.start);
      existing.end = Math.max(existing.end, span.end);
      if (stageIndex !== null) existing.stages.add(stageIndex);
    } else {
      spans.push({ ...span, stages: new Set(stageIndex === null ? [] : [stageIndex]) });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const segments: SourceSegment[] = [];
  let cursor = 0;
  spans.forEach((s, i) => {
    if (s.start < cursor) return;
    if (s.start > cursor) segments.push({ text: def.sourceText.slice(cursor, s.start) });
    segments.push({ text: def.sourceText.slice(s.start, s.end), highlight: { id: `src-${i + 1}`, stages: [...s.stages].sort((a, b) => a - b) } });
    cursor = s.end;
  });
  if (cursor < def.sourceText.length) segments.push({ text: def.sourceText.slice(cursor) });
  return segments;
}

/** The anchor of the highlighted passage holding a quote, so findings can link to it. */
export function anchorForQuote(segments: SourceSegment[], sourceText: string, quote: string): string | null {
  const span = locateQuote(sourceText, quote);
  if (!span) return null;
  let offset = 0;
  for (const seg of segments) {
    const end = offset + seg.text.length;
    if (seg.highlight && span.start >= offset && span.start < end) return seg.highlight.id;
    offset = end;
  }
  return null;
}
