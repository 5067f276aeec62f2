import type { QuestionReview } from "@/lib/review/types";
import { formatPercent } from "@/lib/teach/format";
import type { SectionProps } from "./review-types";

function Bar({ share }: { share: number | null }) {
  return (
    <span aria-hidden="true" className="block h-2 w-24 overflow-hidden rounded bg-slate-200 sm:w-40">
      <span className="block h-full bg-brand-600" style={{ width: `${Math.round((share ?? 0) * 100)}%` }} />
    </span>
  );
}

export function ChoiceDetails({ questions, t, locale }: SectionProps & { questions: QuestionReview[] }) {
  const pct = (s: number | null) => (s === null ? "—" : formatPercent(s, locale, 0));
  return (
    <section className="card" aria-labelledby="choices-title">
      <h2 id="choices-title" className="text-lg font-semibold">
        {t("teach.review.choicesTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("teach.review.choicesHelp")}</p>
      <div className="mt-3 space-y-2">
        {questions.map((q) => (
          <details key={q.id} open={q.flagged} className="rounded-md border border-slate-200" data-testid="choice-details" data-question-id={q.id}>
            <summary className="cursor-pointer px-3 py-2 text-sm">
              <span className="font-semibold">{t("teach.review.questionNumber", { n: q.number })}</span> <span className="font-mono text-xs text-slate-600">{q.id}</span> ·{" "}
              {t(`teach.review.types.${q.type as "qru"}`)} · {t("teach.review.respondents", { count: q.respondents })}
              {q.flagged && <span className="ml-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold text-amber-950">{t("teach.review.dubious")}</span>}
            </summary>
            <div className="overflow-x-auto px-3 pb-3">
              <p className="mb-2 text-sm text-slate-700">{q.stem}</p>
              <table className="w-full border-collapse text-sm">
                <thead>
                  <tr className="border-b border-slate-300 text-left">
                    <th scope="col" className="py-1 pr-2">{q.choices ? t("teach.review.option") : t("teach.review.topAnswers")}</th>
                    <th scope="col" className="py-1 pr-2 text-right">{q.choices ? t("teach.review.chosenBy") : t("teach.review.count")}</th>
                    <th scope="col" className="py-1">
                      <span className="sr-only">%</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {(q.choices ?? []).map((c) => (
                    <tr key={c.id} className="border-b border-slate-100" data-testid="choice-row">
                      <th scope="row" className="py-1 pr-2 text-left font-normal">
                        {c.correct && (
                          <span className="mr-1 font-bold text-green-800" title={t("teach.review.correct")}>
                            ✓<span className="sr-only"> ({t("teach.review.correct")})</span>
                          </span>
                        )}
                        {c.label}
                      </th>
                      <td className="py-1 pr-2 text-right tabular-nums" data-col="count">
                        {c.count} ({pct(c.share)})
                      </td>
                      <td className="py-1">
                        <Bar share={c.share} />
                      </td>
                    </tr>
                  ))}
                  {(q.topAnswers ?? []).map((a) => (
                    <tr key={a.label} className="border-b border-slate-100">
                      <th scope="row" className="py-1 pr-2 text-left font-normal">
                        {a.correct && (
                          <span className="mr-1 font-bold text-green-800">
                            ✓<span className="sr-only"> ({t("teach.review.correct")})</span>
                          </span>
                        )}
                        {a.label}
                      </th>
                      <td className="py-1 pr-2 text-right tabular-nums">{a.count}</td>
                      <td className="py-1">
                        <Bar share={q.respondents ? a.count / q.respondents : null} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        ))}
      </div>
    </section>
  );
}
