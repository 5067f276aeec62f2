"use client";
import { useEffect, useRef, useState, useTransition } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { DocumentAnalysis } from "@/lib/authoring/analyse-document";
import { createDraftFromDocumentAction } from "./actions";
import { DocumentView } from "./document-view";
import { importErrorMessage } from "./import-errors";
import { SectionList, TimelineList, TreatmentList } from "./item-lists";
import { LabReview } from "./lab-review";
import { UnextractedReview } from "./unextracted-review";
import { MetaFields } from "./meta-fields";
import { PlanReview } from "./plan-review";
import { initialReview, keptStageCount, toImportInput, type ReviewState } from "./review-state";

const replace = <T,>(list: T[], index: number, value: T) => list.map((v, i) => (i === index ? value : v));

export function ReviewStep({ analysis, onRestart }: { analysis: DocumentAnalysis; onRestart: () => void }) {
  const { t } = useI18n();
  const [state, setState] = useState<ReviewState>(() => initialReview(analysis));
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const heading = useRef<HTMLHeadingElement>(null);
  const { extraction } = analysis;
  const update = (patch: Partial<ReviewState>) => setState((s) => ({ ...s, ...patch }));

  // The review replaces the upload form: move focus to its heading for keyboard and screen-reader users.
  useEffect(() => heading.current?.focus(), []);

  function create() {
    setError(null);
    if (keptStageCount(state.stages[state.plan]) === 0) return setError(importErrorMessage(t, "no-stage"));
    const badLab = state.labs.findIndex((d) => d.accepted && d.edit && (!d.edit.analyte.trim() || !d.edit.value.trim()));
    if (badLab >= 0) return setError(`${extraction.labs[badLab].text} : ${t("authoring.importFlow.review.labs.required")}`);
    startTransition(async () => {
      try {
        // On success the action redirects to the new case; only failures come back.
        const result = await createDraftFromDocumentAction(toImportInput(analysis, state));
        if (result && !result.ok) setError(importErrorMessage(t, result.code, result.message));
      } catch (e) {
        // Navigation (the redirect) is signalled by a thrown error that Next handles itself.
        if (e instanceof Error && /NEXT_REDIRECT/.test(e.message)) throw e;
        setError(importErrorMessage(t, "unexpected"));
      }
    });
  }

  return (
    <div className="space-y-4" data-testid="import-review">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold">
            {t("authoring.importFlow.review.title")}
          </h2>
          <p className="text-sm text-slate-700">
            {t("authoring.importFlow.review.summary", {
              sections: extraction.sections.length,
              labs: extraction.labs.length,
              events: extraction.events.length,
              treatments: extraction.treatments.length,
              name: analysis.fileName || t("authoring.importFlow.review.pasted"),
            })}
          </p>
        </div>
        <button type="button" className="btn-secondary" onClick={onRestart} disabled={pending}>
          {t("authoring.importFlow.review.restart")}
        </button>
      </div>
      <div className="grid items-start gap-4 lg:grid-cols-2">
        <DocumentView text={analysis.text} extraction={extraction} labs={state.labs.map((d) => d.accepted)} events={state.events} treatments={state.treatments} />
        <div className="min-w-0 space-y-4">
          <SectionList sections={extraction.sections} />
          <LabReview labs={extraction.labs} decisions={state.labs} onChange={(i, d) => update({ labs: replace(state.labs, i, d) })} />
          <UnextractedReview text={analysis.text} extraction={extraction} added={state.added} onChange={(added) => update({ added })} />
          <TimelineList items={extraction.events} kept={state.events} text={analysis.text} onToggle={(i, v) => update({ events: replace(state.events, i, v) })} />
          <TreatmentList items={extraction.treatments} kept={state.treatments} onToggle={(i, v) => update({ treatments: replace(state.treatments, i, v) })} />
        </div>
      </div>
      <PlanReview
        text={analysis.text}
        plans={analysis.plans}
        kind={state.plan}
        decisions={state.stages}
        onKind={(plan) => update({ plan })}
        onChange={(i, d) => update({ stages: { ...state.stages, [state.plan]: replace(state.stages[state.plan], i, d) } })}
      />
      <MetaFields title={state.title} source={state.source} onTitle={(title) => update({ title })} onSource={(source) => update({ source })} />
      <div className="card flex flex-wrap items-center gap-3">
        <button type="button" className="btn-primary" onClick={create} disabled={pending}>
          {pending ? t("authoring.importFlow.review.creating") : t("authoring.importFlow.review.create")}
        </button>
        <p role="alert" className="field-error mt-0">
          {error}
        </p>
      </div>
    </div>
  );
}
