"use client";
import { useI18n } from "@/components/i18n-provider";
import type { ReviewState } from "./review-state";

type Props = { title: string; source: ReviewState["source"]; onTitle: (v: string) => void; onSource: (v: ReviewState["source"]) => void };

export function MetaFields({ title, source, onTitle, onSource }: Props) {
  const { t } = useI18n();
  const field = (key: keyof ReviewState["source"], label: string, placeholder?: string, max = 300) => (
    <div>
      <label htmlFor={`meta-${key}`} className="label">
        {label}
      </label>
      <input id={`meta-${key}`} className="input" value={source[key]} maxLength={max} placeholder={placeholder} onChange={(e) => onSource({ ...source, [key]: e.target.value })} />
    </div>
  );
  return (
    <section aria-labelledby="meta-title" className="card space-y-3">
      <h3 id="meta-title" className="text-lg font-semibold">
        {t("authoring.importFlow.review.meta.title")}
      </h3>
      <p className="text-sm text-slate-700">{t("authoring.importFlow.review.meta.help")}</p>
      <div>
        <label htmlFor="meta-case-title" className="label">
          {t("authoring.importFlow.review.meta.caseTitle")}
        </label>
        <input id="meta-case-title" className="input" value={title} maxLength={200} placeholder={t("authoring.importFlow.review.meta.caseTitlePlaceholder")} onChange={(e) => onTitle(e.target.value)} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {field("title", t("authoring.importFlow.review.meta.sourceTitle"))}
        {field("licence", t("authoring.importFlow.review.meta.licence"), t("authoring.importFlow.review.meta.licencePlaceholder"))}
      </div>
      {field("citation", t("authoring.importFlow.review.meta.citation"), t("authoring.importFlow.review.meta.citationPlaceholder"), 2000)}
    </section>
  );
}
