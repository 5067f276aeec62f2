import type { HistogramBin } from "@/lib/stats";
import { formatNumber } from "@/lib/teach/format";
import type { SectionProps } from "./review-types";

export function ScoreHistogram({ bins, t, locale }: SectionProps & { bins: HistogramBin[] }) {
  const top = Math.max(1, ...bins.map((b) => b.count));
  return (
    <section className="card" aria-labelledby="histogram-title">
      <h2 id="histogram-title" className="text-lg font-semibold">
        {t("teach.review.histogramTitle")}
      </h2>
      <ol className="mt-4 flex h-48 items-end gap-1 border-b border-slate-400 sm:gap-2" aria-labelledby="histogram-title" data-testid="histogram">
        {bins.map((b) => {
          const label = t("teach.review.histogramBar", { from: formatNumber(b.from, locale), to: formatNumber(b.to, locale), count: b.count });
          return (
            <li key={b.from} className="flex h-full min-w-0 flex-1 flex-col items-center justify-end" data-count={b.count}>
              <span className="sr-only">{label}</span>
              <span aria-hidden="true" className="text-xs tabular-nums text-slate-700">
                {b.count}
              </span>
              <span aria-hidden="true" className="w-full rounded-t bg-brand-600" style={{ height: `${(b.count / top) * 85}%`, minHeight: b.count > 0 ? 2 : 0 }} />
            </li>
          );
        })}
      </ol>
      <div aria-hidden="true" className="mt-1 flex gap-1 text-center text-[10px] text-slate-600 sm:gap-2 sm:text-xs">
        {bins.map((b) => (
          <span key={b.from} className="min-w-0 flex-1 tabular-nums">
            {formatNumber(b.from, locale)}–{formatNumber(b.to, locale)}
          </span>
        ))}
      </div>
      <p aria-hidden="true" className="mt-1 text-center text-xs text-slate-600">
        {t("teach.review.histogramAxis")}
      </p>
    </section>
  );
}
