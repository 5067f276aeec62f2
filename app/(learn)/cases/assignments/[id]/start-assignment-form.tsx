"use client";
import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { startAssignmentAttemptAction, type StartAssignmentState } from "./actions";

export function StartAssignmentForm({ assignmentId, label }: { assignmentId: string; label: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<StartAssignmentState, FormData>(startAssignmentAttemptAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("teach.student.page.starting") : label}
      </button>
      <div aria-live="polite">{state?.ok === false && <p className="field-error">{t(`teach.student.page.errors.${state.code}`)}</p>}</div>
    </form>
  );
}
