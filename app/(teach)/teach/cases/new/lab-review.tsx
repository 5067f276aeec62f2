"use client";
import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { LabDecision, LabEdit } from "@/lib/authoring/import-input";
import type { LabValue } from "@/lib/import/types";
import { anchorId } from "./document-view";
import { labEditFrom } from "./review-state";

const FLAG_STYLE = { low: "bg-blue-100 text-blue-900", high: "bg-red-100 text-red-900", normal: "bg-slate-100 text-slate-800" } as const;
const FLAG_ARROW = { low: "↓", high: "↑", normal: "=" } as const;

type Props = { labs: LabValue[]; decisions: LabDecision[]; onChange: (index: number, decision: LabDecision) => void };

export function LabReview({ labs, decisions, onChange }: Props) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="labs-title" className="card space-y-2">
      <h3 id="labs-title" className="text-lg font-semibold">
        {t("authoring.importFlow.review.labs.title", { count: labs.length })}
      </h3>
      {labs.length === 0 ? <p className="text-sm text-slate-700">{t("authoring.importFlow.review.labs.none")}</p> : null}
      <ul className="divide-y divide-slate-100">
        {labs.map((lab, i) => (
          <LabItem key={i} index={i} lab={lab} decision={decisions[i]} onChange={(d) => onChange(i, d)} />
        ))}
      </ul>
    </section>
  );
}

function LabItem({ index, lab, decision, onChange }: { index: number; lab: LabValue; decision: LabDecision; onChange: (d: LabDecision) => void }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const shown: LabEdit = decision.edit ?? labEditFrom(lab);
  const id = `lab-${index}`;
  const setField = (field: keyof LabEdit, value: string) => onChange({ ...decision, edit: { ...shown, [field]: value } as LabEdit });
  return (
    <li className="py-2" data-testid="lab-item">
      <div className="flex items-start gap-2">
        <input
          id={`${id}-keep`}
          type="checkbox"
          className="mt-1 h-4 w-4"
          checked={decision.accepted}
          onChange={(e) => onChange({ ...decision, accepted: e.target.checked })}
          aria-label={t("authoring.importFlow.review.keepItem", { text: lab.text })}
        />
        <div className={`min-w-0 flex-1 text-sm ${decision.accepted ? "" : "text-slate-500 line-through"}`}>
          <p>
            <span className="font-semibold">{shown.analyte}</span> {shown.value} {shown.unit}
            {" · "}
            <span className="text-slate-700">{shown.range ? t("authoring.importFlow.review.labs.range", { range: shown.range }) : t("authoring.importFlow.review.labs.noRange")}</span>
            {shown.flag ? (
              <span className={`ml-2 inline-block whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold ${FLAG_STYLE[shown.flag]}`} data-testid="lab-flag">
                {FLAG_ARROW[shown.flag]} {t(`authoring.importFlow.review.labs.flag.${shown.flag}`)}
              </span>
            ) : null}
            {lab.analyte === "unknown" && !decision.edit ? (
              <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900" data-testid="lab-to-confirm">
                {t("authoring.importFlow.review.labs.toConfirm")}
              </span>
            ) : null}
            {lab.statedFlag ? (
              <span className="ml-2 text-xs text-slate-700" data-testid="lab-stated-flag">
                {t("authoring.importFlow.review.labs.stated", { flag: t(`authoring.importFlow.review.labs.flag.${lab.statedFlag}`) })}
              </span>
            ) : null}
            {decision.edit ? <span className="ml-2 text-xs italic text-slate-600">({t("authoring.importFlow.review.labs.edited")})</span> : null}
          </p>
          <p className="text-xs text-slate-600">
            <a href={`#${anchorId("lab", index)}`} className="underline decoration-dotted underline-offset-2 hover:text-brand-700">
              « {lab.text} »
            </a>
          </p>
        </div>
        <button
          type="button"
          className="btn-secondary px-2 py-1 text-xs"
          aria-expanded={editing}
          aria-controls={`${id}-edit`}
          aria-label={t("authoring.importFlow.review.labs.editLabel", { text: lab.text })}
          onClick={() => setEditing(!editing)}
        >
          {editing ? t("authoring.importFlow.review.labs.done") : t("authoring.importFlow.review.labs.edit")}
        </button>
      </div>
      {editing ? (
        <fieldset id={`${id}-edit`} className="mt-2 grid grid-cols-2 gap-2 rounded-md bg-slate-50 p-2 sm:grid-cols-5">
          <legend className="sr-only">{t("authoring.importFlow.review.labs.editLabel", { text: lab.text })}</legend>
          {(["analyte", "value", "unit"] as const).map((field) => (
            <label key={field} className="text-xs font-medium text-slate-800">
              {t(`authoring.importFlow.review.labs.${field}`)}
              <input className="input mt-0.5 px-2 py-1 text-sm" value={shown[field]} maxLength={field === "analyte" ? 80 : 40} required={field !== "unit"} onChange={(e) => setField(field, e.target.value)} />
            </label>
          ))}
          <label className="text-xs font-medium text-slate-800">
            {t("authoring.importFlow.review.labs.rangeField")}
            <input className="input mt-0.5 px-2 py-1 text-sm" value={shown.range} maxLength={60} onChange={(e) => setField("range", e.target.value)} />
          </label>
          <label className="text-xs font-medium text-slate-800">
            {t("authoring.importFlow.review.labs.flagField")}
            <select className="input mt-0.5 px-2 py-1 text-sm" value={shown.flag} onChange={(e) => setField("flag", e.target.value)}>
              <option value="">{t("authoring.importFlow.review.labs.noFlag")}</option>
              {(["low", "high", "normal"] as const).map((f) => (
                <option key={f} value={f}>
                  {t(`authoring.importFlow.review.labs.flag.${f}`)}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      ) : null}
    </li>
  );
}
