"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { changePasswordAction, type PasswordState } from "./actions";
import { accountErrorKey } from "./account-errors";

export function ChangePasswordForm() {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<PasswordState, FormData>(changePasswordAction, null);
  if (state?.ok) {
    return (
      <p role="status" className="text-green-800">
        {t("account.password.done")}{" "}
        <Link href="/signin" className="link">
          {t("account.password.signInAgain")}
        </Link>
      </p>
    );
  }
  return (
    <form action={action} className="space-y-3">
      <label className="flex flex-col text-sm">
        {t("account.password.current")}
        <input type="password" name="current" required autoComplete="current-password" className="input" />
      </label>
      <label className="flex flex-col text-sm">
        {t("account.password.next")}
        <input type="password" name="next" required minLength={8} maxLength={200} autoComplete="new-password" className="input" />
      </label>
      <label className="flex flex-col text-sm">
        {t("account.password.confirm")}
        <input type="password" name="confirm" required minLength={8} maxLength={200} autoComplete="new-password" className="input" />
      </label>
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("account.password.submit")}
      </button>
      <p aria-live="polite" className="text-sm text-red-700">
        {state?.ok === false && t(accountErrorKey(state.code))}
      </p>
    </form>
  );
}
