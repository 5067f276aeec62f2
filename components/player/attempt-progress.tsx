"use client";
import { createContext, useCallback, useContext, useMemo, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { ProgressBar } from "./progress-bar";

/**
 * The questions answered on this page since it was rendered. Answering no longer reloads the page
 * (the action returns what was earned), so the progress bar and the stage's "next" button read the
 * server's answered questions plus these.
 */
type AnsweredCtx = { answered: ReadonlySet<string>; markAnswered: (questionId: string) => void };

const NONE: AnsweredCtx = { answered: new Set(), markAnswered: () => {} };
const AnsweredContext = createContext<AnsweredCtx>(NONE);

export function AttemptProgressProvider({ children }: { children: React.ReactNode }) {
  const [answered, setAnswered] = useState<ReadonlySet<string>>(() => new Set());
  const markAnswered = useCallback((questionId: string) => {
    setAnswered((prev) => (prev.has(questionId) ? prev : new Set(prev).add(questionId)));
  }, []);
  const value = useMemo(() => ({ answered, markAnswered }), [answered, markAnswered]);
  return <AnsweredContext.Provider value={value}>{children}</AnsweredContext.Provider>;
}

/** Marks a question answered on this page (outside a provider, as in read-only views, it does nothing). */
export function useMarkAnswered(): (questionId: string) => void {
  return useContext(AnsweredContext).markAnswered;
}

/**
 * Whether the stage's `count` questions are all answered, on the server's last render or on this page
 * since (`questionIds`: those reached; the others are not sent, so they are not answered).
 */
export function useAllAnswered(questionIds: readonly string[], count: number, answeredOnServer: readonly string[]): boolean {
  const { answered } = useContext(AnsweredContext);
  const server = new Set(answeredOnServer);
  return questionIds.length === count && questionIds.every((id) => server.has(id) || answered.has(id));
}

type BarProps = {
  currentStage: number;
  totalStages: number;
  /** The questions reached in the stage in progress, and how many it has. */
  stageQuestionIds: string[];
  stageQuestionCount: number;
  /** Every question answered when the server rendered the page. */
  answeredOnServer: string[];
};

export function AttemptProgressBar({ currentStage, totalStages, stageQuestionIds, stageQuestionCount, answeredOnServer }: BarProps) {
  const { t } = useI18n();
  const { answered } = useContext(AnsweredContext);
  const all = new Set([...answeredOnServer, ...answered]);
  const stageAnswered = stageQuestionIds.filter((id) => all.has(id)).length;
  const stageDone = stageAnswered === stageQuestionCount;
  // Where the learner is: the stage, and the question of it on screen.
  const label = stageDone
    ? t("player.attempt.progressStageDone", { current: currentStage + 1, total: totalStages })
    : t("player.attempt.progressWhere", { current: currentStage + 1, total: totalStages, question: stageAnswered + 1, count: stageQuestionCount });
  return <ProgressBar title={t("player.attempt.progress")} value={currentStage + (stageDone ? 1 : 0)} max={totalStages} label={label} />;
}
