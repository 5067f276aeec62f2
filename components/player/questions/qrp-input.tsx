"use client";
import { lazy, Suspense } from "react";
import { useI18n } from "@/components/i18n-provider";
import { CheckboxGroup } from "./checkbox-group";
import { isSingular } from "./logic";
import type { InputProps, QuestionOfType } from "./types";

// The searchable long menu is rarer and heavier than plain checkboxes: its code loads only when a
// question uses it, which keeps the player's first load within its budget.
const LongMenuInput = lazy(() => import("./long-menu-input").then((m) => ({ default: m.LongMenuInput })));

export function QrpInput(props: InputProps<QuestionOfType<"qrp">>) {
  const { t, locale } = useI18n();
  const { question, id, describedBy, disabled, onChange } = props;
  if (question.longMenu)
    return (
      <Suspense fallback={<div className="h-24 animate-pulse rounded-md bg-slate-100" aria-hidden="true" />}>
        <LongMenuInput {...props} />
      </Suspense>
    );
  const n = question.n;
  return (
    <CheckboxGroup
      options={question.options}
      id={id}
      legend={isSingular(locale, n) ? t("questions.choice.pickNOne", { n }) : t("questions.choice.pickN", { n })}
      describedBy={describedBy}
      disabled={disabled}
      max={n}
      onChange={(choices) => onChange(choices.length > 0 ? { type: "qrp", choices } : null)}
    />
  );
}
