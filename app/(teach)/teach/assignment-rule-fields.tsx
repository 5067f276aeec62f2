"use client";
import { Field } from "@/components/field";
import { useI18n } from "@/components/i18n-provider";
import { MAX_ATTEMPTS } from "@/lib/teach/assignment-schema";

type RuleField = "opensAt" | "dueAt" | "attemptsAllowed" | "countingRule" | "latePolicy";

type Props = {
  /** Prefix of the controls' ids (two forms may share a page). */
  idPrefix: string;
  timeZone: string;
  /** The value to show: what was typed (after an error), else the current or default one. */
  value: (field: RuleField) => string;
  error: (field: RuleField) => string | null;
};

/** Opening, due date, attempts, counting rule and late policy: shared by the assign and the change forms. */
export function AssignmentRuleFields({ idPrefix, timeZone, value, error }: Props) {
  const { t } = useI18n();
  return (
    <>
      <Field id={`${idPrefix}-opens`} label={t("teach.assignmentForm.opensAt")} help={t("teach.assignmentForm.timeZone", { zone: timeZone })} error={error("opensAt")}>
        {(props) => <input {...props} name="opensAt" type="datetime-local" className="input" defaultValue={value("opensAt")} />}
      </Field>
      <Field id={`${idPrefix}-due`} label={t("teach.assignmentForm.dueAt")} error={error("dueAt")}>
        {(props) => <input {...props} name="dueAt" type="datetime-local" className="input" defaultValue={value("dueAt")} />}
      </Field>
      <Field id={`${idPrefix}-attempts`} label={t("teach.assignmentForm.attemptsAllowed")} error={error("attemptsAllowed")}>
        {(props) => <input {...props} name="attemptsAllowed" type="number" min={1} max={MAX_ATTEMPTS} inputMode="numeric" className="input" defaultValue={value("attemptsAllowed")} />}
      </Field>
      <Field id={`${idPrefix}-counting`} label={t("teach.assignmentForm.countingRule")} error={error("countingRule")}>
        {(props) => (
          <select {...props} name="countingRule" className="input" defaultValue={value("countingRule")}>
            {(["best", "first", "last"] as const).map((r) => (
              <option key={r} value={r}>
                {t(`teach.assignment.countingShort.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${idPrefix}-late`} label={t("teach.assignmentForm.latePolicy")} error={error("latePolicy")}>
        {(props) => (
          <select {...props} name="latePolicy" className="input" defaultValue={value("latePolicy")}>
            <option value="accept">{t("teach.assignmentForm.latePolicyOptions.accept")}</option>
            <option value="refuse">{t("teach.assignmentForm.latePolicyOptions.refuse")}</option>
          </select>
        )}
      </Field>
    </>
  );
}
