"use client";
import { useMemo } from "react";
import { useI18n } from "@/components/i18n-provider";
import { highlightSegments, itemSpans, type ItemKind } from "@/lib/authoring/highlight-segments";
import type { Extraction } from "@/lib/import/types";

/** Highlight colours by kind, the most specific first (a lab value inside a dated sentence shows as a lab value). */
export const KIND_STYLE: Record<ItemKind, string> = {
  lab: "bg-sky-100 text-slate-900 ring-1 ring-sky-300",
  treatment: "bg-emerald-100 text-slate-900 ring-1 ring-emerald-300",
  event: "bg-violet-100 text-slate-900 ring-1 ring-violet-300",
  heading: "bg-amber-100 font-semibold text-slate-900",
};
const PRIORITY: ItemKind[] = ["lab", "treatment", "event", "heading"];

export const anchorId = (kind: ItemKind, index: number) => `extrait-${kind}-${index}`;

type Props = { text: string; extraction: Extraction; labs: boolean[]; events: boolean[]; treatments: boolean[] };

/**
 * The document with the kept items highlighted. Every run is a React text node: whatever the
 * uploaded file contains (markup, scripts) is shown as text and never interpreted.
 */
export function DocumentView({ text, extraction, labs, events, treatments }: Props) {
  const { t } = useI18n();
  const segments = useMemo(
    () =>
      highlightSegments(
        text.length,
        itemSpans(extraction, { lab: (i) => labs[i], event: (i) => events[i], treatment: (i) => treatments[i] }),
      ),
    [text, extraction, labs, events, treatments],
  );
  return (
    <section aria-labelledby="document-title" className="card space-y-2 lg:sticky lg:top-16">
      <h3 id="document-title" className="text-lg font-semibold">
        {t("authoring.importFlow.review.documentTitle")}
      </h3>
      <p className="text-sm text-slate-700">{t("authoring.importFlow.review.documentHelp")}</p>
      <ul className="flex flex-wrap gap-2 text-xs" aria-label={t("authoring.importFlow.review.legendTitle")}>
        {PRIORITY.map((k) => (
          <li key={k} className={`rounded px-1.5 py-0.5 ${KIND_STYLE[k]}`}>
            {t(`authoring.importFlow.review.legend.${k}`)}
          </li>
        ))}
      </ul>
      <div
        tabIndex={0}
        role="region"
        aria-label={t("authoring.importFlow.review.documentLabel")}
        data-testid="document-text"
        className="max-h-[60vh] overflow-auto whitespace-pre-wrap break-words rounded-md border border-slate-200 bg-slate-50 p-3 text-sm leading-relaxed lg:max-h-[75vh]"
      >
        {segments.map((seg) => {
          const run = text.slice(seg.start, seg.end);
          if (seg.items.length === 0) return <span key={seg.start}>{run}</span>;
          const kinds = seg.items.map((i) => i.kind);
          const top = PRIORITY.find((k) => kinds.includes(k))!;
          const anchor = seg.starts.find((s) => s.kind === top) ?? seg.starts[0];
          return (
            <mark
              key={seg.start}
              id={anchor ? anchorId(anchor.kind, anchor.index) : undefined}
              data-kind={[...new Set(kinds)].join(" ")}
              className={`scroll-mt-24 rounded-sm px-0.5 ${KIND_STYLE[top]}`}
            >
              {seg.starts
                .filter((s) => s !== anchor)
                .map((s) => (
                  <span key={`${s.kind}-${s.index}`} id={anchorId(s.kind, s.index)} />
                ))}
              {run}
            </mark>
          );
        })}
      </div>
    </section>
  );
}
