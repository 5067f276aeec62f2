"use client";
import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { PublicOption } from "@/lib/player/view-types";
import { Announcer, useAnnouncer } from "./announcer";
import { toggleChoice } from "./logic";
import { OptionRow } from "./option-row";

type Props = {
  options: PublicOption[];
  id: string;
  legend: string;
  describedBy: string;
  disabled: boolean;
  /** QRP: at most this many ticks; one more is refused and announced. */
  max?: number;
  onChange: (choices: string[]) => void;
};

export function CheckboxGroup({ options, id, legend, describedBy, disabled, max, onChange }: Props) {
  const { t } = useI18n();
  const [choices, setChoices] = useState<string[]>([]);
  const [message, announce] = useAnnouncer();
  const order = options.map((o) => o.id);
  const counterId = `${id}-counter`;

  function toggle(optionId: string) {
    const result = toggleChoice(choices, optionId, order, max);
    if (result.refused) {
      announce(t("questions.choice.limitReached", { n: max ?? 0 }));
      return;
    }
    announce("");
    setChoices(result.choices);
    onChange(result.choices);
  }

  return (
    <fieldset disabled={disabled} aria-describedby={describedBy}>
      <legend className="label">{legend}</legend>
      {max !== undefined && (
        <p id={counterId} className="mb-2 text-sm font-medium text-slate-700">
          {t("questions.choice.counter", { count: choices.length, n: max })}
        </p>
      )}
      <ul className="space-y-2">
        {options.map((o) => (
          <li key={o.id}>
            <OptionRow
              type="checkbox"
              id={`${id}-${o.id}`}
              name={id}
              text={o.text}
              checked={choices.includes(o.id)}
              onChange={() => toggle(o.id)}
              describedBy={max !== undefined ? counterId : undefined}
            />
          </li>
        ))}
      </ul>
      {max !== undefined && <Announcer message={message} visible />}
    </fieldset>
  );
}
