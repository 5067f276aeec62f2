"use client";
import { useI18n } from "@/components/i18n-provider";
import type { Finding, LabRow } from "@/lib/content/schema";
import { blankLabRow } from "./blank";
import { labValue } from "./draft-edits";
import { sub } from "./field-id";
import { ObjectList } from "./object-list";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";

type LabFinding = Extract<Finding, { kind: "lab" }>;
const FLAGS = ["low", "high", "normal", "critical-low", "critical-high"] as const;

/** A lab panel: title, date and rows of analyte / value / unit / range / flag / source quote. */
export function LabTableEditor({ path, finding, onChange }: { path: string; finding: LabFinding; onChange: (f: LabFinding) => void }) {
  const { t } = useI18n();
  const flags = FLAGS.map((f) => ({ value: f, label: t(`editor.lab.flags.${f}`) }));
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <TextField path={sub(path, "title")} label={t("editor.lab.title")} value={finding.title} onChange={(title) => onChange({ ...finding, title })} />
        <TextField path={sub(path, "date")} label={t("editor.lab.date")} value={finding.date} onChange={(date) => onChange({ ...finding, date: date || undefined })} />
      </div>
      <ObjectList<LabRow>
        path={sub(path, "rows")}
        legend={t("editor.lab.rows")}
        items={finding.rows}
        onChange={(rows) => onChange({ ...finding, rows })}
        itemName={(r, k) => t("editor.lab.rowName", { n: k + 1, analyte: r.analyte })}
        addLabel={t("editor.lab.addRow")}
        create={blankLabRow}
        focusField="analyte"
        className="space-y-2"
        renderItem={({ item, index, path: rowPath, set, controls }) => (
          <fieldset className="rounded-md border border-slate-200 bg-slate-50 p-2">
            <legend className="px-1 text-xs font-semibold text-slate-700">{t("editor.lab.row", { n: index + 1 })}</legend>
            <div className="grid items-end gap-2 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_1.4fr]">
              <TextField path={sub(rowPath, "analyte")} label={t("editor.lab.analyte")} value={item.analyte} onChange={(analyte) => set({ ...item, analyte })} />
              <TextField path={sub(rowPath, "value")} label={t("editor.lab.value")} value={String(item.value ?? "")} onChange={(v) => set({ ...item, value: labValue(v) })} />
              <TextField path={sub(rowPath, "unit")} label={t("editor.lab.unit")} value={item.unit} onChange={(unit) => set({ ...item, unit: unit || undefined })} />
              <TextField path={sub(rowPath, "range")} label={t("editor.lab.range")} value={item.range} onChange={(range) => set({ ...item, range: range || undefined })} />
              <SelectField path={sub(rowPath, "flag")} label={t("editor.lab.flag")} value={item.flag} options={flags} emptyLabel={t("editor.lab.noFlag")} onChange={(flag) => set({ ...item, flag: flag || undefined })} />
              <TextField className="sm:col-span-2 lg:col-span-3" path={sub(rowPath, "source")} label={t("editor.fields.source")} value={item.source} onChange={(source) => set({ ...item, source: source || undefined })} />
              <div className="sm:col-span-2 lg:flex lg:justify-end">{controls}</div>
            </div>
          </fieldset>
        )}
      />
      <TextField path={sub(path, "source")} label={t("editor.lab.source")} help={t("editor.fields.sourceHelp")} value={finding.source} onChange={(source) => onChange({ ...finding, source: source || undefined })} />
    </>
  );
}
