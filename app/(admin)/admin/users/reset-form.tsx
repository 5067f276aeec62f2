"use client";
import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { issueResetAction, type ResetState } from "./actions";
import { adminErrorKey } from "./admin-error";

export function ResetForm({ userId, email }: { userId: string; email: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<ResetState, FormData>(issueResetAction, null);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" className="btn-secondary py-1.5" disabled={pending} aria-label={t("admin.users.issueReset", { email })}>
        {t("admin.users.issueResetLabel")}
      </button>
      <div aria-live="polite" className="text-sm">
        {state?.ok && (
          <div className="space-y-1" data-testid="reset-link">
            <p>{t("admin.users.resetIssued", { email })}</p>
            <input readOnly value={state.data.link} className="input w-full font-mono text-xs" aria-label={t("admin.users.resetIssued", { email })} onFocus={(e) => e.currentTarget.select()} />
            {state.data.mailed === true && <p className="text-green-800">{t("admin.users.resetEmailed", { email })}</p>}
            {state.data.mailed === false && <p className="text-red-700">{t("admin.users.resetEmailFailed")}</p>}
          </div>
        )}
        {state?.ok === false && <span className="text-red-700">{t(adminErrorKey(state.code))}</span>}
      </div>
    </form>
  );
}
