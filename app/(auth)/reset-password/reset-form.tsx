"use client";
import Link from "next/link";
import { useActionState, useSyncExternalStore } from "react";
import { useI18n } from "@/components/i18n-provider";
import { accountErrorKey } from "@/app/(learn)/account/account-errors";
import { resetPasswordAction, type ResetPasswordState } from "./actions";

const noop = () => () => {};
/** The token is in the URL fragment, which only the browser sees. */
const readToken = () => window.location.hash.slice(1);

export function ResetForm() {
  const { t } = useI18n();
  const token = useSyncExternalStore(noop, readToken, () => null);
  const [state, action, pending] = useActionState<ResetPasswordState, FormData>(resetPasswordAction, null);
  if (state?.ok) {
    return (
      <p role="status" className="text-green-800">
        {t("account.reset.done")}{" "}
        <Link href="/signin" className="link">
          {t("account.reset.signIn")}
        </Link>
      </p>
    );
  }
  if (token === "") return <p className="text-red-700">{t("account.reset.missing")}</p>;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token ?? ""} />
      <label className="flex flex-col text-sm">
        {t("account.password.next")}
        <input type="password" name="next" required minLength={8} maxLength={200} autoComplete="new-password" className="input" />
      </label>
      <label className="flex flex-col text-sm">
        {t("account.password.confirm")}
        <input type="password" name="confirm" required minLength={8} maxLength={200} autoComplete="new-password" className="input" />
      </label>
      <button type="submit" className="btn-primary" disabled={pending || token === null}>
        {t("account.reset.submit")}
      </button>
      <p aria-live="polite" className="text-sm text-red-700">
        {state?.ok === false && t(accountErrorKey(state.code))}
      </p>
    </form>
  );
}
