"use client";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";
import { advanceStageAction, finishAttemptAction } from "@/app/(learn)/attempts/[id]/actions";
import { useAllAnswered } from "./attempt-progress";
import { cancelStageFocus, requestStageFocus } from "./stage-focus";
import { usePlayAction } from "./use-play-action";

type Props = { attemptId: string; stageIndex: number; isLast: boolean; questionIds: string[]; questionCount: number; answeredOnServer: string[] };

export function StageControls({ attemptId, stageIndex, isLast, questionIds, questionCount, answeredOnServer }: Props) {
  const { t } = useI18n();
  // The server checks it again: the stage opens only once every question is stored.
  const complete = useAllAnswered(stageIndex, questionIds, questionCount, answeredOnServer);
  const router = useRouter();
  const { pending, error, execute } = usePlayAction();
  async function go() {
    if (isLast) {
      const result = await execute(() => finishAttemptAction(attemptId), { refresh: false });
      // The debrief is rendered afresh by the navigation: no refresh of the player first.
      if (result.ok) router.push(`/attempts/${attemptId}/debrief`);
    } else {
      // Focus and view move to the stage that opens, once the refreshed page renders it (see FocusOnOpen).
      requestStageFocus();
      const result = await execute(() => advanceStageAction(attemptId), { refresh: true });
      if (!result.ok) cancelStageFocus();
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
