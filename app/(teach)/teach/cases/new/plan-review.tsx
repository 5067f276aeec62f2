"use client";
import { useI18n } from "@/components/i18n-provider";
import type { StageDecision } from "@/lib/authoring/import-input";
import type { PlanKind, StagePlans } from "@/lib/authoring/stage-plans";
import { keptStageCount } from "./review-state";

type Props = {
  text: string;
  plans: StagePlans;
  kind: PlanKind;
  decisions: Record<PlanKind, StageDecision[]>;
  onKind: (kind: PlanKind) => void;
  onChange: (index: number, decision: StageDecision) => void;
};

export function PlanReview({ text, plans, kind, decisions, onKind, onChange }: Props) {
  const { t } = useI18n();
  const plan = plans[kind];
  const current = decisions[kind];
  return (
    <section aria-labelledby="plan-title" className="card space-y-3">
      <h3 id="plan-title" className="text-lg font-semibold">
        {t("authoring.importFlow.review.plan.title")}
      </h3>
      <p className="text-sm text-slate-700">{t("authoring.importFlow.review.plan.help")}</p>
      <fieldset>
        <legend className="label">{t("authoring.importFlow.review.plan.kind")}</legend>
        <div className="flex flex-wrap gap-4">
          {(["section", "date"] as const).map((k) => (
            <label key={k} className="flex items-center gap-2 text-sm font-medium">
              <input type="radio" name="plan-kind" value={k} checked={kind === k} onChange={() => onKind(k)} />
              {t(`authoring.importFlow.review.plan.${k}`, { count: plans[k].length })}
            </label>
          ))}
        </div>
      </fieldset>
      <ol className="grid gap-3 lg:grid-cols-2" data-testid="plan-stages">
        {plan.map((stage, i) => {
          const d = current[i];
          const excerpt = text.slice(stage.narrativeSpan.start, stage.narrativeSpan.end).replace(/\s+/g, " ").trim();
          const n = i + 1;
          return (
            <li key={`${kind}-${i}`} className={`rounded-md border p-3 ${d.include ? "border-slate-300 bg-white" : "border-dashed border-slate-300 bg-slate-50"}`} data-testid="plan-stage">
              <fieldset className="space-y-2">
                <legend className="text-sm font-semibold">{t("authoring.importFlow.review.plan.stage", { n })}</legend>
                <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  <label className="flex items-center gap-2">
                    <input type="checkbox" checked={d.include} onChange={(e) => onChange(i, { ...d, include: e.target.checked })} />
                    {t("authoring.importFlow.review.plan.include")}
                  </label>
                  {i > 0 ? (
                    <label className="flex items-center gap-2">
                      <input type="checkbox" checked={d.merge} disabled={!d.include} onChange={(e) => onChange(i, { ...d, merge: e.target.checked })} />
                      {t("authoring.importFlow.review.plan.merge")}
                    </label>
                  ) : null}
                </div>
                <label className="block text-xs font-medium text-slate-800">
                  {t("authoring.importFlow.review.plan.stageTitle")}
                  <input
                    className="input mt-0.5 px-2 py-1 text-sm"
                    value={d.title}
                    maxLength={200}
                    disabled={!d.include || (d.merge && i > 0)}
                    onChange={(e) => onChange(i, { ...d, title: e.target.value })}
                  />
                </label>
                <p className="text-xs text-slate-600">
                  {t("authoring.importFlow.review.plan.counts", { labs: stage.labIndexes.length, events: stage.eventIndexes.length, treatments: stage.treatmentIndexes.length })}
                </p>
                <p className="text-xs text-slate-700">{excerpt.length > 220 ? `${excerpt.slice(0, 220)}…` : excerpt}</p>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p className="text-sm font-semibold" aria-live="polite" data-testid="plan-result">
        {t("authoring.importFlow.review.plan.result", { count: keptStageCount(current) })}
      </p>
    </section>
  );
}
