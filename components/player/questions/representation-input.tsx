"use client";
import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { REPRESENTATION_MAX_CHARS } from "@/lib/scoring/limits";
import type { InputProps, QuestionOfType } from "./types";

/** Problem representation: a one- or two-sentence summary in the learner's own words. */
export function RepresentationInput({ id, describedBy, disabled, onChange }: InputProps<QuestionOfType<"representation">>) {
  const { t } = useI18n();
  const [text, setText] = useState("");
  const inputId = `${id}-text`;
  const hintId = `${id}-hint`;
  const countId = `${id}-count`;
  return (
    <div>
      <label htmlFor={inputId} className="label">
        {t("reasoning.representation.label")}
      </label>
      <p id={hintId} className="mb-1 text-sm text-slate-600">
        {t("reasoning.representation.hint")}
      </p>
      <textarea
        id={inputId}
        className="input min-h-28"
        rows={4}
        value={text}
        maxLength={REPRESENTATION_MAX_CHARS}
        disabled={disabled}
        aria-describedby={`${describedBy} ${hintId} ${countId}`}
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          onChange(value.trim() ? { type: "representation", text: value.trim() } : null);
        }}
      />
      <p id={countId} className="mt-1 text-sm text-slate-600">
        {t("reasoning.representation.chars", { count: text.length, max: REPRESENTATION_MAX_CHARS })}
      </p>
    </div>
  );
}
