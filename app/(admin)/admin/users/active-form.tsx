"use client";
import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { setUserActiveAction, type ActiveState } from "./actions";
import { adminErrorKey } from "./admin-error";

export function ActiveForm({ userId, email, deactivated }: { userId: string; email: string; deactivated: boolean }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<ActiveState, FormData>(setUserActiveAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="deactivate" value={deactivated ? "0" : "1"} />
      <button type="submit" className="btn-secondary py-1.5" disabled={pending} aria-label={t(deactivated ? "admin.users.reactivate" : "admin.users.deactivate", { email })}>
        {t(deactivated ? "admin.users.reactivateLabel" : "admin.users.deactivateLabel")}
      </button>
      <span aria-live="polite" className="text-sm">
        {state?.ok && <span className="text-green-800">{t(state.data.deactivated ? "admin.users.deactivated" : "admin.users.reactivated", { email })}</span>}
        {state?.ok === false && <span className="text-red-700">{t(adminErrorKey(state.code))}</span>}
      </span>
    </form>
  );
}
