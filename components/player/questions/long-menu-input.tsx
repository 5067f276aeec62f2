"use client";
import { useMemo, useRef, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Announcer, useAnnouncer } from "./announcer";
import { filterOptions, isSingular, toggleChoice } from "./logic";
import { OptionRow } from "./option-row";
import { SelectedChips } from "./selected-chips";
import type { InputProps, QuestionOfType } from "./types";
import { SearchField } from "./search-field";

/** QRP "long menu": a search box filtering many options, the matches as checkboxes, the picks as removable chips. */
export function LongMenuInput({ question, id, describedBy, disabled, onChange }: InputProps<QuestionOfType<"qrp">>) {
  const { t, locale } = useI18n();
  const [query, setQuery] = useState("");
  const [choices, setChoices] = useState<string[]>([]);
  const [message, announce] = useAnnouncer();
  const searchRef = useRef<HTMLInputElement>(null);
  const { n, options } = question;
  const order = useMemo(() => options.map((o) => o.id), [options]);
  const matches = useMemo(() => filterOptions(options, query), [options, query]);
  const listId = `${id}-list`;

  function update(next: string[]) {
    setChoices(next);
    onChange(next.length > 0 ? { type: "qrp", choices: next } : null);
  }

  function toggle(optionId: string) {
    const result = toggleChoice(choices, optionId, order, n);
    if (result.refused) {
      announce(t("questions.choice.limitReached", { n }));
      return;
    }
    announce("");
    update(result.choices);
  }

  function remove(optionId: string, text: string) {
    update(choices.filter((c) => c !== optionId));
    announce(t("questions.longMenu.removed", { text }));
  }

  const matchText =
    matches.length === 0
      ? t("questions.longMenu.noMatch", { query: query.trim() })
      : matches.length === 1
        ? t("questions.longMenu.matchesOne")
        : t("questions.longMenu.matches", { count: matches.length });

  return (
    <fieldset disabled={disabled} aria-describedby={describedBy} className="space-y-3">
      <legend className="label">{isSingular(locale, n) ? t("questions.choice.pickNOne", { n }) : t("questions.choice.pickN", { n })}</legend>
      <SelectedChips
        id={`${id}-chips`}
        options={options.filter((o) => choices.includes(o.id))}
        n={n}
        onRemove={remove}
        fallbackFocus={searchRef}
      />
      <SearchField
        id={id}
        listId={listId}
        label={t("questions.longMenu.search")}
        hint={t("questions.longMenu.searchHint")}
        matchText={matchText}
        query={query}
        onQuery={setQuery}
        inputRef={searchRef}
      />
      <ul id={listId} aria-label={t("questions.choice.legend")} className="max-h-80 space-y-2 overflow-y-auto rounded-md border border-slate-200 p-2">
        {matches.map((o) => (
          <li key={o.id}>
            <OptionRow
              type="checkbox"
              id={`${id}-${o.id}`}
              name={id}
              text={o.text}
              checked={choices.includes(o.id)}
              onChange={() => toggle(o.id)}
            />
          </li>
        ))}
      </ul>
      <Announcer message={message} visible />
    </fieldset>
  );
}
