"use client";
import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { commonActionErrorKey } from "@/lib/i18n/action-errors";
import { createCohortAction, type CreateCohortState } from "./actions";

export function CreateCohortForm() {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<CreateCohortState, FormData>(createCohortAction, null);
  const code = state?.ok === false ? state.code : null;
  const error =
    code === "required" || code === "tooLong" || code === "invalid"
      ? t(`teach.createCohort.errors.${code}`)
      : code
        ? t(commonActionErrorKey(code))
        : null;
  return (
    <form action={action} className="card space-y-3" aria-labelledby="create-cohort-title" noValidate>
      <h2 id="create-cohort-title" className="text-lg font-semibold">
        {t("teach.createCohort.title")}
      </h2>
      <div>
        <label htmlFor="cohort-name" className="label">
          {t("teach.createCohort.name")}
        </label>
        <input
          id="cohort-name"
          name="name"
          className="input"
          maxLength={80}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby="cohort-name-help cohort-name-error"
        />
        <p id="cohort-name-help" className="mt-1 text-sm text-slate-600">
          {t("teach.createCohort.nameHelp")}
        </p>
        <p id="cohort-name-error" className="field-error" aria-live="polite">
          {error}
        </p>
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("teach.createCohort.submitting") : t("teach.createCohort.submit")}
      </button>
    </form>
  );
}
