"use client";
import { useActionState } from "react";
import { commonActionErrorKey } from "@/lib/i18n/action-errors";
import { useI18n } from "@/components/i18n-provider";
import { formatJoinCode } from "@/lib/teach/join-code";
import { rotateJoinCodeAction, type RotateState } from "./actions";

export function JoinCodeCard({ cohortId, code, joinUrl }: { cohortId: string; code: string; joinUrl: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<RotateState, FormData>(rotateJoinCodeAction, null);
  const shown = formatJoinCode(state?.ok ? state.data.code : code);
  return (
    <section className="card space-y-2" aria-labelledby="join-title">
      <h2 id="join-title" className="text-lg font-semibold">
        {t("teach.cohort.joinTitle")}
      </h2>
      <p className="font-mono text-3xl font-bold tracking-widest text-brand-800" data-testid="join-code">
        {shown}
      </p>
      <p className="text-sm text-slate-700">{t("teach.cohort.joinHelp")}</p>
      <p className="break-all text-sm text-slate-700">{t("teach.cohort.joinLink", { url: `${joinUrl}?code=${shown}` })}</p>
      <form action={action} className="flex flex-wrap items-center gap-3 pt-1">
        <input type="hidden" name="cohortId" value={cohortId} />
        <button type="submit" className="btn-secondary" disabled={pending} aria-describedby="rotate-help">
          {pending ? t("teach.cohort.rotating") : t("teach.cohort.rotate")}
        </button>
        <span id="rotate-help" className="text-sm text-slate-600">
          {t("teach.cohort.rotateHelp")}
        </span>
        <span aria-live="polite" className="text-sm font-medium">
          {state?.ok && <span className="text-green-800">{t("teach.cohort.rotated", { code: shown })}</span>}
          {state?.ok === false && <span className="text-red-700">{t(commonActionErrorKey(state.code))}</span>}
        </span>
      </form>
    </section>
  );
}
