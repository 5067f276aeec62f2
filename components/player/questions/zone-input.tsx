"use client";
import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { isSingular } from "./logic";
import type { InputProps, QuestionOfType } from "./types";

/** Zone on a text: the text runs as written and each zone is a toggle button inside it. */
export function ZoneInput({ question, id, describedBy, disabled, onChange }: InputProps<QuestionOfType<"zone">>) {
  const { t, locale } = useI18n();
  const [choices, setChoices] = useState<string[]>([]);
  const order = question.segments.flatMap((s) => (s.kind === "zone" ? [s.id] : []));
  const counterId = `${id}-counter`;

  function toggle(zoneId: string) {
    const set = new Set(choices);
    if (set.has(zoneId)) set.delete(zoneId);
    else set.add(zoneId);
    const next = order.filter((z) => set.has(z));
    setChoices(next);
    onChange(next.length > 0 ? { type: "zone", choices: next } : null);
  }

  const count = choices.length;
  return (
    <fieldset disabled={disabled} aria-describedby={`${describedBy} ${counterId}`}>
      <legend className="label">{t("questions.zone.instructions")}</legend>
      <p className="whitespace-pre-wrap break-words rounded-md border border-slate-200 bg-white p-3 text-base leading-9 text-slate-900">
        {question.segments.map((s, i) => {
          if (s.kind === "text") return <span key={i}>{s.text}</span>;
          const on = choices.includes(s.id);
          return (
            <button
              key={i}
              type="button"
              aria-pressed={on}
              onClick={() => toggle(s.id)}
              className={`mx-px rounded px-1 py-0.5 text-left underline decoration-2 underline-offset-4 box-decoration-clone disabled:cursor-not-allowed ${
                on ? "bg-brand-700 font-semibold text-white decoration-solid" : "bg-brand-50 text-brand-800 decoration-dotted hover:bg-brand-100"
              }`}
            >
              {on && <span aria-hidden="true">✓ </span>}
              {s.text}
            </button>
          );
        })}
      </p>
      <p id={counterId} aria-live="polite" className="mt-2 text-sm font-medium text-slate-700">
        {isSingular(locale, count) ? t("questions.zone.counterOne", { count }) : t("questions.zone.counter", { count })}
      </p>
    </fieldset>
  );
}
