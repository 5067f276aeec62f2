"use client";
import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { AssignableCase } from "@/lib/dal/cohorts";
import { MAX_ATTEMPTS, MAX_TIME_LIMIT, type AssignmentField } from "@/lib/teach/assignment-schema";
import { createAssignmentAction, type AssignmentFormState } from "./actions";
import { Field } from "@/components/field";

type Props = { cohortId: string; cases: AssignableCase[]; defaults: { opensAt: string; dueAt: string }; timeZone: string };

export function AssignmentForm({ cohortId, cases, defaults, timeZone }: Props) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<AssignmentFormState, FormData>(createAssignmentAction, { status: "idle" });
  const fields = state.status === "error" ? (state.fields ?? {}) : {};
  const values = state.status === "error" ? state.values : {};
  const v = (f: AssignmentField, fallback: string) => values[f] ?? fallback;
  const err = (f: AssignmentField) => (fields[f] ? t(`teach.assignmentForm.errors.${fields[f] as "required"}`) : null);
  if (cases.length === 0) return <p className="text-slate-700">{t("teach.assignmentForm.noCases")}</p>;
  return (
    <form action={action} className="space-y-4" noValidate aria-labelledby="assignment-form-title">
      <h3 id="assignment-form-title" className="text-lg font-semibold">
        {t("teach.assignmentForm.title")}
      </h3>
      <input type="hidden" name="cohortId" value={cohortId} />
      <Field id="a-case" label={t("teach.assignmentForm.case")} error={err("caseVersionId")}>
        {(props) => (
          <select {...props} name="caseVersionId" className="input" defaultValue={v("caseVersionId", "")}>
            <option value="" disabled>
              {t("teach.assignmentForm.chooseCase")}
            </option>
            {cases.map((c) => (
              <option key={c.versionId} value={c.versionId}>
                {t("teach.assignmentForm.caseOption", { title: c.title, version: c.version })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="a-mode" label={t("teach.assignmentForm.mode")} error={err("mode")}>
          {(props) => (
            <select {...props} name="mode" className="input" defaultValue={v("mode", "training")}>
              <option value="training">{t("teach.assignment.mode.training")}</option>
              <option value="exam">{t("teach.assignment.mode.exam")}</option>
            </select>
          )}
        </Field>
        <Field id="a-time" label={t("teach.assignmentForm.timeLimit")} help={t("teach.assignmentForm.timeLimitHelp")} error={err("timeLimitMinutes")}>
          {(props) => <input {...props} name="timeLimitMinutes" defaultValue={v("timeLimitMinutes", "")} type="number" min={1} max={MAX_TIME_LIMIT} inputMode="numeric" className="input" />}
        </Field>
        <Field id="a-opens" label={t("teach.assignmentForm.opensAt")} help={t("teach.assignmentForm.timeZone", { zone: timeZone })} error={err("opensAt")}>
          {(props) => <input {...props} name="opensAt" type="datetime-local" className="input" defaultValue={v("opensAt", defaults.opensAt)} />}
        </Field>
        <Field id="a-due" label={t("teach.assignmentForm.dueAt")} error={err("dueAt")}>
          {(props) => <input {...props} name="dueAt" type="datetime-local" className="input" defaultValue={v("dueAt", defaults.dueAt)} />}
        </Field>
        <Field id="a-attempts" label={t("teach.assignmentForm.attemptsAllowed")} error={err("attemptsAllowed")}>
          {(props) => <input {...props} name="attemptsAllowed" type="number" min={1} max={MAX_ATTEMPTS} inputMode="numeric" className="input" defaultValue={v("attemptsAllowed", "1")} />}
        </Field>
        <Field id="a-counting" label={t("teach.assignmentForm.countingRule")} error={err("countingRule")}>
          {(props) => (
            <select {...props} name="countingRule" className="input" defaultValue={v("countingRule", "best")}>
              {(["best", "first", "last"] as const).map((r) => (
                <option key={r} value={r}>
                  {t(`teach.assignment.countingShort.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="a-late" label={t("teach.assignmentForm.latePolicy")} error={err("latePolicy")}>
          {(props) => (
            <select {...props} name="latePolicy" className="input" defaultValue={v("latePolicy", "accept")}>
              <option value="accept">{t("teach.assignmentForm.latePolicyOptions.accept")}</option>
              <option value="refuse">{t("teach.assignmentForm.latePolicyOptions.refuse")}</option>
            </select>
          )}
        </Field>
      </div>
      <div aria-live="polite" className="text-sm">
        {state.status === "ok" && <p className="font-medium text-green-800">{t("teach.assignmentForm.created")}</p>}
        {state.status === "error" && state.error && (
          <p className="field-error">
            {state.error === "case-unavailable" || state.error === "not-found" || state.error === "invalid"
              ? t(`teach.assignmentForm.errors.${state.error}`)
              : t(`common.actionErrors.${state.error}`)}
          </p>
        )}
        {state.status === "error" && !state.error && <p className="field-error">{t("common.forms.fixErrors")}</p>}
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("teach.assignmentForm.submitting") : t("teach.assignmentForm.submit")}
      </button>
    </form>
  );
}
