/**
 * Builds the first draft of a case from a reviewed document: metadata placeholders for the author
 * to fill, the document as source, and one stage per planned stage the author kept (merged ones
 * joined), with the section text as narrative and the accepted items as findings quoting their
 * exact spans. Pure module.
 */
import type { Finding, Stage } from "@/lib/content/schema";
import type { Extraction, LabValue, Span, TimelineEvent, Treatment } from "@/lib/import/types";
import type { DraftCase } from "./draft";
import type { AddedLab, ImportInput, LabEdit } from "./import-input";
import { labPanels } from "./lab-findings";
import type { PlanStage, StagePlans } from "./stage-plans";

export type BuildDraftResult =
  | { ok: true; draft: DraftCase }
  | { ok: false; code: "stale" | "no-stage"; message: string };

type Group = { title: string; spans: Span[]; labs: number[]; events: number[]; treatments: number[] };

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

function eventLine(text: string, e: TimelineEvent): string {
  return `${e.text} — ${collapse(text.slice(e.descriptionSpan.start, e.descriptionSpan.end))}`;
}

function treatmentLine(t: Treatment): string {
  return [t.name, t.dose?.text, t.schedule ? `(${t.schedule.text})` : undefined].filter(Boolean).join(" ");
}

/** A value the author added from the numbers the extraction left: a lab row quoting its place. */
function addedLab(text: string, added: AddedLab): LabValue {
  const span = { start: added.start, end: added.end };
  const quoted = text.slice(span.start, span.end);
  return { analyte: "unknown", name: added.edit.analyte, label: added.edit.analyte, implied: false, value: Number.NaN, valueText: "", text: quoted, span, analyteSpan: span, valueSpan: span, sectionIndex: -1 };
}

/** The stages the author kept, in order, a merged stage joining the previous kept one. */
function groups(plan: PlanStage[], input: ImportInput): Group[] {
  const out: Group[] = [];
  plan.forEach((stage, i) => {
    const decision = input.stages[i];
    if (!decision.include) return;
    const last = out[out.length - 1];
    if (decision.merge && last) {
      last.spans.push(stage.narrativeSpan);
      last.labs.push(...stage.labIndexes);
      last.events.push(...stage.eventIndexes);
      last.treatments.push(...stage.treatmentIndexes);
      return;
    }
    out.push({
      title: decision.title || stage.title,
      spans: [stage.narrativeSpan],
      labs: [...stage.labIndexes],
      events: [...stage.eventIndexes],
      treatments: [...stage.treatmentIndexes],
    });
  });
  return out;
}

function buildStage(text: string, extraction: Extraction, input: ImportInput, group: Group, index: number): Stage {
  const narrative = group.spans
    .map((s) => text.slice(s.start, s.end).trim())
    .filter(Boolean)
    .join("\n\n");
  const labs: { lab: LabValue; edit?: LabEdit }[] = group.labs
    .filter((i) => input.labs[i].accepted)
    .map((i) => ({ lab: extraction.labs[i], edit: input.labs[i].edit }));
  for (const added of input.addedLabs ?? []) {
    if (group.spans.some((s) => s.start <= added.start && added.end <= s.end)) labs.push({ lab: addedLab(text, added), edit: added.edit });
  }
  const events = group.events.filter((i) => input.events[i]).map((i) => extraction.events[i]).sort((a, b) => a.order - b.order);
  const treatments = group.treatments.filter((i) => input.treatments[i]).map((i) => extraction.treatments[i]);

  const findings: Finding[] = [...labPanels(text, labs)];
  if (events.length > 0) findings.push({ kind: "history", title: "Chronologie", text: events.map((e) => eventLine(text, e)).join("\n") });
  if (treatments.length > 0) findings.push({ kind: "history", title: "Traitements et doses", text: treatments.map(treatmentLine).join("\n") });

  const quotes = [
    ...events.map((e) => text.slice(e.descriptionSpan.start, e.descriptionSpan.end).trim()),
    ...treatments.map((t) => text.slice(t.span.start, t.span.end).trim()),
  ].filter((q) => q.length >= 3);
  return {
    id: `etape-${index + 1}`,
    title: group.title,
    narrative,
    sources: [...new Set(quotes)],
    findings,
    investigations: [],
    questions: [],
    errata: [],
  };
}

/**
 * `extraction` and `plans` must come from the server's own run on `input.text`; the decisions are
 * matched to them by index, so a review made on another text is refused as stale.
 */
export function buildDraftFromImport(
  extraction: Extraction,
  plans: StagePlans,
  input: ImportInput,
  ids: { slug: string; sourceFile: string },
): BuildDraftResult {
  const plan = plans[input.plan];
  if (
    input.stages.length !== plan.length ||
    input.labs.length !== extraction.labs.length ||
    input.events.length !== extraction.events.length ||
    input.treatments.length !== extraction.treatments.length ||
    (input.addedLabs ?? []).some((a) => a.end > input.text.length)
  ) {
    return { ok: false, code: "stale", message: "La relecture ne correspond plus au document : recommencez l'import." };
  }
  const kept = groups(plan, input);
  if (kept.length === 0) return { ok: false, code: "no-stage", message: "Gardez au moins une étape du plan proposé." };
  const text = input.text;
  const fileTitle = input.fileName.replace(/\.[^.]+$/, "").trim();
  return {
    ok: true,
    draft: {
      slug: ids.slug,
      title: input.title,
      summary: "",
      language: "fr",
      tags: [],
      level: "",
      estimatedMinutes: Math.max(10, kept.length * 10),
      objectives: [],
      keyDecision: "",
      teachingPoints: [],
      source: {
        file: ids.sourceFile,
        title: input.source.title || fileTitle || "Observation importée",
        citation: input.source.citation,
        licence: input.source.licence,
      },
      review: { status: "draft", notes: [] },
      errata: [],
      spoilers: [],
      stages: kept.map((group, i) => buildStage(text, extraction, input, group, i)),
      sourceText: text,
    },
  };
}
