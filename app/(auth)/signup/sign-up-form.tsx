"use client";
import { useActionState } from "react";
import Link from "next/link";
import { useI18n } from "@/components/i18n-provider";
import { signUpAction, type SignUpState } from "./actions";

type Field = "name" | "email" | "password";

export function SignUpForm() {
  const { t, locale } = useI18n();
  const [state, formAction, pending] = useActionState<SignUpState, FormData>(signUpAction, null);

  if (state?.ok) {
    // Never "created" nor "taken": the same answer either way (no one learns who has an account).
    return (
      <div className="mt-4 space-y-3" role="status" data-testid="signup-done">
        <p>{t("auth.signUp.done", { email: state.data.email })}</p>
        <Link href="/signin" className="btn-primary inline-block">
          {t("auth.signUp.signInLink")}
        </Link>
      </div>
    );
  }

  const errors = state?.fields ?? {};
  const values = state?.values ?? { name: "", email: "" };
  const message = (field: Field) => (errors[field] ? t(`auth.signUp.errors.${errors[field]}` as "auth.signUp.errors.emailInvalid") : null);

  const field = (name: Field, type: string, autoComplete: string, defaultValue?: string) => (
    <div>
      <label htmlFor={name} className="label">
        {t(`auth.signUp.${name}`)}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${name}-error` : undefined}
        className="input"
      />
      {errors[name] && (
        <p id={`${name}-error`} className="field-error">
          {message(name)}
        </p>
      )}
    </div>
  );

  return (
    <form action={formAction} className="mt-4 space-y-4" noValidate>
      {field("name", "text", "name", values.name)}
      {field("email", "email", "email", values.email)}
      {field("password", "password", "new-password")}
      <div aria-live="polite" className="sr-only">
        {state?.code === "invalid" ? t("common.forms.fixErrors") : ""}
      </div>
      {state?.code === "rate-limited" && (
        <p role="alert" className="field-error" data-testid="signup-error">
          {t("auth.signUp.rateLimited", {
            minutes: state.minutes,
            time: new Date(state.retryAt).toLocaleTimeString(locale === "fr" ? "fr-FR" : "en-GB", { hour: "2-digit", minute: "2-digit" }),
          })}
        </p>
      )}
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? t("auth.signUp.submitting") : t("auth.signUp.submit")}
      </button>
    </form>
  );
}
