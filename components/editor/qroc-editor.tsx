"use client";
import { useI18n } from "@/components/i18n-provider";
import type { Question } from "@/lib/content/schema";
import { sub } from "./field-id";
import { StringListEditor } from "./string-list-editor";
import { TextField } from "./text-field";

type Qroc = Extract<Question, { type: "qroc" }>;

/** QROC: the accepted answers and synonyms, and the answer shown in the debrief. */
export function QrocEditor({ question: q, path, onChange }: { question: Qroc; path: string; onChange: (q: Qroc) => void }) {
  const { t } = useI18n();
  return (
    <>
      <StringListEditor
        path={sub(path, "accepted")}
        legend={t("editor.qroc.accepted")}
        help={t("editor.qroc.acceptedHelp")}
        items={q.accepted}
        onChange={(accepted) => onChange({ ...q, accepted })}
        itemLabel={(k) => (k === 0 ? t("editor.qroc.answer") : t("editor.qroc.synonym", { n: k }))}
        itemName={(k) => (k === 0 ? t("editor.qroc.answerName") : t("editor.qroc.synonymName", { n: k }))}
        addLabel={t("editor.qroc.addSynonym")}
      />
      <TextField path={sub(path, "display")} label={t("editor.qroc.display")} help={t("editor.qroc.displayHelp")} value={q.display} onChange={(display) => onChange({ ...q, display: display || undefined })} />
    </>
  );
}
