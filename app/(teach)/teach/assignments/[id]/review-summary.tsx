import type { Review } from "@/lib/review/types";
import { formatFixed, formatNumber } from "@/lib/teach/format";
import type { SectionProps } from "./review-types";

function Stat({ label, value, testId, raw }: { label: string; value: string; testId: string; raw?: number | null }) {
  return (
    <div className="rounded-md border border-slate-200 p-3">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="mt-1 text-xl font-bold tabular-nums" data-testid={testId} data-value={raw ?? undefined}>
        {value}
      </dd>
    </div>
  );
}

export function ReviewSummary({ review, rule, t, locale }: SectionProps & { review: Review; rule: string }) {
  const { completion: c, marks: m } = review;
  const num = (v: number | null) => (v === null ? "—" : formatNumber(v, locale, 2));
  return (
    <>
      <section className="card" aria-labelledby="completion-title">
        <h2 id="completion-title" className="text-lg font-semibold">
          {t("teach.review.completionTitle")}
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-5">
          <Stat label={t("teach.review.members")} value={String(c.members)} testId="count-members" />
          <Stat label={t("teach.review.notStarted")} value={String(c.notStarted)} testId="count-not-started" />
          <Stat label={t("teach.review.inProgress")} value={String(c.inProgress)} testId="count-in-progress" />
          <Stat label={t("teach.review.finished")} value={String(c.finished)} testId="count-finished" />
          <Stat label={t("teach.review.lateCount")} value={String(c.late)} testId="count-late" />
        </dl>
      </section>
      <section className="card" aria-labelledby="scores-title">
        <h2 id="scores-title" className="text-lg font-semibold">
          {t("teach.review.scoresTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("teach.review.scoresHelp", { rule, n: review.n })}</p>
        {m.n === 0 ? (
          <p className="mt-2 text-slate-700">{t("teach.review.noScores")}</p>
        ) : (
          <dl className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-5">
            <Stat label={t("teach.review.mean")} value={num(m.mean)} testId="stat-mean" raw={m.mean} />
            <Stat label={t("teach.review.median")} value={num(m.median)} testId="stat-median" raw={m.median} />
            <Stat label={t("teach.review.sd")} value={num(m.sd)} testId="stat-sd" raw={m.sd} />
            <Stat label={t("teach.review.min")} value={num(m.min)} testId="stat-min" raw={m.min} />
            <Stat label={t("teach.review.max")} value={num(m.max)} testId="stat-max" raw={m.max} />
          </dl>
        )}
        <div className="mt-4 rounded-md bg-brand-50 p-3">
          <p className="font-semibold">
            {t("teach.review.alpha")} :{" "}
            <span className="tabular-nums" data-testid="alpha" data-value={review.alpha ?? undefined}>
              {review.alpha === null ? t("teach.review.undefinedStat") : formatFixed(review.alpha, locale, 2)}
            </span>
          </p>
          <p className="text-sm text-slate-700">{t("teach.review.alphaHelp")}</p>
        </div>
      </section>
    </>
  );
}
