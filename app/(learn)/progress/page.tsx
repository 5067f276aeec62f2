import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/dal/session";
import { getMyProgress } from "@/lib/dal/progress";
import { MIN_FINISHED } from "@/lib/progress/percentile";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatMark } from "@/lib/player/format";
import { MarksChart } from "@/components/progress/marks-chart";
import { ItemMasteryTable, MasteryTable } from "@/components/progress/mastery-table";

export const metadata: Metadata = { title: "Ma progression" };

export default async function ProgressPage() {
  await requireUser();
  const progress = await getMyProgress();
  if (!progress) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const fmt = (n: number) => formatMark(n, locale);
  const dateFormat = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "short" });
  const { marks } = progress;
  const values = marks.map((m) => m.mark20);
  const headers = { points: t("learning.progress.points"), share: t("learning.progress.share") };
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("learning.progress.title")}</h1>
        <p className="mt-2 text-sm text-slate-700">{t("learning.progress.intro")}</p>
        {progress.withheld > 0 && (
          <p className="mt-1 text-sm text-slate-700">{progress.withheld === 1 ? t("learning.progress.withheldOne") : t("learning.progress.withheld", { count: progress.withheld })}</p>
        )}
      </div>

      <section className="card space-y-3" aria-labelledby="marks-title">
        <h2 id="marks-title" className="text-lg font-semibold">{t("learning.progress.marksTitle")}</h2>
        {marks.length === 0 ? (
          <p className="text-sm">{t("learning.progress.marksNone")}</p>
        ) : (
          <MarksChart
            marks={marks}
            locale={locale}
            dateFormat={dateFormat}
            labels={{
              summary:
                marks.length === 1
                  ? t("learning.progress.marksSummaryOne", { last: fmt(values[0]) })
                  : t("learning.progress.marksSummary", { count: marks.length, last: fmt(values[values.length - 1]), min: fmt(Math.min(...values)), max: fmt(Math.max(...values)) }),
              date: t("learning.progress.date"),
              caseTitle: t("learning.progress.caseTitle"),
              mark: t("learning.progress.mark"),
              assigned: t("learning.progress.assigned"),
              tableCaption: t("learning.progress.marksTable"),
            }}
          />
        )}
      </section>

      <section className="card space-y-3" aria-labelledby="items-title">
        <h2 id="items-title" className="text-lg font-semibold">{t("learning.progress.itemsTitle")}</h2>
        {progress.items.length === 0 ? (
          <p className="text-sm">{t("learning.progress.itemsNone")}</p>
        ) : (
          <ItemMasteryTable caption={t("learning.progress.itemsCaption")} items={progress.items} t={t} locale={locale} />
        )}
      </section>

      {progress.objectives.length > 0 && (
        <section className="card space-y-3" aria-labelledby="objectives-title">
          <h2 id="objectives-title" className="text-lg font-semibold">{t("learning.progress.objectivesTitle")}</h2>
          <MasteryTable
            caption={t("learning.progress.objectivesCaption")}
            headers={{ label: t("learning.progress.caseTitle"), ...headers }}
            locale={locale}
            rows={progress.objectives.map((o) => ({
              key: `${o.caseSlug}-${o.objectiveId}`,
              label: (
                <>
                  {o.text} <span className="block text-xs text-slate-600">{o.caseTitle}</span>
                </>
              ),
              points: o.points,
              max: o.max,
              answered: o.answered,
            }))}
          />
        </section>
      )}

      <section className="card space-y-3" aria-labelledby="missed-title">
        <h2 id="missed-title" className="text-lg font-semibold">{t("learning.progress.missedTitle")}</h2>
        {progress.missed.length === 0 ? (
          <p className="text-sm">{t("learning.progress.missedNone")}</p>
        ) : (
          <>
            <ol className="list-decimal space-y-2 pl-5 text-sm" data-testid="missed-questions">
              {progress.missed.map((m) => (
                <li key={`${m.caseSlug}-${m.questionId}`}>
                  <span className="line-clamp-2">{m.stem}</span>
                  <span className="text-xs text-slate-600">
                    {m.caseTitle} · {t("learning.progress.missedCount", { missed: m.missed, answered: m.answered })}
                  </span>
                </li>
              ))}
            </ol>
            <Link href="/review" className="link text-sm">
              {t("learning.progress.reviewLink")}
            </Link>
          </>
        )}
      </section>

      {progress.standings.length > 0 && (
        <section className="card space-y-3" aria-labelledby="standings-title">
          <h2 id="standings-title" className="text-lg font-semibold">{t("learning.progress.standingsTitle")}</h2>
          <p className="text-sm text-slate-700">{t("learning.progress.standingsRule", { min: MIN_FINISHED })}</p>
          <ul className="space-y-1 text-sm" data-testid="standings">
            {progress.standings.map((s) => (
              <li key={s.assignmentId}>
                <span className="font-medium">{s.caseTitle}</span> <span className="text-slate-600">({s.cohortName})</span> :{" "}
                {s.percentile === null
                  ? t("learning.progress.percentileHidden", { mark: fmt(s.mark20), min: MIN_FINISHED, finished: s.finishedAttempts })
                  : t("learning.progress.percentile", { mark: fmt(s.mark20), percentile: s.percentile })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
