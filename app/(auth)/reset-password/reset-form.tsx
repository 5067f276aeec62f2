"use client";
import { useActionState, useSyncExternalStore } from "react";
import { useI18n } from "@/components/i18n-provider";
import { accountErrorKey } from "@/app/(learn)/account/account-errors";
import { PasswordDone, PasswordFields } from "@/app/(learn)/account/password-fields";
import { resetPasswordAction, type ResetPasswordState } from "./actions";

const noop = () => () => {};
/** The token is in the URL fragment, which only the browser sees. */
const readToken = () => window.location.hash.slice(1);

export function ResetForm() {
  const { t } = useI18n();
  const token = useSyncExternalStore(noop, readToken, () => null);
  const [state, action, pending] = useActionState<ResetPasswordState, FormData>(resetPasswordAction, null);
  if (state?.ok) return <PasswordDone text={t("account.reset.done")} signInLabel={t("account.reset.signIn")} />;
  if (token === "") return <p className="text-red-700">{t("account.reset.missing")}</p>;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token ?? ""} />
      <PasswordFields submitLabel={t("account.reset.submit")} disabled={pending || token === null} error={state?.ok === false ? t(accountErrorKey(state.code)) : null} />
    </form>
  );
}
