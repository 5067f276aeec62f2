"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { joinCohortAction, type JoinState } from "./actions";

export function JoinForm({ initialCode }: { initialCode: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<JoinState, FormData>(joinCohortAction, null);
  const error =
    state?.ok !== false
      ? null
      : state.code === "rate-limited"
        ? t("teach.join.errors.rate-limited", { minutes: state.minutes ?? 1 })
        : t(`teach.join.errors.${state.code}`);
  return (
    <form action={action} className="card max-w-lg space-y-3" noValidate>
      <div>
        <label htmlFor="join-code" className="label">
          {t("teach.join.code")}
        </label>
        <input
          id="join-code"
          name="code"
          className="input font-mono uppercase tracking-widest"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          required
          defaultValue={state?.ok === false ? (state.values?.code ?? "") : initialCode}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "join-code-error" : undefined}
        />
      </div>
      <div aria-live="polite">
        {error && (
          <p id="join-code-error" className="field-error">
            {error}
          </p>
        )}
        {state?.ok && (
          <p className="rounded-md bg-green-50 p-3 text-sm font-medium text-green-900">
            {state.data.already ? t("teach.join.already", { name: state.data.cohortName }) : t("teach.join.joined", { name: state.data.cohortName })}{" "}
            <Link href="/cases" className="link">
              {t("teach.join.seeCases")}
            </Link>
          </p>
        )}
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("teach.join.submitting") : t("teach.join.submit")}
      </button>
    </form>
  );
}
