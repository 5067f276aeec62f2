"use client";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";
import { advanceStageAction, finishAttemptAction } from "@/app/(learn)/attempts/[id]/actions";
import { usePlayAction } from "./use-play-action";

export function StageControls({ attemptId, isLast, complete }: { attemptId: string; isLast: boolean; complete: boolean }) {
  const { t } = useI18n();
  const router = useRouter();
  const { pending, error, execute } = usePlayAction();
  async function go() {
    if (isLast) {
      const result = await execute(() => finishAttemptAction(attemptId));
      if (result.ok) router.push(`/attempts/${attemptId}/debrief`);
    } else {
      const result = await execute(() => advanceStageAction(attemptId));
      if (result.ok) {
        // Move focus and view to the stage that just opened.
        requestAnimationFrame(() => document.querySelector<HTMLElement>("[data-current-stage] h2")?.focus());
      }
    }
  }
  return (
    <div className="mt-4 space-y-2">
      {!complete && <p className="text-sm text-slate-700">{t("player.attempt.answerAllFirst")}</p>}
      <button type="button" className="btn-primary" disabled={!complete || pending} onClick={go}>
        {isLast ? t("player.attempt.finish") : t("player.attempt.next")}
      </button>
      <p aria-live="polite" className="field-error">
        {error}
      </p>
    </div>
  );
}
