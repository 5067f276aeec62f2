"use client";
import { useRef, type RefObject } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { PublicOption } from "@/lib/player/view-types";

type Props = {
  id: string;
  options: PublicOption[];
  n: number;
  onRemove: (id: string, text: string) => void;
  /** Where focus goes when the last chip is removed. */
  fallbackFocus: RefObject<HTMLInputElement | null>;
};

/** The long menu's picks, each with a remove button; focus moves to a neighbour so keyboard users keep their place. */
export function SelectedChips({ id, options, n, onRemove, fallbackFocus }: Props) {
  const { t } = useI18n();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const headingId = `${id}-heading`;

  function remove(index: number) {
    const option = options[index];
    const neighbour = options[index + 1] ?? options[index - 1];
    onRemove(option.id, option.text);
    const next = neighbour ? buttons.current.get(neighbour.id) : null;
    if (next) next.focus();
    else fallbackFocus.current?.focus();
  }

  return (
    <div>
      <p id={headingId} className="text-sm font-medium text-slate-800">
        {t("questions.longMenu.selected", { count: options.length, n })}
      </p>
      {options.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{t("questions.longMenu.noneSelected")}</p>
      ) : (
        <ul aria-labelledby={headingId} className="mt-1 flex flex-wrap gap-2">
          {options.map((o, index) => (
            <li key={o.id} className="inline-flex max-w-full items-center gap-1 rounded-full border border-brand-700 bg-brand-50 py-1 pl-3 pr-1 text-sm text-brand-800">
              <span className="min-w-0 break-words">{o.text}</span>
              <button
                type="button"
                ref={(el) => {
                  if (el) buttons.current.set(o.id, el);
                  else buttons.current.delete(o.id);
                }}
                className="inline-flex size-7 shrink-0 items-center justify-center rounded-full text-base font-bold hover:bg-brand-100"
                aria-label={t("questions.longMenu.remove", { text: o.text })}
                title={t("questions.longMenu.remove", { text: o.text })}
                onClick={() => remove(index)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
