"use client";
import { useI18n } from "@/components/i18n-provider";
import type { Section, TimelineEvent, Treatment } from "@/lib/import/types";
import { anchorId } from "./document-view";

export function SectionList({ sections }: { sections: Section[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="sections-title" className="card space-y-2">
      <h3 id="sections-title" className="text-lg font-semibold">
        {t("authoring.importFlow.review.sections.title", { count: sections.length })}
      </h3>
      <ol className="space-y-1 text-sm" data-testid="section-list">
        {sections.map((s, i) => (
          <li key={i} className="flex flex-wrap items-baseline gap-x-2">
            {s.fromHeading ? (
              <a href={`#${anchorId("heading", i)}`} className="font-semibold hover:underline">
                {s.title}
              </a>
            ) : (
              <span className="font-semibold">{s.title.length > 60 ? `${s.title.slice(0, 60)}…` : s.title}</span>
            )}
            <span className="text-xs text-slate-600">
              {t(`authoring.importFlow.review.sections.kinds.${s.kind}`)} · {s.fromHeading ? t("authoring.importFlow.review.sections.fromHeading") : t("authoring.importFlow.review.sections.chunk")}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

type ToggleProps<T> = { items: T[]; kept: boolean[]; onToggle: (index: number, keep: boolean) => void };

function Keep({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return <input type="checkbox" className="mt-1 h-4 w-4 shrink-0" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-label={label} />;
}

export function TimelineList({ items, kept, onToggle, text }: ToggleProps<TimelineEvent> & { text: string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="events-title" className="card space-y-2">
      <h3 id="events-title" className="text-lg font-semibold">
        {t("authoring.importFlow.review.events.title", { count: items.length })}
      </h3>
      {items.length === 0 ? <p className="text-sm text-slate-700">{t("authoring.importFlow.review.events.none")}</p> : null}
      <ol className="space-y-2 text-sm" data-testid="timeline">
        {items.map((e, i) => {
          const description = text.slice(e.descriptionSpan.start, e.descriptionSpan.end).replace(/\s+/g, " ");
          const when = e.kind === "absolute" ? (e.date ?? "") : e.after ? t("authoring.importFlow.review.events.after", { date: e.after }) : t("authoring.importFlow.review.events.relative");
          return (
            <li key={i} className={`flex items-start gap-2 ${kept[i] ? "" : "text-slate-500 line-through"}`} data-testid="timeline-item">
              <Keep label={t("authoring.importFlow.review.keepItem", { text: e.text })} checked={kept[i]} onChange={(v) => onToggle(i, v)} />
              <div className="min-w-0">
                <p>
                  <a href={`#${anchorId("event", i)}`} className="font-semibold hover:underline">
                    {e.text}
                  </a>{" "}
                  <span className="text-xs text-slate-600">
                    ({when}
                    {e.yearInferred ? `, ${t("authoring.importFlow.review.events.inferred")}` : ""})
                  </span>
                </p>
                <p className="text-xs text-slate-700">{description.length > 180 ? `${description.slice(0, 180)}…` : description}</p>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function TreatmentList({ items, kept, onToggle }: ToggleProps<Treatment>) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="treatments-title" className="card space-y-2">
      <h3 id="treatments-title" className="text-lg font-semibold">
        {t("authoring.importFlow.review.treatments.title", { count: items.length })}
      </h3>
      {items.length === 0 ? <p className="text-sm text-slate-700">{t("authoring.importFlow.review.treatments.none")}</p> : null}
      <ul className="space-y-2 text-sm" data-testid="treatment-list">
        {items.map((tr, i) => (
          <li key={i} className={`flex items-start gap-2 ${kept[i] ? "" : "text-slate-500 line-through"}`} data-testid="treatment-item">
            <Keep label={t("authoring.importFlow.review.keepItem", { text: tr.text })} checked={kept[i]} onChange={(v) => onToggle(i, v)} />
            <div className="min-w-0">
              <p>
                <span className="font-semibold">{tr.name}</span> — {tr.dose ? tr.dose.text : <span className="italic">{t("authoring.importFlow.review.treatments.noDose")}</span>}
                {tr.schedule ? ` · ${tr.schedule.text}` : ""}
                {tr.fromStem ? <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">{t("authoring.importFlow.review.treatments.toConfirm")}</span> : null}
              </p>
              <p className="text-xs text-slate-600">
                <a href={`#${anchorId("treatment", i)}`} className="underline decoration-dotted underline-offset-2 hover:text-brand-700">
                  « {tr.text} »
                </a>
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
