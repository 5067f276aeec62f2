"use client";
import { useI18n } from "@/components/i18n-provider";
import type { Finding } from "@/lib/content/schema";
import { sub } from "./field-id";
import { labValue } from "./draft-edits";
import { ObjectList } from "./object-list";
import { TextField } from "./text-field";

type Vitals = Extract<Finding, { kind: "vitals" }>;
type Vital = Vitals["items"][number];

/** Vital signs: label, value, unit. */
export function VitalsEditor({ path, finding, onChange }: { path: string; finding: Vitals; onChange: (f: Vitals) => void }) {
  const { t } = useI18n();
  return (
    <>
      <TextField path={sub(path, "title")} label={t("editor.findings.findingTitleOptional")} value={finding.title} onChange={(title) => onChange({ ...finding, title: title || undefined })} />
      <ObjectList<Vital>
        path={sub(path, "items")}
        legend={t("editor.vitals.items")}
        items={finding.items}
        onChange={(items) => onChange({ ...finding, items })}
        itemName={(v, k) => t("editor.vitals.name", { n: k + 1, label: v.label })}
        addLabel={t("editor.vitals.add")}
        create={() => ({ label: "", value: "" })}
        focusField="label"
        className="space-y-2"
        renderItem={({ item, path: itemPath, set, controls }) => (
          <div className="grid gap-2 rounded-md border border-slate-200 bg-slate-50 p-2 sm:grid-cols-3">
            <TextField path={sub(itemPath, "label")} label={t("editor.vitals.label")} value={item.label} onChange={(label) => set({ ...item, label })} />
            <TextField path={sub(itemPath, "value")} label={t("editor.vitals.value")} value={String(item.value ?? "")} onChange={(v) => set({ ...item, value: labValue(v) })} />
            <TextField path={sub(itemPath, "unit")} label={t("editor.vitals.unit")} value={item.unit} onChange={(unit) => set({ ...item, unit: unit || undefined })} />
            <div className="sm:col-span-3">{controls}</div>
          </div>
        )}
      />
    </>
  );
}
