"use client";
import { useI18n } from "@/components/i18n-provider";
import type { PublicQuestion } from "@/lib/player/view-types";
import { formatNumber, isSingular } from "./logic";

/** "Question 3 · QRP · 3 réponses attendues · 2 points". */
export function QuestionHeader({ question, number, headingId }: { question: PublicQuestion; number: number; headingId: string }) {
  const { t, locale } = useI18n();
  const type = question.type;
  const name =
    type === "qrp"
      ? isSingular(locale, question.n)
        ? t("questions.types.qrp.nameOne", { n: question.n })
        : t("questions.types.qrp.name", { n: question.n })
      : t(`questions.types.${type}.name`);
  const points = formatNumber(locale, question.points);

  return (
    <header className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <h3 id={headingId} className="text-lg font-semibold text-slate-900">
        {t("questions.card.heading", { number })}
      </h3>
      <span className="rounded-full border border-brand-700 bg-brand-50 px-2 py-0.5 text-xs font-bold tracking-wide text-brand-800">
        {t(`questions.types.${type}.short`)}
      </span>
      <span className="text-sm text-slate-700">{name}</span>
      <span className="ml-auto text-sm font-medium text-slate-700">
        {isSingular(locale, question.points) ? t("questions.card.points", { points }) : t("questions.card.pointsPlural", { points })}
      </span>
    </header>
  );
}
