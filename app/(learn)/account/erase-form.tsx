"use client";
import { useActionState, useEffect } from "react";
import { useI18n } from "@/components/i18n-provider";
import { eraseAccountAction, type EraseState } from "./actions";
import { accountErrorKey } from "./account-errors";

export function EraseForm() {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<EraseState, FormData>(eraseAccountAction, null);
  // A full navigation, not a server-side redirect: the action's request still holds the signed-in
  // user in its per-request cache, so a page rendered in it would show the erased account's header.
  useEffect(() => {
    if (state?.ok) window.location.replace("/account-erased");
  }, [state?.ok]);
  return (
    <form action={action} className="space-y-3">
      <label className="flex flex-col text-sm">
        {t("account.erase.password")}
        <input type="password" name="password" required autoComplete="current-password" className="input" />
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="confirm" value="yes" />
        {t("account.erase.confirm")}
      </label>
      <button type="submit" className="btn-danger" disabled={pending}>
        {t("account.erase.submit")}
      </button>
      <p aria-live="polite" className="text-sm text-red-700">
        {state?.ok === false && t(accountErrorKey(state.code))}
      </p>
    </form>
  );
}
