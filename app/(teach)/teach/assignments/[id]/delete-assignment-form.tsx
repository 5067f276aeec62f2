"use client";
import { useActionState, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { deleteAssignmentAction, type DeleteAssignmentState } from "./actions";

/** Deleting an assignment made by mistake: two steps, and refused by the server once an attempt exists. */
export function DeleteAssignmentForm({ assignmentId }: { assignmentId: string }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState<DeleteAssignmentState, FormData>(deleteAssignmentAction, null);
  const error =
    state?.ok !== false
      ? null
      : state.code === "has-attempts" || state.code === "not-found"
        ? t(`teach.assignmentDelete.errors.${state.code}`)
        : t(`common.actionErrors.${state.code}`);
  return (
    <div className="mt-3 text-sm">
      {!confirming ? (
        <button type="button" className="btn-secondary py-1.5" onClick={() => setConfirming(true)}>
          {t("teach.assignmentDelete.start")}
        </button>
      ) : (
        <form action={action} className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3" aria-labelledby="delete-assignment-question">
          <p id="delete-assignment-question" className="font-medium text-red-950">
            {t("teach.assignmentDelete.question")}
          </p>
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <div className="flex flex-wrap gap-2">
            <button type="submit" className="btn-danger py-1.5" disabled={pending}>
              {pending ? t("teach.assignmentDelete.deleting") : t("teach.assignmentDelete.confirm")}
            </button>
            <button type="button" className="btn-secondary py-1.5" onClick={() => setConfirming(false)} disabled={pending}>
              {t("teach.assignmentDelete.cancel")}
            </button>
          </div>
        </form>
      )}
      <p aria-live="polite" className="field-error">
        {error}
      </p>
    </div>
  );
}
