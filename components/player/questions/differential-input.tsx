"use client";
import { useMemo, useRef, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { DIFFERENTIAL_MAX } from "@/lib/scoring/differential";
import { Announcer, useAnnouncer } from "./announcer";
import { filterOptions, moveItem } from "./logic";
import type { InputProps, QuestionOfType } from "./types";
import { SearchField } from "./search-field";

type Entry = { id: string; cantMiss: boolean };

/**
 * Ranked differential: a search box over the (long) menu of diagnoses, each match a button that adds
 * it to the ranking; the ranking as an ordered list with move up/down, remove, and a "can't miss"
 * checkbox per diagnosis. Every control is a native button or checkbox (keyboard and phone).
 */
export function DifferentialInput({ question, id, describedBy, disabled, onChange }: InputProps<QuestionOfType<"differential">>) {
  const { t } = useI18n();
  const [query, setQuery] = useState("");
  const [ranking, setRanking] = useState<Entry[]>([]);
  const [message, announce] = useAnnouncer();
  const searchRef = useRef<HTMLInputElement>(null);
  const text = useMemo(() => new Map(question.diagnoses.map((d) => [d.id, d.text])), [question.diagnoses]);
  const matches = useMemo(() => filterOptions(question.diagnoses, query).filter((d) => !ranking.some((r) => r.id === d.id)), [question.diagnoses, query, ranking]);
  const listId = `${id}-matches`;
  const full = ranking.length >= DIFFERENTIAL_MAX;

  function update(next: Entry[]) {
    setRanking(next);
    onChange(next.length > 0 ? { type: "differential", ranking: next } : null);
  }

  function add(diagnosisId: string) {
    if (full) {
      announce(t("reasoning.differential.full", { max: DIFFERENTIAL_MAX }));
      return;
    }
    const next = [...ranking, { id: diagnosisId, cantMiss: false }];
    update(next);
    setQuery("");
    announce(t("reasoning.differential.added", { text: text.get(diagnosisId) ?? diagnosisId, position: next.length }));
    searchRef.current?.focus();
  }

  function move(index: number, to: number) {
    if (to < 0 || to >= ranking.length) return;
    update(moveItem(ranking, index, to));
    announce(t("reasoning.differential.moved", { text: text.get(ranking[index].id) ?? "", position: to + 1 }));
  }

  function remove(index: number) {
    const label = text.get(ranking[index].id) ?? "";
    update(ranking.filter((_, i) => i !== index));
    announce(t("reasoning.differential.removed", { text: label }));
    searchRef.current?.focus();
  }

  const matchText =
    matches.length === 0
      ? t("reasoning.differential.noMatch", { query: query.trim() })
      : matches.length === 1
        ? t("reasoning.differential.matchesOne")
        : t("reasoning.differential.matches", { count: matches.length });

  return (
    <fieldset disabled={disabled} aria-describedby={describedBy} className="space-y-3">
      <legend className="label">{t("reasoning.differential.legend", { max: DIFFERENTIAL_MAX })}</legend>
      <section aria-labelledby={`${id}-ranked`} className="space-y-2">
        <h5 id={`${id}-ranked`} className="text-sm font-semibold text-slate-800">
          {t("reasoning.differential.ranked", { count: ranking.length, max: DIFFERENTIAL_MAX })}
        </h5>
        {ranking.length === 0 ? (
          <p className="text-sm text-slate-600">{t("reasoning.differential.empty")}</p>
        ) : (
          <ol className="space-y-2" data-testid="differential-ranking">
            {ranking.map((entry, i) => {
              const label = text.get(entry.id) ?? entry.id;
              return (
                <li key={entry.id} className="flex flex-wrap items-center gap-2 rounded-md border border-slate-300 bg-white p-2">
                  <span className="w-8 shrink-0 text-center font-bold text-brand-800">
                    <span aria-hidden="true">{i + 1}</span>
                    <span className="sr-only">{t("reasoning.differential.rank", { position: i + 1 })}</span>
                  </span>
                  <span className="min-w-0 flex-1 break-words">{label}</span>
                  <label className="flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800">
                    <input
                      type="checkbox"
                      className="size-5 accent-red-700"
                      checked={entry.cantMiss}
                      aria-label={t("reasoning.differential.cantMissOf", { text: label })}
                      onChange={() => update(ranking.map((r, k) => (k === i ? { ...r, cantMiss: !r.cantMiss } : r)))}
                    />
                    <span aria-hidden="true">{t("reasoning.differential.cantMiss")}</span>
                  </label>
                  <span className="flex gap-1">
                    <button type="button" className="btn-secondary min-h-11 min-w-11" aria-label={t("reasoning.differential.moveUp", { text: label })} disabled={i === 0} onClick={() => move(i, i - 1)}>
                      ↑
                    </button>
                    <button
                      type="button"
                      className="btn-secondary min-h-11 min-w-11"
                      aria-label={t("reasoning.differential.moveDown", { text: label })}
                      disabled={i === ranking.length - 1}
                      onClick={() => move(i, i + 1)}
                    >
                      ↓
                    </button>
                    <button type="button" className="btn-secondary min-h-11 min-w-11" aria-label={t("reasoning.differential.remove", { text: label })} onClick={() => remove(i)}>
                      ✕
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <SearchField
        id={id}
        listId={listId}
        label={t("reasoning.differential.search")}
        hint={t("reasoning.differential.searchHint")}
        matchText={matchText}
        query={query}
        onQuery={setQuery}
        inputRef={searchRef}
        onKeyDown={(e) => {
          // Enter adds the first match (never submits the answer).
          if (e.key === "Enter") {
            e.preventDefault();
            if (query.trim() && matches.length > 0) add(matches[0].id);
          }
        }}
      />
      <ul id={listId} aria-label={t("reasoning.differential.matchesList")} className="max-h-72 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2">
        {matches.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              className="flex min-h-11 w-full items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-left hover:border-brand-600 disabled:opacity-60"
              aria-label={t("reasoning.differential.add", { text: d.text })}
              disabled={full}
              onClick={() => add(d.id)}
            >
              <span aria-hidden="true" className="font-bold text-brand-800">
                +
              </span>
              <span className="min-w-0 break-words">{d.text}</span>
            </button>
          </li>
        ))}
      </ul>
      <Announcer message={message} visible />
    </fieldset>
  );
}
