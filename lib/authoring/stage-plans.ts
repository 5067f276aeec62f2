/**
 * The two stage plans offered when a case is created from a document: "by date" is the proposal of
 * lib/import (story sections cut where a new time begins); "by section" keeps one stage per story
 * section. Each planned stage knows the part of the document its narrative comes from and the
 * extracted items it holds. Pure module.
 */
import { proposeStages } from "@/lib/import/propose-stages";
import type { Extraction, ProposedStage, Span } from "@/lib/import/types";

export type PlanKind = "section" | "date";

export type PlanStage = {
  title: string;
  sectionIndex: number;
  /** The narrative: the stage's part of the section, without the heading. */
  narrativeSpan: Span;
  labIndexes: number[];
  eventIndexes: number[];
  treatmentIndexes: number[];
};

export type StagePlans = Record<PlanKind, PlanStage[]>;

function narrativeSpan(extraction: Extraction, stage: { sectionIndex: number; span: Span }): Span {
  const section = extraction.sections[stage.sectionIndex];
  const start = section ? Math.max(stage.span.start, section.bodySpan.start) : stage.span.start;
  return { start: Math.min(start, stage.span.end), end: stage.span.end };
}

function toPlanStage(extraction: Extraction, p: ProposedStage): PlanStage {
  return {
    title: p.title,
    sectionIndex: p.sectionIndex,
    narrativeSpan: narrativeSpan(extraction, p),
    labIndexes: p.labIndexes,
    eventIndexes: p.eventIndexes,
    treatmentIndexes: p.treatmentIndexes,
  };
}

const union = (a: number[], b: number[]) => [...new Set([...a, ...b])].sort((x, y) => x - y);

/** When no story section is found (e.g. only an introduction and a discussion), every section is a stage. */
function everySection(extraction: Extraction): ProposedStage[] {
  const inSpan = (spans: Span[], span: Span) => spans.flatMap((s, i) => (s.start >= span.start && s.end <= span.end ? [i] : []));
  return extraction.sections.map((section, sectionIndex) => ({
    title: section.title,
    basis: "section" as const,
    sectionIndex,
    span: section.span,
    labIndexes: inSpan(extraction.labs.map((l) => l.valueSpan), section.span),
    eventIndexes: inSpan(extraction.events.map((e) => e.span), section.span),
    treatmentIndexes: inSpan(extraction.treatments.map((t) => t.drugSpan), section.span),
  }));
}

export function stagePlans(extraction: Extraction, text: string): StagePlans {
  let proposed = proposeStages(extraction, text);
  if (proposed.length === 0) proposed = everySection(extraction);
  const date = proposed.map((p) => toPlanStage(extraction, p));
  const section: PlanStage[] = [];
  for (const stage of date) {
    const last = section[section.length - 1];
    if (last && last.sectionIndex === stage.sectionIndex) {
      last.narrativeSpan = { start: last.narrativeSpan.start, end: stage.narrativeSpan.end };
      last.labIndexes = union(last.labIndexes, stage.labIndexes);
      last.eventIndexes = union(last.eventIndexes, stage.eventIndexes);
      last.treatmentIndexes = union(last.treatmentIndexes, stage.treatmentIndexes);
    } else {
      const title = extraction.sections[stage.sectionIndex]?.title ?? stage.title;
      section.push({ ...stage, title, narrativeSpan: { ...stage.narrativeSpan } });
    }
  }
  return { section, date };
}
