"use client";
import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { parseFrenchNumber } from "./logic";
import type { InputProps, QuestionOfType } from "./types";

export function NumericInput({ question, id, describedBy, disabled, onChange }: InputProps<QuestionOfType<"numeric">>) {
  const { t } = useI18n();
  const [raw, setRaw] = useState("");
  const [touched, setTouched] = useState(false);
  const invalid = raw.trim() !== "" && parseFrenchNumber(raw) === null;
  // Letters can never become a number: say so at once; a half-typed "1," waits for the field to be left.
  const hopeless = /[^\d\s.,+\-]/u.test(raw);
  const showError = invalid && (touched || hopeless);
  const inputId = `${id}-value`;
  const unitId = `${id}-unit`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  return (
    <div>
      <label htmlFor={inputId} className="label">
        {t("questions.numeric.label")}
      </label>
      <div className="flex items-center gap-2">
        <div className="w-40 max-w-full">
          <input
            id={inputId}
            type="text"
            inputMode="decimal"
            className="input"
            value={raw}
            maxLength={32}
            autoComplete="off"
            disabled={disabled}
            aria-invalid={showError || undefined}
            aria-describedby={[describedBy, question.unit ? unitId : "", hintId, errorId].filter(Boolean).join(" ")}
            onChange={(e) => {
              setRaw(e.target.value);
              const value = parseFrenchNumber(e.target.value);
              onChange(value === null ? null : { type: "numeric", value });
            }}
            onBlur={() => setTouched(true)}
            onKeyDown={(e) => {
              // Enter must never send a final answer by accident.
              if (e.key === "Enter") {
                e.preventDefault();
                setTouched(true);
              }
            }}
          />
        </div>
        {question.unit && (
          <span id={unitId} className="text-base font-medium text-slate-800">
            {question.unit}
          </span>
        )}
      </div>
      <p id={hintId} className="mt-1 text-sm text-slate-600">
        {t("questions.numeric.hint")}
      </p>
      <p id={errorId} aria-live="polite" className="field-error">
        {showError ? t("questions.numeric.invalid") : ""}
      </p>
    </div>
  );
}
