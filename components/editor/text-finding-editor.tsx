"use client";
import { useI18n } from "@/components/i18n-provider";
import type { Finding } from "@/lib/content/schema";
import { sub } from "./field-id";
import { TextField } from "./text-field";

type TextFinding = Extract<Finding, { text: string }>;

/** Examination, imaging, pathology, history or note: a title and a text. */
export function TextFindingEditor({ path, finding, onChange }: { path: string; finding: TextFinding; onChange: (f: TextFinding) => void }) {
  const { t } = useI18n();
  return (
    <>
      <TextField path={sub(path, "title")} label={t("editor.findings.findingTitle")} value={finding.title} onChange={(title) => onChange({ ...finding, title })} />
      <TextField path={sub(path, "text")} label={t("editor.findings.text")} value={finding.text} multiline rows={4} onChange={(text) => onChange({ ...finding, text })} />
      <TextField path={sub(path, "source")} label={t("editor.fields.source")} help={t("editor.fields.sourceHelp")} value={finding.source} onChange={(source) => onChange({ ...finding, source: source || undefined })} />
    </>
  );
}
