"use client";
import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { changePasswordAction, type PasswordState } from "./actions";
import { accountErrorKey } from "./account-errors";
import { PasswordDone, PasswordFields } from "./password-fields";

export function ChangePasswordForm() {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<PasswordState, FormData>(changePasswordAction, null);
  if (state?.ok) return <PasswordDone text={t("account.password.done")} signInLabel={t("account.password.signInAgain")} />;
  return (
    <form action={action} className="space-y-3">
      <PasswordFields withCurrent submitLabel={t("account.password.submit")} disabled={pending} error={state?.ok === false ? t(accountErrorKey(state.code)) : null} />
    </form>
  );
}
