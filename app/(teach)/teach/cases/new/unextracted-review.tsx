"use client";
import { useMemo } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { AddedLab } from "@/lib/authoring/import-input";
import type { Extraction } from "@/lib/import/types";
import { findUnextracted, type UnextractedNumber } from "@/lib/import/unextracted";

type Props = { text: string; extraction: Extraction; added: AddedLab[]; onChange: (added: AddedLab[]) => void };

/** The numbers shaped like results that the extraction left, per paragraph, each added as a lab value in one click. */
export function UnextractedReview({ text, extraction, added, onChange }: Props) {
  const { t } = useI18n();
  const paragraphs = useMemo(() => findUnextracted(text, extraction), [text, extraction]);
  const count = paragraphs.reduce((n, p) => n + p.numbers.length, 0);
  const addedAt = (n: UnextractedNumber) => added.find((a) => a.start === n.span.start && a.end === n.span.end);
  const quote = (n: UnextractedNumber) => text.slice(n.span.start, n.span.end);
  const add = (n: UnextractedNumber) =>
    onChange([...added, { start: n.span.start, end: n.span.end, edit: { analyte: n.label || t("authoring.importFlow.review.unextracted.unnamed"), value: n.valueText, unit: n.unit, range: "", flag: "" } }]);
  const remove = (n: UnextractedNumber) => onChange(added.filter((a) => a !== addedAt(n)));
  return (
    <section aria-labelledby="unextracted-title" className="card space-y-2" data-testid="unextracted">
      <h3 id="unextracted-title" className="text-lg font-semibold">
        {t("authoring.importFlow.review.unextracted.title", { count })}
      </h3>
      <p className="text-sm text-slate-700">{count ? t("authoring.importFlow.review.unextracted.intro") : t("authoring.importFlow.review.unextracted.none")}</p>
      {paragraphs.map((p) => (
        <div key={p.index} data-testid="unextracted-paragraph">
          <h4 className="text-sm font-semibold text-slate-800">{t("authoring.importFlow.review.unextracted.paragraph", { n: p.index + 1 })}</h4>
          <ul className="divide-y divide-slate-100">
            {p.numbers.map((n) => {
              const done = addedAt(n);
              return (
                <li key={n.span.start} className="flex items-start gap-2 py-1 text-sm" data-testid="unextracted-item">
                  <p className="min-w-0 flex-1">
                    <span className="font-semibold">{quote(n)}</span> <span className="text-xs text-slate-600">— « {n.context} »</span>
                    {done ? (
                      <span className="block text-xs text-emerald-800" data-testid="unextracted-added">
                        {t("authoring.importFlow.review.unextracted.added", { analyte: done.edit.analyte, value: done.edit.value, unit: done.edit.unit })}
                      </span>
                    ) : null}
                  </p>
                  {done ? (
                    <button type="button" className="btn-secondary px-2 py-1 text-xs" aria-label={t("authoring.importFlow.review.unextracted.removeLabel", { text: quote(n) })} onClick={() => remove(n)}>
                      {t("authoring.importFlow.review.unextracted.remove")}
                    </button>
                  ) : (
                    <button type="button" className="btn-secondary px-2 py-1 text-xs" aria-label={t("authoring.importFlow.review.unextracted.addLabel", { text: quote(n) })} onClick={() => add(n)}>
                      {t("authoring.importFlow.review.unextracted.add")}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
