"use client";
import { Field } from "@/components/field";
import { useI18n } from "@/components/i18n-provider";

type ProtectionField = "hideFromPractice" | "correctionRelease" | "beforeRelease";

type Props = {
  idPrefix: string;
  /** What to show: what was typed (after an error), else the current or default value ("on" / "" for the box). */
  value: (field: ProtectionField) => string;
  error: (field: ProtectionField) => string | null;
};

/** Exam protection: hide from practice until the due date, when the correction is released, what is seen before. */
export function ExamProtectionFields({ idPrefix, value, error }: Props) {
  const { t } = useI18n();
  const hideError = error("hideFromPractice");
  return (
    <fieldset className="space-y-3 sm:col-span-2">
      <legend className="font-semibold">{t("teach.exam.protectionTitle")}</legend>
      <div>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="hideFromPractice"
            id={`${idPrefix}-hide`}
            defaultChecked={value("hideFromPractice") === "on"}
            aria-invalid={hideError ? true : undefined}
            aria-describedby={hideError ? `${idPrefix}-hide-error` : undefined}
            className="mt-1"
          />
          <span>{t("teach.exam.hideFromPractice")}</span>
        </label>
        {hideError && (
          <p id={`${idPrefix}-hide-error`} className="field-error">
            {hideError}
          </p>
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${idPrefix}-release`} label={t("teach.exam.correctionRelease")} error={error("correctionRelease")}>
          {(props) => (
            <select {...props} name="correctionRelease" className="input" defaultValue={value("correctionRelease") || "end"}>
              {(["end", "due", "manual"] as const).map((r) => (
                <option key={r} value={r}>
                  {t(`teach.exam.correctionReleaseOptions.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${idPrefix}-before`} label={t("teach.exam.beforeRelease")} error={error("beforeRelease")}>
          {(props) => (
            <select {...props} name="beforeRelease" className="input" defaultValue={value("beforeRelease") || "mark"}>
              {(["mark", "nothing"] as const).map((r) => (
                <option key={r} value={r}>
                  {t(`teach.exam.beforeReleaseOptions.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </fieldset>
  );
}
