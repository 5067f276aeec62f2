"use client";
import { useI18n } from "@/components/i18n-provider";
import type { DraftCase } from "@/lib/authoring/draft";
import { SelectField } from "./select-field";
import { StringListEditor } from "./string-list-editor";
import { TextField } from "./text-field";
import type { UpdateDraft } from "./types";

const STATUSES = ["draft", "pending", "reviewed"] as const;

/** The source document's citation and licence, and the clinical review. */
export function SourceReviewFields({ draft, update }: { draft: DraftCase; update: UpdateDraft }) {
  const { t } = useI18n();
  const setSource = (change: Partial<DraftCase["source"]>) => update((d) => ({ ...d, source: { ...d.source, ...change } }));
  const setReview = (change: Partial<DraftCase["review"]>) => update((d) => ({ ...d, review: { ...d.review, ...change } }));
  return (
    <>
      {draft.source.file && <p className="text-sm text-slate-700">{t("editor.source.file", { file: draft.source.file })}</p>}
      <TextField path="source.title" label={t("editor.source.docTitle")} value={draft.source.title} onChange={(title) => setSource({ title })} />
      <TextField path="source.citation" label={t("editor.source.citation")} help={t("editor.source.citationHelp")} value={draft.source.citation} multiline rows={2} onChange={(citation) => setSource({ citation })} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField path="source.licence" label={t("editor.source.licence")} help={t("editor.source.licenceHelp")} value={draft.source.licence} onChange={(licence) => setSource({ licence })} />
        <TextField path="source.url" type="url" label={t("editor.source.url")} value={draft.source.url} onChange={(url) => setSource({ url: url || undefined })} />
      </div>
      <h4 className="pt-2 text-base font-semibold">{t("editor.review.title")}</h4>
      <SelectField
        path="review.status"
        label={t("editor.review.status")}
        value={draft.review.status}
        options={STATUSES.map((s) => ({ value: s, label: t(`editor.review.statuses.${s}`) }))}
        onChange={(status) => setReview({ status })}
      />
      <StringListEditor
        path="review.notes"
        legend={t("editor.review.notes")}
        items={draft.review.notes}
        onChange={(notes) => setReview({ notes })}
        itemLabel={(k) => t("editor.review.note", { n: k + 1 })}
        itemName={(k) => t("editor.review.noteName", { n: k + 1 })}
        addLabel={t("editor.review.addNote")}
        multiline
      />
    </>
  );
}
