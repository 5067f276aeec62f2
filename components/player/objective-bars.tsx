import type { ObjectiveScore } from "@/lib/scoring/types";
import { formatMark, formatPercent } from "@/lib/player/format";

export function ObjectiveBars({ objectives, locale }: { objectives: ObjectiveScore[]; locale: "fr" | "en" }) {
  return (
    <ul className="mt-2 space-y-3">
      {objectives
        .filter((o) => o.max > 0)
        .map((o) => {
          const pct = Math.round((o.points / o.max) * 100);
          return (
            <li key={o.id}>
              <div className="flex justify-between gap-2 text-sm">
                <span>{o.text}</span>
                <span className="shrink-0 font-semibold tabular-nums">
                  {formatMark(o.points, locale)} / {formatMark(o.max, locale)} ({formatPercent(o.points / o.max, locale)})
                </span>
              </div>
              <div className="mt-1 h-2 w-full rounded-full bg-slate-200" aria-hidden="true">
                <div className={`h-full rounded-full ${pct >= 70 ? "bg-green-600" : pct >= 40 ? "bg-amber-500" : "bg-red-600"}`} style={{ width: `${pct}%` }} />
              </div>
            </li>
          );
        })}
    </ul>
  );
}
