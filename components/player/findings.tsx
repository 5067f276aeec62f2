import type { FindingView, LabRowView } from "@/lib/player/view-types";
import type { Messages } from "@/messages";
import type { Translator } from "@/lib/i18n/translate";
import { Paragraphs } from "./paragraphs";
import { ScrollBox } from "./scroll-box";

type T = Translator<Messages>;

const flagStyle: Record<NonNullable<LabRowView["flag"]>, string> = {
  low: "bg-amber-100 text-amber-900",
  high: "bg-red-100 text-red-900",
  normal: "bg-slate-100 text-slate-800",
  "critical-low": "bg-amber-200 text-amber-950",
  "critical-high": "bg-red-200 text-red-950",
};
const flagArrow = { low: "↓", high: "↑", normal: "", "critical-low": "↓↓", "critical-high": "↑↑" } as const;

function LabTable({ finding, t }: { finding: Extract<FindingView, { kind: "lab" }>; t: T }) {
  return (
    <ScrollBox label={finding.title} hint={t("player.attempt.labScrollHint")}>
      <table className="w-full min-w-[20rem] border-collapse text-sm">
        <caption className="mb-1 text-left font-semibold">
          {finding.title}
          {finding.date && <span className="font-normal text-slate-600"> · {finding.date}</span>}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pr-2">{t("player.attempt.labAnalyte")}</th>
            <th scope="col" className="py-1 pr-2">{t("player.attempt.labValue")}</th>
            <th scope="col" className="py-1 pr-2">{t("player.attempt.labRange")}</th>
            <th scope="col" className="py-1">{t("player.attempt.labFlag")}</th>
          </tr>
        </thead>
        <tbody>
          {finding.rows.map((r, i) => (
            <tr key={i} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-1 pr-2 text-left font-medium">{r.analyte}</th>
              <td className="py-1 pr-2 tabular-nums">
                {r.value} {r.unit}
                {r.note && <span className="block text-xs text-slate-600">{r.note}</span>}
              </td>
              <td className="py-1 pr-2 text-slate-700">{r.range ?? "—"}</td>
              <td className="py-1">
                {r.flag && (
                  <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${flagStyle[r.flag]}`}>
                    <span aria-hidden="true">{flagArrow[r.flag]} </span>
                    {t(`player.attempt.flags.${r.flag}`)}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

function SourceLink({ anchor, t }: { anchor?: string; t: T }) {
  if (!anchor) return null;
  return (
    <a href={`#${anchor}`} className="link text-xs">
      {t("player.debrief.source")}
    </a>
  );
}

/** `sourceAnchors` (debrief only) maps a finding's index to its highlighted passage in the source. */
export function Findings({ findings, t, sourceAnchors }: { findings: FindingView[]; t: T; sourceAnchors?: Record<string, string> }) {
  if (findings.length === 0) return null;
  return (
    <div className="space-y-4">
      {findings.map((f, i) => {
        const anchor = sourceAnchors?.[String(i)];
        if (f.kind === "lab")
          return (
            <div key={i} id={anchor ? `use-${anchor}` : undefined}>
              <LabTable finding={f} t={t} />
              <SourceLink anchor={anchor} t={t} />
            </div>
          );
        if (f.kind === "vitals")
          return (
            <div key={i} id={anchor ? `use-${anchor}` : undefined}>
              {f.title && <h4 className="font-semibold">{f.title}</h4>}
              <dl className="mt-1 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
                {f.items.map((item, j) => (
                  <div key={j}>
                    <dt className="text-slate-600">{item.label}</dt>
                    <dd className="font-medium tabular-nums">
                      {item.value} {item.unit}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          );
        return (
          <div key={i} id={anchor ? `use-${anchor}` : undefined}>
            <h4 className="font-semibold">{f.title}</h4>
            <Paragraphs text={f.text} className="mt-1 space-y-2 text-sm text-slate-800" />
            <SourceLink anchor={anchor} t={t} />
          </div>
        );
      })}
    </div>
  );
}
