import type { Messages } from "@/messages";
import type { Translator } from "@/lib/i18n/translate";
import { formatMark } from "@/lib/player/format";

export type MasteryRow = { key: string; label: React.ReactNode; points: number; max: number; answered: number };

/** Mastery as a table whose last column draws a bar: every value is in the text, the bar only repeats it. */
export function MasteryTable({ rows, caption, headers, locale }: { rows: MasteryRow[]; caption: string; headers: { label: string; points: string; share: string }; locale: "fr" | "en" }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[18rem] border-collapse text-sm">
        <caption className="mb-1 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pr-2">{headers.label}</th>
            <th scope="col" className="py-1 pr-2 text-right">{headers.points}</th>
            <th scope="col" className="w-1/3 py-1">{headers.share}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const pct = r.max > 0 ? Math.round((Math.max(0, r.points) / r.max) * 100) : 0;
            return (
              <tr key={r.key} className="border-b border-slate-100 align-top">
                <th scope="row" className="py-1 pr-2 text-left font-normal">{r.label}</th>
                <td className="py-1 pr-2 text-right whitespace-nowrap tabular-nums">
                  {formatMark(r.points, locale)} / {formatMark(r.max, locale)}
                </td>
                <td className="py-1">
                  <span className="tabular-nums">{pct} %</span>
                  <span className="mt-1 block h-2 w-full rounded-full bg-slate-200" aria-hidden="true">
                    <span className={`block h-full rounded-full ${pct >= 70 ? "bg-green-600" : pct >= 40 ? "bg-amber-500" : "bg-red-600"}`} style={{ width: `${pct}%` }} />
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Mastery by EDN item and rank ("316 — Leucémies aiguës (rang A)"), as the progress, cohort and review pages show it. */
export function ItemMasteryTable({
  items,
  caption,
  t,
  locale,
}: {
  items: readonly { item: number; rank: "A" | "B"; title: string; points: number; max: number; answered: number }[];
  caption: string;
  t: Translator<Messages>;
  locale: "fr" | "en";
}) {
  return (
    <MasteryTable
      caption={caption}
      headers={{ label: t("learning.progress.item"), points: t("learning.progress.points"), share: t("learning.progress.share") }}
      locale={locale}
      rows={items.map((m) => ({
        key: `${m.item}-${m.rank}`,
        label: (
          <>
            <span className="font-semibold">{m.item}</span> — {m.title} <span className="text-xs text-slate-600">({t("learning.progress.rank", { rank: m.rank })})</span>
          </>
        ),
        points: m.points,
        max: m.max,
        answered: m.answered,
      }))}
    />
  );
}
