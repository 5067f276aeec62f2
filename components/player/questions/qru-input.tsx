"use client";
import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { OptionRow } from "./option-row";
import type { ChoiceQuestion, InputProps } from "./types";

export function QruInput({ question, id, describedBy, disabled, onChange }: InputProps<ChoiceQuestion>) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<string | null>(null);

  return (
    <fieldset disabled={disabled} aria-describedby={describedBy}>
      <legend className="label">{t("questions.choice.pickOne")}</legend>
      <ul className="space-y-2">
        {question.options.map((o) => (
          <li key={o.id}>
            <OptionRow
              type="radio"
              id={`${id}-${o.id}`}
              name={id}
              text={o.text}
              checked={choice === o.id}
              onChange={() => {
                setChoice(o.id);
                onChange({ type: "qru", choice: o.id });
              }}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
