"use client";
import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { TCS_KEYS, TCS_VALUES, tcsSign, type TcsValue } from "./logic";
import type { InputProps, QuestionOfType } from "./types";

/** The five-point TCS scale; `describedBy` should name the stem and the hypothesis/information block. */
export function TcsInput({ id, describedBy, disabled, onChange }: InputProps<QuestionOfType<"tcs">>) {
  const { t } = useI18n();
  const [value, setValue] = useState<TcsValue | null>(null);

  return (
    <fieldset disabled={disabled} aria-describedby={describedBy}>
      <legend className="label">{t("questions.tcs.effect")}</legend>
      <ul className="space-y-2">
        {TCS_VALUES.map((v) => {
          const key = TCS_KEYS[v];
          const inputId = `${id}-${key}`;
          return (
            <li key={v}>
              <label
                htmlFor={inputId}
                className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-slate-300 bg-white p-3 hover:border-brand-600 has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:ring-1 has-checked:ring-brand-700 has-disabled:cursor-not-allowed"
              >
                <input
                  id={inputId}
                  type="radio"
                  name={id}
                  value={v}
                  checked={value === v}
                  onChange={() => {
                    setValue(v);
                    onChange({ type: "tcs", value: v });
                  }}
                  className="mt-0.5 size-5 shrink-0 accent-brand-700"
                />
                <span className="w-8 shrink-0 text-base font-bold tabular-nums text-slate-900">{tcsSign(v)}</span>
                <span className="min-w-0">
                  <span className="block font-medium text-slate-900">{t(`questions.tcs.scale.${key}.label`)}</span>
                  <span className="block text-sm text-slate-700">{t(`questions.tcs.scale.${key}.detail`)}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
