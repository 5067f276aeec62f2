"use client";
import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { startAttemptAction, type StartState } from "./actions";

export function StartAttemptForm({ slug, examMinutes }: { slug: string; examMinutes: number }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<StartState, FormData>(startAttemptAction, null);
  return (
    <form action={action} className="card space-y-3">
      <input type="hidden" name="slug" value={slug} />
      <fieldset>
        <legend className="font-semibold">{t("player.overview.mode")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          <label className="flex cursor-pointer gap-3 rounded-md border border-slate-300 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" name="mode" value="training" defaultChecked className="mt-1" />
            <span>
              <span className="block font-medium">{t("player.overview.training")}</span>
              <span className="block text-sm text-slate-700">{t("player.overview.trainingHelp")}</span>
            </span>
          </label>
          <label className="flex cursor-pointer gap-3 rounded-md border border-slate-300 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" name="mode" value="exam" className="mt-1" />
            <span>
              <span className="block font-medium">{t("player.overview.exam")}</span>
              <span className="block text-sm text-slate-700">{t("player.overview.examHelp", { minutes: examMinutes })}</span>
            </span>
          </label>
        </div>
      </fieldset>
      <div aria-live="polite">{state?.ok === false && <p className="field-error">{t(`player.overview.errors.${state.code}`)}</p>}</div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("player.overview.starting") : t("player.overview.start")}
      </button>
    </form>
  );
}
