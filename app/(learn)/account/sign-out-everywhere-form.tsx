"use client";
import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";
import { signOutRequest } from "@/components/shell/sign-out-request";
import { commonActionErrorKey } from "@/lib/i18n/action-errors";
import { signOutEverywhereAction, type SignOutEverywhereState } from "./actions";

export function SignOutEverywhereForm() {
  const { t } = useI18n();
  const router = useRouter();
  const [state, action, pending] = useActionState<SignOutEverywhereState>(signOutEverywhereAction, null);
  useEffect(() => {
    if (!state?.ok) return;
    // Every session has ended on the server; this browser also drops its cookie, then signs in again.
    void signOutRequest().finally(() => {
      router.replace("/signin");
      router.refresh();
    });
  }, [state, router]);
  return (
    <form action={action} className="space-y-2">
      <button type="submit" className="btn-secondary" disabled={pending || state?.ok}>
        {pending || state?.ok ? t("account.sessions.pending") : t("account.sessions.submit")}
      </button>
      <p className="field-error" aria-live="polite">
        {state?.ok === false && t(commonActionErrorKey(state.code))}
      </p>
    </form>
  );
}
