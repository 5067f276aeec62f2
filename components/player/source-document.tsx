import type { Debrief } from "@/lib/dal/debrief";
import { getT } from "@/lib/i18n/server";

/** The case report with every passage used in the case highlighted and linked to the stage where it appeared. */
export async function SourceDocument({ source }: { source: Debrief["source"] }) {
  const t = await getT();
  return (
    <section className="card" aria-labelledby="source-title" id="source">
      <h2 id="source-title" className="text-lg font-semibold">
        {t("player.debrief.source")}
      </h2>
      <p className="text-sm text-slate-700">{source.citation}</p>
      <p className="text-xs text-slate-600">{source.licence}</p>
      <p className="mt-2 text-sm text-slate-700">{t("player.debrief.sourceHelp")}</p>
      <div className="mt-3 whitespace-pre-wrap rounded-md bg-slate-50 p-3 text-sm leading-relaxed" data-testid="source-text">
        {source.segments.map((seg, i) =>
          seg.highlight ? (
            <mark key={i} id={seg.highlight.id} className="rounded bg-yellow-100 px-0.5 text-slate-900">
              {seg.text}
              {seg.highlight.stages.map((s) => (
                <a key={s} href={`#stage-${s + 1}`} className="ml-1 align-super text-xs font-semibold text-brand-800 underline">
                  {t("player.debrief.usedIn", { n: s + 1 })}
                </a>
              ))}
            </mark>
          ) : (
            <span key={i}>{seg.text}</span>
          ),
        )}
      </div>
    </section>
  );
}
