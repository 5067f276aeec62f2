"use client";
import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { QROC_MAX_CHARS, QROC_MAX_WORDS, wordCount } from "./logic";
import type { InputProps, QuestionOfType } from "./types";

export function QrocInput({ id, describedBy, disabled, onChange }: InputProps<QuestionOfType<"qroc">>) {
  const { t } = useI18n();
  const [text, setText] = useState("");
  const count = wordCount(text);
  const tooMany = count > QROC_MAX_WORDS;
  const inputId = `${id}-text`;
  const countId = `${id}-count`;
  const errorId = `${id}-error`;

  return (
    <div>
      <label htmlFor={inputId} className="label">
        {t("questions.qroc.label", { max: QROC_MAX_WORDS })}
      </label>
      <input
        id={inputId}
        type="text"
        className="input"
        value={text}
        maxLength={QROC_MAX_CHARS}
        autoComplete="off"
        autoCapitalize="none"
        disabled={disabled}
        aria-invalid={tooMany || undefined}
        aria-describedby={`${describedBy} ${countId} ${errorId}`}
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          const words = wordCount(value);
          onChange(words > 0 && words <= QROC_MAX_WORDS ? { type: "qroc", text: value.trim() } : null);
        }}
        onKeyDown={(e) => {
          // Enter must never send a final answer by accident.
          if (e.key === "Enter") e.preventDefault();
        }}
      />
      <p id={countId} className={`mt-1 text-sm ${tooMany ? "font-semibold text-red-700" : "text-slate-600"}`}>
        {t("questions.qroc.words", { count, max: QROC_MAX_WORDS })}
      </p>
      <p id={errorId} aria-live="polite" className="field-error">
        {tooMany ? t("questions.qroc.tooManyWords", { max: QROC_MAX_WORDS }) : ""}
      </p>
    </div>
  );
}
