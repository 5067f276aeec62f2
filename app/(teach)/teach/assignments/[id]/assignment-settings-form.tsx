"use client";
import { useActionState } from "react";
import { commonActionErrorKey } from "@/lib/i18n/action-errors";
import { Field } from "@/components/field";
import { useI18n } from "@/components/i18n-provider";
import { MAX_TIME_LIMIT, type AssignmentUpdateField } from "@/lib/teach/assignment-schema";
import { AssignmentRuleFields } from "../../assignment-rule-fields";
import { ExamProtectionFields } from "../../exam-protection-fields";
import { updateAssignmentAction, type AssignmentSettingsState } from "./actions";

export type AssignmentSettingsValues = {
  opensAt: string;
  dueAt: string;
  attemptsAllowed: string;
  countingRule: "first" | "best" | "last";
  latePolicy: "accept" | "refuse";
  timeLimitMinutes: string;
  hideFromPractice: "on" | "";
  correctionRelease: "end" | "due" | "manual";
  beforeRelease: "mark" | "nothing";
};

type Props = { assignmentId: string; exam: boolean; current: AssignmentSettingsValues; timeZone: string };

/** The assignment's dates and rules, changed in place (folded by default under the review's heading). */
export function AssignmentSettingsForm({ assignmentId, exam, current, timeZone }: Props) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<AssignmentSettingsState, FormData>(updateAssignmentAction, null);
  const failed = state?.ok === false ? state : null;
  const fields = failed?.fields ?? {};
  const values = failed?.values ?? {};
  const v = (f: AssignmentUpdateField, fallback: string) => values[f] ?? fallback;
  const err = (f: AssignmentUpdateField) => (fields[f] ? t(`teach.assignmentForm.errors.${fields[f] as "required"}`) : null);
  return (
    <details className="card mt-3" open={state !== null || undefined}>
      <summary className="cursor-pointer font-semibold">{t("teach.assignmentSettings.title")}</summary>
      <form action={action} className="mt-3 space-y-4" noValidate>
        <p className="text-sm text-slate-700">{t("teach.assignmentSettings.help")}</p>
        <input type="hidden" name="assignmentId" value={assignmentId} />
        <div className="grid gap-4 sm:grid-cols-2">
          <AssignmentRuleFields idPrefix="s" timeZone={timeZone} value={(f) => v(f, current[f])} error={err} />
          {exam ? (
            <Field id="s-time" label={t("teach.assignmentForm.timeLimit")} help={t("teach.assignmentForm.timeLimitHelp")} error={err("timeLimitMinutes")}>
              {(props) => (
                <input {...props} name="timeLimitMinutes" type="number" min={1} max={MAX_TIME_LIMIT} inputMode="numeric" className="input" defaultValue={v("timeLimitMinutes", current.timeLimitMinutes)} />
              )}
            </Field>
          ) : (
            <p className="self-end text-sm text-slate-600">{t("teach.assignmentSettings.timeLimitTraining")}</p>
          )}
          {exam && <ExamProtectionFields idPrefix="s" value={(f) => v(f, current[f])} error={err} />}
        </div>
        <div aria-live="polite" className="text-sm">
          {state?.ok && <p className="font-medium text-green-800">{t("teach.assignmentSettings.saved")}</p>}
          {failed && !failed.fields && (
            <p className="field-error">{failed.code === "not-found" ? t("teach.assignmentSettings.notFound") : t(commonActionErrorKey(failed.code))}</p>
          )}
          {failed?.fields && <p className="field-error">{t("common.forms.fixErrors")}</p>}
        </div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? t("teach.assignmentSettings.submitting") : t("teach.assignmentSettings.submit")}
        </button>
      </form>
    </details>
  );
}
