"use client";
import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { releaseCorrectionAction, type ReleaseCorrectionState } from "./actions";

/** "Release now", for an exam whose correction waits for its instructor. */
export function ReleaseCorrectionForm({ assignmentId }: { assignmentId: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<ReleaseCorrectionState, FormData>(releaseCorrectionAction, null);
  const error =
    state?.ok !== false
      ? null
      : state.code === "invalid" || state.code === "not-found" || state.code === "not-manual"
        ? t(`teach.exam.release.errors.${state.code}`)
        : t(`common.actionErrors.${state.code}`);
  return (
    <form action={action} className="mt-2">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <button type="submit" className="btn-primary py-1.5" disabled={pending}>
        {pending ? t("teach.exam.release.releasing") : t("teach.exam.release.button")}
      </button>
      <p aria-live="polite" className="field-error">
        {error}
      </p>
    </form>
  );
}
