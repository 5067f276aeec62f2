import type { DebriefInvestigation } from "@/lib/dal/debrief";
import { getT } from "@/lib/i18n/server";
import { formatMark } from "@/lib/player/format";

const badge: Record<DebriefInvestigation["relevance"], string> = {
  essential: "bg-green-100 text-green-900",
  useful: "bg-sky-100 text-sky-900",
  unnecessary: "bg-amber-100 text-amber-900",
  harmful: "bg-red-100 text-red-900",
};

export async function InvestigationReview({ items, locale }: { items: DebriefInvestigation[]; locale: "fr" | "en" }) {
  if (items.length === 0) return null;
  const t = await getT();
  return (
    <div>
      <h4 className="font-semibold">{t("player.attempt.investigations")}</h4>
      <ul className="mt-2 space-y-2 text-sm">
        {items.map((i) => {
          const earned = i.ordered ? (i.relevance === "essential" ? i.points : i.relevance === "useful" ? 0 : i.points) : 0;
          return (
            <li key={i.id} className="rounded-md border border-slate-200 p-2 break-words">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{i.label}</span>
                <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${badge[i.relevance]}`}>{t(`player.debrief.relevance.${i.relevance}`)}</span>
                <span className="text-xs text-slate-700">
                  {i.ordered ? t("player.attempt.ordered") : "—"}
                  {i.ordered && earned !== 0 && ` (${earned > 0 ? "+" : ""}${formatMark(earned, locale)})`}
                </span>
              </div>
              <p className="mt-1 text-slate-800">{i.rationale}</p>
              {!i.ordered && (
                <p className="mt-1 text-xs text-slate-600">
                  {t("player.attempt.result")} : {i.result}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
