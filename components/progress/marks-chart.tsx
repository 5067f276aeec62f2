import type { MarkPoint } from "@/lib/dal/progress";
import { formatMark } from "@/lib/player/format";

type Labels = { summary: string; date: string; caseTitle: string; mark: string; assigned: string; tableCaption: string };

const W = 320;
const H = 160;
const PAD = { left: 28, right: 8, top: 8, bottom: 20 };

/**
 * Marks out of 20 over time, server-rendered: an SVG line (one point per finished attempt, in order)
 * that scales to the width of a phone, named by a text summary, and the same data as a table.
 */
export function MarksChart({ marks, locale, dateFormat, labels }: { marks: MarkPoint[]; locale: "fr" | "en"; dateFormat: Intl.DateTimeFormat; labels: Labels }) {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (marks.length === 1 ? plotW / 2 : (i / (marks.length - 1)) * plotW);
  const y = (mark: number) => PAD.top + plotH - (Math.max(0, Math.min(20, mark)) / 20) * plotH;
  const path = marks.map((m, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(m.mark20).toFixed(1)}`).join(" ");
  return (
    <figure className="space-y-3">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-xl" role="img" aria-label={labels.summary}>
        {[0, 10, 20].map((g) => (
          <g key={g}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(g)} y2={y(g)} stroke="#cbd5e1" strokeWidth="1" />
            <text x={PAD.left - 4} y={y(g) + 4} textAnchor="end" fontSize="10" fill="#334155">
              {g}
            </text>
          </g>
        ))}
        <path d={path} fill="none" stroke="#1d4ed8" strokeWidth="2" />
        {marks.map((m, i) => (
          <circle key={m.attemptId} cx={x(i)} cy={y(m.mark20)} r="3.5" fill={m.assigned ? "#b45309" : "#1d4ed8"} />
        ))}
      </svg>
      <figcaption className="text-sm text-slate-700">{labels.summary}</figcaption>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[18rem] border-collapse text-sm">
          <caption className="sr-only">{labels.tableCaption}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-2">{labels.date}</th>
              <th scope="col" className="py-1 pr-2">{labels.caseTitle}</th>
              <th scope="col" className="py-1 text-right">{labels.mark}</th>
            </tr>
          </thead>
          <tbody>
            {marks.map((m) => (
              <tr key={m.attemptId} className="border-b border-slate-100">
                <td className="py-1 pr-2 whitespace-nowrap">{dateFormat.format(m.finishedAt)}</td>
                <td className="py-1 pr-2">
                  {m.caseTitle}
                  {m.assigned && <span className="ml-1 text-xs text-amber-800">({labels.assigned})</span>}
                </td>
                <td className="py-1 text-right tabular-nums">{formatMark(m.mark20, locale)} / 20</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
