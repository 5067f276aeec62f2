import type { StageTime } from "@/lib/review/types";
import { formatDuration } from "@/lib/player/format";
import type { SectionProps } from "./review-types";

export function StageTimes({ stages, t }: SectionProps & { stages: StageTime[] }) {
  return (
    <section className="card" aria-labelledby="stage-times-title">
      <h2 id="stage-times-title" className="text-lg font-semibold">
        {t("teach.review.stageTimesTitle")}
      </h2>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-sm" data-testid="stage-times">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="px-2 py-2">{t("teach.review.stageCol")}</th>
              <th scope="col" className="px-2 py-2 text-right">{t("teach.review.stageTime")}</th>
              <th scope="col" className="px-2 py-2 text-right">{t("teach.review.studentsCount")}</th>
            </tr>
          </thead>
          <tbody>
            {stages.map((s) => (
              <tr key={s.stageIndex} className="border-b border-slate-100">
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {t("teach.review.stage", { n: s.stageIndex + 1 })} — {s.title}
                </th>
                <td className="px-2 py-1 text-right tabular-nums" data-value={s.medianMs ?? undefined}>
                  {s.medianMs === null ? "—" : formatDuration(s.medianMs)}
                </td>
                <td className="px-2 py-1 text-right tabular-nums">{s.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
