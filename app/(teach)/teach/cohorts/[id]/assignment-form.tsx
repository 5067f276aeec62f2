"use client";
import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { AssignableCase } from "@/lib/dal/cohorts";
import { MAX_TIME_LIMIT, type AssignmentField } from "@/lib/teach/assignment-schema";
import { AssignmentRuleFields } from "../../assignment-rule-fields";
import { ExamProtectionFields } from "../../exam-protection-fields";
import { createAssignmentAction, type AssignmentFormState } from "./actions";
import { Field } from "@/components/field";

type Props = { cohortId: string; cases: AssignableCase[]; defaults: { opensAt: string; dueAt: string }; timeZone: string };

export function AssignmentForm({ cohortId, cases, defaults, timeZone }: Props) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<AssignmentFormState, FormData>(createAssignmentAction, null);
  const failed = state?.ok === false ? state : null;
  const fields = failed?.fields ?? {};
  const values = failed?.values ?? {};
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
        <AssignmentRuleFields
          idPrefix="a"
          timeZone={timeZone}
          value={(f) => v(f, { opensAt: defaults.opensAt, dueAt: defaults.dueAt, attemptsAllowed: "1", countingRule: "best", latePolicy: "accept" }[f])}
          error={err}
        />
        {/* Applies in exam mode only (the server keeps the defaults for a training assignment). */}
        <ExamProtectionFields idPrefix="a" value={(f) => v(f, "")} error={err} />
      </div>
      <div aria-live="polite" className="text-sm">
        {state?.ok && <p className="font-medium text-green-800">{t("teach.assignmentForm.created")}</p>}
        {failed && (
          <p className="field-error">
            {failed.fields
              ? t("common.forms.fixErrors")
              : failed.code === "case-unavailable" || failed.code === "not-found" || failed.code === "invalid"
                ? t(`teach.assignmentForm.errors.${failed.code}`)
                : t(`common.actionErrors.${failed.code}`)}
          </p>
        )}
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("teach.assignmentForm.submitting") : t("teach.assignmentForm.submit")}
      </button>
    </form>
  );
}
