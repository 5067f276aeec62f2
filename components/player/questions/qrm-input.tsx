"use client";
import { useI18n } from "@/components/i18n-provider";
import { CheckboxGroup } from "./checkbox-group";
import type { ChoiceQuestion, InputProps } from "./types";

export function QrmInput({ question, id, describedBy, disabled, onChange }: InputProps<ChoiceQuestion>) {
  const { t } = useI18n();
  return (
    <CheckboxGroup
      options={question.options}
      id={id}
      legend={t("questions.choice.pickSome")}
      describedBy={describedBy}
      disabled={disabled}
      // An empty QRM is refused by the card: a submitted answer is final, so an accidental click must not send nothing.
      onChange={(choices) => onChange(choices.length > 0 ? { type: "qrm", choices } : null)}
    />
  );
}
