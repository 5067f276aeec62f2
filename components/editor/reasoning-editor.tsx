"use client";
import { useI18n } from "@/components/i18n-provider";
import type { Question } from "@/lib/content/schema";
import { nextLetterId } from "./blank";
import { CheckboxField } from "./checkbox-field";
import { sub } from "./field-id";
import { ObjectList } from "./object-list";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";

type Representation = Extract<Question, { type: "representation" }>;
type Differential = Extract<Question, { type: "differential" }>;

/** Problem representation: the author's summary and its key qualifiers (passages of it). Not scored. */
export function RepresentationEditor({ question: q, path, onChange }: { question: Representation; path: string; onChange: (q: Representation) => void }) {
  const { t } = useI18n();
  return (
    <>
      <TextField path={sub(path, "summary")} label={t("editor.reasoning.summary")} help={t("editor.reasoning.summaryHelp")} value={q.summary} multiline rows={3} onChange={(summary) => onChange({ ...q, summary })} />
      <ObjectList<Representation["qualifiers"][number]>
        path={sub(path, "qualifiers")}
        legend={t("editor.reasoning.qualifiers")}
        items={q.qualifiers}
        onChange={(qualifiers) => onChange({ ...q, qualifiers })}
        itemName={(_, k) => t("editor.reasoning.qualifierName", { n: k + 1 })}
        addLabel={t("editor.reasoning.addQualifier")}
        create={() => ({ id: nextLetterId(q.qualifiers.map((x) => x.id)), text: "" })}
        focusField="text"
        className="space-y-2"
        renderItem={({ item, index, path: p, set, controls }) => (
          <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-2 sm:p-3">
            <TextField path={sub(p, "text")} label={t("editor.reasoning.qualifier", { n: index + 1 })} help={index === 0 ? t("editor.reasoning.qualifierHelp") : undefined} value={item.text} onChange={(text) => set({ ...item, text })} />
            {controls}
          </div>
        )}
      />
    </>
  );
}

/** Ranked differential: the menu of diagnoses, and the author's ranked list with its can't-miss flags. */
export function DifferentialEditor({ question: q, path, onChange }: { question: Differential; path: string; onChange: (q: Differential) => void }) {
  const { t } = useI18n();
  const options = q.diagnoses.map((d) => ({ value: d.id, label: d.text || d.id }));
  return (
    <>
      <ObjectList<Differential["diagnoses"][number]>
        path={sub(path, "diagnoses")}
        legend={t("editor.reasoning.diagnoses")}
        items={q.diagnoses}
        onChange={(diagnoses) => onChange({ ...q, diagnoses })}
        itemName={(_, k) => t("editor.reasoning.diagnosisName", { n: k + 1 })}
        addLabel={t("editor.reasoning.addDiagnosis")}
        create={() => ({ id: nextLetterId(q.diagnoses.map((d) => d.id)), text: "" })}
        focusField="text"
        className="space-y-2"
        renderItem={({ item, index, path: p, set, controls }) => (
          <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-2 sm:p-3">
            <TextField path={sub(p, "text")} label={t("editor.reasoning.diagnosis", { n: index + 1 })} value={item.text} onChange={(text) => set({ ...item, text })} />
            {controls}
          </div>
        )}
      />
      <ObjectList<Differential["ranking"][number]>
        path={sub(path, "ranking")}
        legend={t("editor.reasoning.ranking")}
        items={q.ranking}
        onChange={(ranking) => onChange({ ...q, ranking })}
        itemName={(_, k) => t("editor.reasoning.rankName", { n: k + 1 })}
        addLabel={t("editor.reasoning.addRank")}
        create={() => ({ id: q.diagnoses.find((d) => !q.ranking.some((r) => r.id === d.id))?.id ?? "", cantMiss: false })}
        focusField="id"
        className="space-y-2"
        renderItem={({ item, index, path: p, set, controls }) => (
          <div className={`space-y-2 rounded-md border p-2 sm:p-3 ${item.cantMiss ? "border-red-300 bg-red-50" : "border-slate-200 bg-slate-50"}`}>
            <SelectField path={sub(p, "id")} label={t("editor.reasoning.rank", { n: index + 1 })} value={item.id} options={options} onChange={(id) => set({ ...item, id })} />
            <CheckboxField path={sub(p, "cantMiss")} label={t("editor.reasoning.cantMiss", { n: index + 1 })} checked={item.cantMiss} onChange={(cantMiss) => set({ ...item, cantMiss })} />
            {controls}
          </div>
        )}
      />
    </>
  );
}
