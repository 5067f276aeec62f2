"use client";
import Link from "next/link";
import { useI18n } from "@/components/i18n-provider";

/**
 * The password block shared by the change-password form (/account) and the reset form (one-time
 * link): the current password when asked, the new one twice, the submit button and the error.
 */
export function PasswordFields({ withCurrent = false, submitLabel, disabled, error }: { withCurrent?: boolean; submitLabel: string; disabled: boolean; error: string | null }) {
  const { t } = useI18n();
  return (
    <>
      {withCurrent && (
        <label className="flex flex-col text-sm">
          {t("account.password.current")}
          <input type="password" name="current" required autoComplete="current-password" className="input" />
        </label>
      )}
      <label className="flex flex-col text-sm">
        {t("account.password.next")}
        <input type="password" name="next" required minLength={8} maxLength={200} autoComplete="new-password" className="input" />
      </label>
      <label className="flex flex-col text-sm">
        {t("account.password.confirm")}
        <input type="password" name="confirm" required minLength={8} maxLength={200} autoComplete="new-password" className="input" />
      </label>
      <button type="submit" className="btn-primary" disabled={disabled}>
        {submitLabel}
      </button>
      <p aria-live="polite" className="text-sm text-red-700">
        {error}
      </p>
    </>
  );
}

/** What both forms show once the password is set: sign in with it. */
export function PasswordDone({ text, signInLabel }: { text: string; signInLabel: string }) {
  return (
    <p role="status" className="text-green-800">
      {text}{" "}
      <Link href="/signin" className="link">
        {signInLabel}
      </Link>
    </p>
  );
}
