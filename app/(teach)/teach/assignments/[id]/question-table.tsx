import type { QuestionReview } from "@/lib/review/types";
import { formatFixed, formatNumber, formatPercent } from "@/lib/teach/format";
import type { SectionProps } from "./review-types";

type Props = SectionProps & { questions: QuestionReview[] };

export function QuestionTable({ questions, t, locale }: Props) {
  const n = (v: number | null, digits = 2) => (v === null ? "—" : formatFixed(v, locale, digits));
  const th = "px-2 py-2 text-left font-semibold";
  return (
    <section className="card" aria-labelledby="questions-title">
      <h2 id="questions-title" className="text-lg font-semibold">
        {t("teach.review.questionsTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("teach.review.questionsHelp")}</p>
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="questions-title">
        <table className="w-full border-collapse text-sm sm:min-w-[44rem]" data-testid="question-table">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className={th}>{t("teach.review.colQuestion")}</th>
              <th scope="col" className={th}>{t("teach.review.colType")}</th>
              <th scope="col" className={`${th} text-right`}>{t("teach.review.colMax")}</th>
              <th scope="col" className={`${th} text-right`}>{t("teach.review.colFacility")}</th>
              <th scope="col" className={`${th} text-right`}>{t("teach.review.colSd")}</th>
              <th scope="col" className={`${th} text-right`}>{t("teach.review.colDiscrimination")}</th>
              <th scope="col" className={`${th} text-right`}>{t("teach.review.colEfficiency")}</th>
              <th scope="col" className={th}>{t("teach.review.colFlag")}</th>
            </tr>
          </thead>
          <tbody>
            {questions.map((q) => (
              <tr key={q.id} className={`border-b border-slate-100 align-top ${q.flagged ? "bg-amber-50" : ""}`} data-testid="question-row" data-question-id={q.id}>
                <th scope="row" className="px-2 py-2 text-left font-normal">
                  <span className="font-semibold">{t("teach.review.questionNumber", { n: q.number })}</span>{" "}
                  <span className="font-mono text-xs text-slate-600">{q.id}</span>
                  <span className="block text-xs text-slate-600">{t("teach.review.stage", { n: q.stageIndex + 1 })}</span>
                  <span className="hidden max-w-[18rem] text-xs text-slate-700 sm:block">{q.stem}</span>
                </th>
                <td className="px-2 py-2">{t(`teach.review.types.${q.type as "qru"}`)}</td>
                <td className="px-2 py-2 text-right tabular-nums">{formatNumber(q.max, locale)}</td>
                <td className="px-2 py-2 text-right tabular-nums" data-col="facility" data-value={q.facility ?? undefined}>
                  {q.facility === null ? "—" : formatPercent(q.facility, locale, 1)}
                </td>
                <td className="px-2 py-2 text-right tabular-nums" data-col="sd" data-value={q.sd ?? undefined}>
                  {n(q.sd)}
                </td>
                <td className="px-2 py-2 text-right tabular-nums" data-col="discrimination" data-value={q.discrimination ?? undefined}>
                  {n(q.discrimination, 1)}
                </td>
                <td className="px-2 py-2 text-right tabular-nums" data-col="efficiency" data-value={q.efficiency ?? undefined}>
                  {q.efficiency === null ? "—" : `${n(q.efficiency, 1)} %`}
                </td>
                <td className="px-2 py-2" data-col="flag">
                  {q.flagged ? (
                    <span className="text-amber-950">
                      <span className="rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold">{t("teach.review.dubious")}</span>
                      <span className="mt-1 block text-xs">
                        {q.reasons.map((r) => t(`teach.review.reasons.${r.code}`, { value: formatNumber(r.value, locale, 1) })).join(" ; ")}
                      </span>
                    </span>
                  ) : (
                    <span className="text-slate-500">{t("teach.review.ok")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
