import type { StageView } from "@/lib/player/view-types";
import type { Messages } from "@/messages";
import type { Translator } from "@/lib/i18n/translate";
import { Findings } from "./findings";
import { Paragraphs } from "./paragraphs";
import { InvestigationMenu } from "./investigation-menu";
import { StageQuestions } from "./stage-questions";
import { StageControls } from "./stage-controls";

type Props = { attemptId: string; stage: StageView; isCurrent: boolean; isLast: boolean; firstQuestionNumber: number; closed: boolean; t: Translator<Messages> };

export function StageSection({ attemptId, stage, isCurrent, isLast, firstQuestionNumber, closed, t }: Props) {
  const headingId = `stage-${stage.index}-title`;
  return (
    <section aria-labelledby={headingId} className="card space-y-5" data-current-stage={isCurrent ? "" : undefined} data-testid={`stage-${stage.index + 1}`}>
      <header>
        <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{t("player.attempt.stage", { n: stage.index + 1 })}</p>
        <h2 id={headingId} tabIndex={-1} className="text-xl font-bold">
          {stage.title}
        </h2>
      </header>
      <Paragraphs text={stage.narrative} className="space-y-3 leading-relaxed" />
      {stage.errata.map((e) => (
        <aside key={e.id} className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-sm" aria-label={t("player.attempt.errata")}>
          <p className="font-semibold text-amber-950">{t("player.attempt.errata")}</p>
          <p className="mt-1">
            {t("player.attempt.erratumQuote")} <q className="italic">{e.quote}</q>
          </p>
          <p className="mt-1">
            {t("player.attempt.erratumCorrection")} {e.correction}
          </p>
        </aside>
      ))}
      {stage.findings.length > 0 && (
        <div>
          <h3 className="mb-2 text-lg font-semibold">{t("player.attempt.findings")}</h3>
          <Findings findings={stage.findings} t={t} />
        </div>
      )}
      {stage.investigations.length > 0 && (
        <div>
          <h3 className="mb-1 text-lg font-semibold">{t("player.attempt.investigations")}</h3>
          <InvestigationMenu attemptId={attemptId} items={stage.investigations} open={isCurrent && !closed} />
        </div>
      )}
      {stage.questions.length > 0 && (
        <div>
          <h3 className="mb-2 text-lg font-semibold">{t("player.attempt.questions")}</h3>
          <StageQuestions attemptId={attemptId} questions={stage.questions} firstNumber={firstQuestionNumber} disabled={closed} />
        </div>
      )}
      {isCurrent && !closed && (
        <StageControls
          attemptId={attemptId}
          isLast={isLast}
          questionIds={stage.questions.map((q) => q.question.id)}
          answeredOnServer={stage.questions.filter((q) => q.answer !== null).map((q) => q.question.id)}
        />
      )}
    </section>
  );
}
