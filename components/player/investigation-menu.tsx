"use client";
import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { InvestigationView } from "@/lib/player/view-types";
import { orderInvestigationAction } from "@/app/(learn)/attempts/[id]/actions";
import { usePlayAction } from "./use-play-action";
import { formatMark } from "@/lib/player/format";

type Props = { attemptId: string; items: InvestigationView[]; open: boolean; closedNote: string };

export function InvestigationMenu({ attemptId, items, open, closedNote }: Props) {
  const { t, locale } = useI18n();
  const { error, run, pending } = usePlayAction();
  const [busy, setBusy] = useState<string | null>(null);
  // Results returned by the order action, shown until the page is next rendered with them.
  const [earned, setEarned] = useState<ReadonlyMap<string, string>>(() => new Map());
  if (items.length === 0) return null;
  return (
    <div>
      <p className="text-sm text-slate-700">{open ? t("player.attempt.investigationsHelp") : closedNote}</p>
      <ul className="mt-2 space-y-2">
        {items.map((item) => {
          const result = item.result ?? earned.get(item.id);
          return (
            <li key={item.id} className="rounded-md border border-slate-200 p-3" data-testid={`investigation-${item.id}`}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div>
                  <p className="font-medium">{item.label}</p>
                  <p className="text-xs text-slate-600">
                    {item.cost !== undefined && t("player.attempt.cost", { cost: formatMark(item.cost, locale) })}
                    {item.cost !== undefined && item.delay && " · "}
                    {item.delay && t("player.attempt.delay", { delay: item.delay })}
                  </p>
                </div>
                {result === undefined ? (
                  open && (
                    <button
                      type="button"
                      className="btn-secondary py-1"
                      disabled={pending}
                      aria-label={t("player.attempt.orderLabel", { label: item.label })}
                      onClick={() => {
                        setBusy(item.id);
                        run(() => orderInvestigationAction(attemptId, item.id), {
                          refresh: false,
                          then: ({ data }) => setEarned((prev) => new Map(prev).set(item.id, data.result)),
                        });
                      }}
                    >
                      {pending && busy === item.id ? t("player.attempt.ordering") : t("player.attempt.order")}
                    </button>
                  )
                ) : (
                  <span className="rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">{t("player.attempt.ordered")}</span>
                )}
              </div>
              {result !== undefined && (
                <div className="mt-2 rounded bg-slate-50 p-2 text-sm">
                  <span className="font-semibold">{t("player.attempt.result")} : </span>
                  <span className="whitespace-pre-line break-words">{result}</span>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <p aria-live="polite" className="field-error">
        {error}
      </p>
    </div>
  );
}
