import type { InvestigationReview } from "@/lib/review/types";
import { formatNumber, formatPercent } from "@/lib/teach/format";
import type { SectionProps } from "./review-types";

const badge = {
  essential: "bg-green-100 text-green-900",
  useful: "bg-sky-100 text-sky-900",
  unnecessary: "bg-amber-100 text-amber-900",
  harmful: "bg-red-100 text-red-900",
} as const;

export function InvestigationTable({ items, stageTitles, t, locale }: SectionProps & { items: InvestigationReview[]; stageTitles: string[] }) {
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="investigations-title">
      <h2 id="investigations-title" className="text-lg font-semibold">
        {t("teach.review.investigationsTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("teach.review.investigationsHelp")}</p>
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="investigations-title">
        <table className="w-full border-collapse text-sm sm:min-w-[32rem]" data-testid="investigation-table">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="px-2 py-2">{t("teach.review.investigation")}</th>
              <th scope="col" className="px-2 py-2 text-right">{t("teach.review.orderedBy")}</th>
              <th scope="col" className="px-2 py-2">{t("teach.review.relevance")}</th>
              <th scope="col" className="px-2 py-2 text-right">{t("teach.review.colPoints")}</th>
            </tr>
          </thead>
          {stageTitles.map((title, stageIndex) => {
            const rows = items.filter((i) => i.stageIndex === stageIndex);
            if (rows.length === 0) return null;
            return (
              <tbody key={stageIndex}>
                <tr>
                  <th scope="colgroup" colSpan={4} className="bg-slate-50 px-2 py-1 text-left text-xs font-semibold uppercase tracking-wide text-slate-700">
                    {t("teach.review.stage", { n: stageIndex + 1 })} — {title}
                  </th>
                </tr>
                {rows.map((i) => (
                  <tr key={i.id} className="border-b border-slate-100" data-testid="investigation-row" data-investigation-id={i.id}>
                    <th scope="row" className="px-2 py-1 text-left font-normal">{i.label}</th>
                    <td className="whitespace-nowrap px-2 py-1 text-right tabular-nums" data-col="count">
                      {i.count} ({i.share === null ? "—" : formatPercent(i.share, locale, 0)})
                    </td>
                    <td className="px-2 py-1">
                      <span className={`whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold ${badge[i.relevance]}`}>{t(`player.debrief.relevance.${i.relevance}`)}</span>
                    </td>
                    <td className="px-2 py-1 text-right tabular-nums">{i.points > 0 ? `+${formatNumber(i.points, locale)}` : formatNumber(i.points, locale)}</td>
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>
    </section>
  );
}
