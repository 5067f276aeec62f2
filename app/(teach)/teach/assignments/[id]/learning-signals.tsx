import type { AssignmentReview } from "@/lib/dal/review";
import { SHOTGUN_MENU_SHARE, SHOTGUN_UNNECESSARY, SPEED_FRACTION, SPEED_MIN_FINISHED } from "@/lib/review/learning-signals";
import { formatDuration } from "@/lib/player/format";
import { ItemMasteryTable } from "@/components/progress/mastery-table";
import type { SectionProps } from "./review-types";

/** The cohort's mastery by EDN item, and the students flagged for shotgun ordering or speed-running, with the rules. */
export function LearningSignals({ signals, t, locale }: SectionProps & { signals: AssignmentReview["signals"] }) {
  return (
    <>
      <section className="card space-y-3" aria-labelledby="cohort-items-title">
        <h2 id="cohort-items-title" className="text-lg font-semibold">{t("learning.signals.itemsTitle")}</h2>
        {signals.items.length === 0 ? (
          <p className="text-sm">{t("learning.signals.itemsNone")}</p>
        ) : (
          <ItemMasteryTable caption={t("learning.signals.itemsCaption")} items={signals.items.map((m) => ({ ...m, title: signals.itemTitles[m.item] }))} t={t} locale={locale} />
        )}
      </section>
      <section className="card space-y-3" aria-labelledby="flags-title">
        <h2 id="flags-title" className="text-lg font-semibold">{t("learning.signals.flagsTitle")}</h2>
        <p className="text-sm text-slate-700">
          {t("learning.signals.rule", { share: SHOTGUN_MENU_SHARE * 100, unnecessary: SHOTGUN_UNNECESSARY, fraction: SPEED_FRACTION * 100, min: SPEED_MIN_FINISHED })}
        </p>
        {signals.flags.length === 0 ? (
          <p className="text-sm">{t("learning.signals.flagsNone")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm" data-testid="student-flags">
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="px-2 py-2">{t("learning.signals.student")}</th>
                  <th scope="col" className="px-2 py-2">{t("learning.signals.pattern")}</th>
                </tr>
              </thead>
              <tbody>
                {signals.flags.map((f) => (
                  <tr key={f.userId} className="border-b border-slate-100 align-top">
                    <th scope="row" className="px-2 py-1 text-left font-normal">{f.name}</th>
                    <td className="px-2 py-1">
                      <ul className="space-y-1">
                        {f.shotgun && <li>{t("learning.signals.shotgun", f.shotgun)}</li>}
                        {f.speed && <li>{t("learning.signals.speed", { duration: formatDuration(f.speed.durationMs), median: formatDuration(f.speed.medianMs) })}</li>}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
