"use client";
import { useActionState, useEffect, useRef } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";
import { signUpAction, type SignUpState } from "./actions";

type Field = "name" | "email" | "password";

export function SignUpForm() {
  const { t } = useI18n();
  const router = useRouter();
  const [state, formAction, pending] = useActionState<SignUpState, FormData>(signUpAction, { status: "idle" });
  // React resets the form after the action: keep the typed password to sign in right after.
  const password = useRef("");

  useEffect(() => {
    if (state.status !== "created") return;
    // The account exists: sign in with the password just typed, then go home.
    void signIn("credentials", { email: state.email, password: password.current, redirect: false }).then(() => {
      router.replace("/");
      router.refresh();
    });
  }, [state, router]);

  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : { name: "", email: "" };
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
    <form
      action={formAction}
      onSubmit={(e) => {
        password.current = String(new FormData(e.currentTarget).get("password") ?? "");
      }}
      className="mt-4 space-y-4"
      noValidate
    >
      {field("name", "text", "name", values.name)}
      {field("email", "email", "email", values.email)}
      {field("password", "password", "new-password")}
      <div aria-live="polite" className="sr-only">
        {state.status === "error" ? t("common.forms.fixErrors") : ""}
      </div>
      <button type="submit" className="btn-primary w-full" disabled={pending || state.status === "created"}>
        {pending || state.status === "created" ? t("auth.signUp.submitting") : t("auth.signUp.submit")}
      </button>
    </form>
  );
}
