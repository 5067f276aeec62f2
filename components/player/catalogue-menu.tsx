"use client";
import { useMemo, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { CatalogueEntryView, InvestigationView } from "@/lib/player/view-types";
import { orderCatalogueTestAction } from "@/app/(learn)/attempts/[id]/catalogue-actions";
import { Announcer, useAnnouncer } from "./questions/announcer";
import { filterOptions } from "./questions/logic";
import { SearchField } from "./questions/search-field";
import { usePlayAction } from "./use-play-action";

/** At most this many matches are listed: a long list of buttons is hard to scan on a phone. */
const SHOWN = 12;

type Props = { attemptId: string; ordered: InvestigationView[]; catalogue: CatalogueEntryView[]; open: boolean; closedNote: string };

/**
 * A catalogue menu: the learner searches the shared catalogue (label, abbreviations, synonyms) and
 * orders a test with its button; results appear in the list of tests ordered. Which tests the case
 * defines is never known here: an undefined one answers "non contributif".
 */
export function CatalogueMenu({ attemptId, ordered, catalogue, open, closedNote }: Props) {
  const { t } = useI18n();
  const { error, run, pending } = usePlayAction();
  const [query, setQuery] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const [message, announce] = useAnnouncer();
  // Results returned by the action, shown until the page is next rendered with them.
  const [earned, setEarned] = useState<{ id: string; label: string; result: string }[]>([]);
  const searchable = useMemo(() => catalogue.map((c) => ({ ...c, text: [c.label, ...c.synonyms].join(" ") })), [catalogue]);
  const matches = useMemo(() => (query.trim() ? filterOptions(searchable, query) : []), [searchable, query]);
  const list = [...ordered.map((o) => ({ id: o.id, label: o.label, result: o.result ?? "" }))];
  for (const e of earned) if (!list.some((o) => o.label === e.label && o.result === e.result)) list.push(e);
  const searchId = `catalogue-${attemptId}`;

  const countText = !query.trim()
    ? t("catalogueMenu.typeToSearch")
    : matches.length === 0
      ? t("catalogueMenu.noMatch", { query: query.trim() })
      : matches.length > SHOWN
        ? t("catalogueMenu.more", { count: matches.length, shown: SHOWN })
        : matches.length === 1
          ? t("catalogueMenu.matchesOne")
          : t("catalogueMenu.matches", { count: matches.length });

  return (
    <div className="space-y-3" data-testid="catalogue-menu">
      <p className="text-sm text-slate-700">{open ? t("catalogueMenu.help") : closedNote}</p>
      {open && (
        <div className="space-y-2">
          <SearchField
            id={searchId}
            listId={matches.length > 0 ? `${searchId}-matches` : undefined}
            label={t("catalogueMenu.search")}
            hint={t("catalogueMenu.searchHint")}
            matchText={countText}
            query={query}
            onQuery={setQuery}
            onKeyDown={(e) => {
              // Enter never orders (a test costs points): the learner picks a button.
              if (e.key === "Enter") e.preventDefault();
            }}
          />
          {matches.length > 0 && (
            <ul id={`${searchId}-matches`} className="space-y-1" aria-label={t("catalogueMenu.matchesList")}>
              {matches.slice(0, SHOWN).map((m) => (
                <li key={m.id}>
                  <button
                    type="button"
                    className="flex min-h-11 w-full items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-left hover:border-brand-600 disabled:opacity-60"
                    disabled={pending}
                    aria-label={t("catalogueMenu.order", { label: m.label })}
                    onClick={() => {
                      setBusy(m.id);
                      run(() => orderCatalogueTestAction(attemptId, m.id), {
                        refresh: false,
                        then: (r) => {
                          setEarned((prev) => [...prev, { id: r.data.testId, label: r.data.label, result: r.data.result }]);
                          announce(t("catalogueMenu.orderedAnnounce", { label: m.label }));
                        },
                      });
                    }}
                  >
                    <span aria-hidden="true" className="font-bold text-brand-800">
                      +
                    </span>
                    <span className="min-w-0 break-words">{pending && busy === m.id ? t("catalogueMenu.ordering") : m.label}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <Announcer message={message} />
        </div>
      )}
      <section>
        <h4 className="text-sm font-semibold text-slate-800">{t("catalogueMenu.orderedCount", { count: list.length })}</h4>
        {list.length === 0 ? (
          <p className="text-sm text-slate-600">{t("catalogueMenu.none")}</p>
        ) : (
          <ul className="mt-2 space-y-2" data-testid="catalogue-ordered">
            {list.map((item) => (
              <li key={`${item.id}-${item.label}`} className="rounded-md border border-slate-200 p-3">
                <p className="font-medium break-words">{item.label}</p>
                <div className="mt-1 rounded bg-slate-50 p-2 text-sm">
                  <span className="font-semibold">{t("player.attempt.result")} : </span>
                  <span className="whitespace-pre-line break-words">{item.result}</span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p aria-live="polite" className="field-error">
        {error}
      </p>
    </div>
  );
}
