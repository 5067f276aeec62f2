"use client";
import { useI18n } from "@/components/i18n-provider";
import { CheckboxGroup } from "./checkbox-group";
import { isSingular } from "./logic";
import { LongMenuInput } from "./long-menu-input";
import type { InputProps, QuestionOfType } from "./types";

export function QrpInput(props: InputProps<QuestionOfType<"qrp">>) {
  const { t, locale } = useI18n();
  const { question, id, describedBy, disabled, onChange } = props;
  if (question.longMenu) return <LongMenuInput {...props} />;
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
