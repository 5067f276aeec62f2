import type { StageView } from "@/lib/player/view-types";
import type { Messages } from "@/messages";
import type { Translator } from "@/lib/i18n/translate";
import { ErrataNotes } from "./errata-notes";
import { Findings } from "./findings";
import { Paragraphs } from "./paragraphs";
import { InvestigationMenu } from "./investigation-menu";
import { LazyCatalogueMenu } from "./catalogue-menu-lazy";
import { StageQuestions } from "./stage-questions";
import { StageControls } from "./stage-controls";
import { FinishOrdering } from "./finish-ordering";
import { FocusOnOpen, FocusQuestionsOnOpen } from "./stage-focus";

type Props = { attemptId: string; stage: StageView; isCurrent: boolean; isLast: boolean; firstQuestionNumber: number; closed: boolean; t: Translator<Messages> };

/**
 * One stage of the player. The stage in progress is shown in full: narrative, errata, findings, the
 * investigation menu, then its questions one by one (the server sends those reached only; when the menu
 * closes before the first question, once the learner says they have finished ordering). A finished
 * stage collapses to a summary line that opens on demand, so the new stage is not pages down on a phone.
 */
export function StageSection({ attemptId, stage, isCurrent, isLast, firstQuestionNumber, closed, t }: Props) {
  const headingId = `stage-${stage.index}-title`;
  const questionsHeadingId = `stage-${stage.index}-questions`;
  const awaiting = isCurrent && !closed && stage.awaitsMenuClose;
  const body = (
    <>
      <Paragraphs text={stage.narrative} className="space-y-3 leading-relaxed" />
      <ErrataNotes
        errata={stage.errata}
        labels={{ title: t("player.attempt.errata"), quote: t("player.attempt.erratumQuote"), correction: t("player.attempt.erratumCorrection") }}
      />
      {stage.findings.length > 0 && (
        <div>
          <h3 className="mb-2 text-lg font-semibold">{t("player.attempt.findings")}</h3>
          <Findings findings={stage.findings} t={t} />
        </div>
      )}
      {stage.menuKind === "catalogue" && (stage.menuOpen || stage.investigations.length > 0) && (
        <div>
          <h3 className="mb-1 text-lg font-semibold">{t("player.attempt.investigations")}</h3>
          <LazyCatalogueMenu
            attemptId={attemptId}
            ordered={stage.investigations}
            catalogue={stage.catalogue ?? []}
            open={stage.menuOpen && !closed}
            closedNote={isCurrent ? t("player.attempt.menuClosedNow") : t("player.attempt.menuClosed")}
          />
        </div>
      )}
      {stage.menuKind !== "catalogue" && stage.investigations.length > 0 && (
        <div>
          <h3 className="mb-1 text-lg font-semibold">{t("player.attempt.investigations")}</h3>
          <InvestigationMenu
            attemptId={attemptId}
            items={stage.investigations}
            open={stage.menuOpen && !closed}
            closedNote={isCurrent ? t("player.attempt.menuClosedNow") : t("player.attempt.menuClosed")}
          />
          {/* The menu closes before the first question: the learner says when they have finished ordering. */}
          {awaiting && <FinishOrdering attemptId={attemptId} stageId={stage.id} />}
        </div>
      )}
      {stage.questionCount > 0 && (
        <div>
          <h3 id={questionsHeadingId} tabIndex={-1} className="mb-1 scroll-mt-20 text-lg font-semibold">
            {t("player.attempt.questions")}
          </h3>
          {awaiting ? (
            <p className="text-sm text-slate-700">{t("player.attempt.questionsAfterOrdering")}</p>
          ) : (
            <>
              {isCurrent && <p className="mb-2 text-sm text-slate-700">{t("player.attempt.nextQuestionHelp")}</p>}
              {isCurrent && <FocusQuestionsOnOpen targetId={questionsHeadingId} />}
              <StageQuestions attemptId={attemptId} stageIndex={stage.index} questions={stage.questions} firstNumber={firstQuestionNumber} disabled={closed} />
            </>
          )}
        </div>
      )}
    </>
  );
  if (!isCurrent)
    return (
      <details className="card group" data-testid={`stage-${stage.index + 1}`}>
        <summary className="cursor-pointer list-none marker:hidden">
          <span className="block text-xs font-semibold uppercase tracking-wide text-brand-700">{t("player.attempt.stage", { n: stage.index + 1 })}</span>
          <span className="block font-semibold break-words">{t("player.attempt.stageDone", { n: stage.index + 1, title: stage.title })}</span>
          <span className="block text-sm text-slate-700 underline decoration-dotted group-open:hidden">
            {t("player.attempt.stageDoneDetail", { answered: stage.questions.filter((q) => q.answer !== null).length })}
          </span>
        </summary>
        <div className="mt-4 space-y-5">{body}</div>
      </details>
    );
  return (
    <section aria-labelledby={headingId} className="card space-y-5" data-current-stage="" data-testid={`stage-${stage.index + 1}`}>
      <header>
        <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{t("player.attempt.stage", { n: stage.index + 1 })}</p>
        <h2 id={headingId} tabIndex={-1} className="scroll-mt-20 text-xl font-bold break-words">
          {stage.title}
        </h2>
      </header>
      <FocusOnOpen targetId={headingId} />
      {body}
      {!closed && (
        <StageControls
          attemptId={attemptId}
          stageIndex={stage.index}
          isLast={isLast}
          questionIds={stage.questions.map((q) => q.question.id)}
          questionCount={stage.questionCount}
          answeredOnServer={stage.questions.filter((q) => q.answer !== null).map((q) => q.question.id)}
        />
      )}
    </section>
  );
}
