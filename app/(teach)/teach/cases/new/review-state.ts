/** Client-side state of the extraction review, and what it sends to create the draft. */
import type { DocumentAnalysis } from "@/lib/authoring/analyse-document";
import type { AddedLab, ImportInput, LabDecision, LabEdit, StageDecision } from "@/lib/authoring/import-input";
import type { PlanKind } from "@/lib/authoring/stage-plans";
import type { LabValue } from "@/lib/import/types";

export type ReviewState = {
  plan: PlanKind;
  stages: Record<PlanKind, StageDecision[]>;
  labs: LabDecision[];
  events: boolean[];
  treatments: boolean[];
  /** Values the instructor added from the numbers the extraction left. */
  added: AddedLab[];
  title: string;
  source: ImportInput["source"];
};

export function initialReview(a: DocumentAnalysis): ReviewState {
  const stages = (kind: PlanKind) => a.plans[kind].map((s) => ({ include: true, merge: false, title: s.title }));
  return {
    // Cutting by date pays off when sections hold several moments of the story.
    plan: a.plans.date.length > a.plans.section.length ? "date" : "section",
    stages: { section: stages("section"), date: stages("date") },
    labs: a.extraction.labs.map(() => ({ accepted: true })),
    events: a.extraction.events.map(() => true),
    treatments: a.extraction.treatments.map(() => true),
    added: [],
    title: "",
    source: { title: a.fileName.replace(/\.[^.]+$/, ""), citation: "", licence: "" },
  };
}

/** Number of stages the draft will have (merged stages join the previous kept one). */
export function keptStageCount(decisions: StageDecision[]): number {
  let count = 0;
  for (const d of decisions) if (d.include && !(d.merge && count > 0)) count++;
  return count;
}

export function labEditFrom(lab: LabValue): LabEdit {
  return {
    analyte: lab.name,
    value: lab.comparator ? `${lab.comparator} ${lab.valueText}` : lab.valueText,
    unit: lab.unit ?? "",
    range: lab.range?.text ?? "",
    flag: lab.flag ?? "",
  };
}

export function toImportInput(a: DocumentAnalysis, s: ReviewState): ImportInput {
  return {
    text: a.text,
    format: a.format,
    fileName: a.fileName,
    title: s.title,
    source: s.source,
    plan: s.plan,
    stages: s.stages[s.plan],
    labs: s.labs,
    events: s.events,
    treatments: s.treatments,
    addedLabs: s.added,
  };
}
