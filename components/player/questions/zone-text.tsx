"use client";
import { useI18n } from "@/components/i18n-provider";
import type { PublicQuestion } from "@/lib/player/view-types";

type Segments = Extract<PublicQuestion, { type: "zone" }>["segments"];

/**
 * The zone text, read-only: the learner's picks highlighted and, with a key, the expected zones
 * marked ✓ (a pick that was not expected ✗). Every state is also spelled out in words, never by colour alone.
 */
export function ZoneText({ segments, chosen, correct }: { segments: Segments; chosen: Set<string>; correct?: Set<string> }) {
  const { t } = useI18n();
  return (
    <p className="whitespace-pre-wrap break-words rounded-md border border-slate-200 bg-white p-3 text-base leading-9 text-slate-900">
      {segments.map((s, i) => {
        if (s.kind === "text") return <span key={i}>{s.text}</span>;
        const on = chosen.has(s.id);
        const expected = correct?.has(s.id) ?? false;
        const icon = correct === undefined ? null : expected ? "✓" : on ? "✗" : null;
        const tone = on ? "bg-brand-700 font-semibold text-white" : "bg-slate-100 text-slate-900";
        const ring = expected ? "outline-2 outline-offset-1 outline-green-700" : "";
        const notes = [expected ? t("questions.feedback.expectedZone") : null].filter(Boolean);
        return (
          <span key={i} className={`mx-px inline-block max-w-full rounded px-1 leading-7 ${tone} ${ring}`}>
            {icon && <span aria-hidden="true">{icon} </span>}
            {s.text}
            {on && <span className="ml-1 text-xs font-normal">[{t("questions.zone.selectedMark")}]</span>}
            {notes.length > 0 && <span className="sr-only"> ({notes.join(", ")})</span>}
          </span>
        );
      })}
    </p>
  );
}
