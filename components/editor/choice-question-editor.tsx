"use client";
import { useI18n } from "@/components/i18n-provider";
import type { Question } from "@/lib/content/schema";
import { CheckboxField } from "./checkbox-field";
import { sub } from "./field-id";
import { NumberField } from "./number-field";
import { OptionsEditor } from "./options-editor";

type Choice = Extract<Question, { type: "qru" | "qrm" | "qrp" }>;

/** QRU, QRM and QRP (long menu included): the options and, for a QRP, the number to tick. */
export function ChoiceQuestionEditor({ question: q, path, onChange }: { question: Choice; path: string; onChange: (q: Choice) => void }) {
  const { t } = useI18n();
  const right = q.options.filter((o) => o.correct).length;
  return (
    <>
      <p className="text-sm text-slate-700">{t(`editor.choice.help.${q.type}`)}</p>
      {q.type === "qrp" && (
        <div className="grid gap-3 sm:grid-cols-2">
          <NumberField path={sub(path, "n")} integer label={t("editor.choice.n")} help={t("editor.choice.nHelp", { count: right })} value={q.n} onChange={(n) => onChange({ ...q, n })} />
          <CheckboxField className="sm:pt-7" path={sub(path, "longMenu")} label={t("editor.choice.longMenu")} help={t("editor.choice.longMenuHelp")} checked={q.longMenu ?? false} onChange={(longMenu) => onChange({ ...q, longMenu: longMenu || undefined })} />
        </div>
      )}
      <OptionsEditor path={sub(path, "options")} options={q.options} onChange={(options) => onChange({ ...q, options })} />
    </>
  );
}
