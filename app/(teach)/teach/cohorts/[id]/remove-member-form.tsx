"use client";
import { useActionState } from "react";
import { commonActionErrorKey } from "@/lib/i18n/action-errors";
import { useI18n } from "@/components/i18n-provider";
import { removeMemberAction, type RemoveState } from "./actions";

export function RemoveMemberForm({ cohortId, userId, name }: { cohortId: string; userId: string; name: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<RemoveState, FormData>(removeMemberAction, null);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="cohortId" value={cohortId} />
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" className="btn-secondary py-1 text-red-800" disabled={pending} aria-label={t("teach.cohort.removeLabel", { name })}>
        {pending ? t("teach.cohort.removing") : t("teach.cohort.remove")}
      </button>
      <span aria-live="polite" className="text-sm">
        {state?.ok === false && <span className="text-red-700">{t(commonActionErrorKey(state.code))}</span>}
      </span>
    </form>
  );
}
