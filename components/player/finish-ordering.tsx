"use client";
import { useEffect, useRef, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { closeInvestigationMenuAction } from "@/app/(learn)/attempts/[id]/actions";
import { requestQuestionsFocus, cancelQuestionsFocus } from "./stage-focus";
import { usePlayAction } from "./use-play-action";

/**
 * "J'ai terminé mes demandes", for a stage whose menu closes before its first question: a button, then
 * a confirmation (closing is final). The server closes the menu; the page is then rendered again with
 * the first question, which takes focus.
 */
export function FinishOrdering({ attemptId, stageId }: { attemptId: string; stageId: string }) {
  const { t } = useI18n();
  const { pending, error, execute } = usePlayAction();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    // Focus follows the step: onto "Oui" when asked, back onto the first button when cancelled.
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function confirm() {
    requestQuestionsFocus();
    const result = await execute(() => closeInvestigationMenuAction(attemptId, stageId), { refresh: true });
    if (!result.ok) cancelQuestionsFocus();
  }

  return (
    <div className="mt-4 space-y-2 rounded-md border border-brand-100 bg-brand-50 p-3" data-testid="finish-ordering">
      <p className="text-sm text-slate-800">{t("player.attempt.finishOrderingHelp")}</p>
      {confirming ? (
        <div role="group" aria-labelledby={`finish-ordering-${stageId}`} className="space-y-2">
          <p id={`finish-ordering-${stageId}`} className="text-sm font-medium text-slate-900">
            {t("player.attempt.finishOrderingConfirm")}
          </p>
          <div className="flex flex-wrap gap-2">
            <button ref={confirmRef} type="button" className="btn-primary" disabled={pending} onClick={confirm}>
              {pending ? t("player.attempt.finishOrderingPending") : t("player.attempt.finishOrderingYes")}
            </button>
            <button type="button" className="btn-secondary" disabled={pending} onClick={() => setConfirming(false)}>
              {t("player.attempt.finishOrderingNo")}
            </button>
          </div>
        </div>
      ) : (
        <button ref={openRef} type="button" className="btn-primary" onClick={() => setConfirming(true)}>
          {t("player.attempt.finishOrdering")}
        </button>
      )}
      <p aria-live="polite" className="field-error">
        {error}
      </p>
    </div>
  );
}
