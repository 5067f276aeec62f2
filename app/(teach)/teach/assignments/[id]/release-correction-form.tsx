"use client";
import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { releaseCorrectionAction, type ReleaseCorrectionState } from "./actions";

/** "Release now", for an exam whose correction waits for its instructor. */
export function ReleaseCorrectionForm({ assignmentId }: { assignmentId: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<ReleaseCorrectionState, FormData>(releaseCorrectionAction, { status: "idle" });
  const error =
    state.status !== "error"
      ? null
      : state.error === "invalid" || state.error === "not-found" || state.error === "not-manual"
        ? t(`teach.exam.release.errors.${state.error}`)
        : t(`common.actionErrors.${state.error}`);
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
