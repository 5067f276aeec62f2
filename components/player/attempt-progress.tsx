"use client";
import { createContext, useCallback, useContext, useMemo, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { PublicQuestion, QuestionView } from "@/lib/player/view-types";
import { ProgressBar } from "./progress-bar";

/**
 * What this page has learnt since it was rendered. Answering does not reload the page: the action
 * returns what was earned, and the question it made reachable (`revealed`, per stage index), which the
 * stage shows in place. The progress bar and the stage's "next" button read the server's render plus these.
 */
type AnsweredCtx = {
  answered: ReadonlySet<string>;
  markAnswered: (questionId: string) => void;
  revealed: ReadonlyMap<number, readonly QuestionView[]>;
  reveal: (stageIndex: number, question: PublicQuestion) => void;
};

const NONE: AnsweredCtx = { answered: new Set(), markAnswered: () => {}, revealed: new Map(), reveal: () => {} };
const AnsweredContext = createContext<AnsweredCtx>(NONE);
const EMPTY: readonly QuestionView[] = [];

export function AttemptProgressProvider({ children }: { children: React.ReactNode }) {
  const [answered, setAnswered] = useState<ReadonlySet<string>>(() => new Set());
  const [revealed, setRevealed] = useState<ReadonlyMap<number, readonly QuestionView[]>>(() => new Map());
  const markAnswered = useCallback((questionId: string) => {
    setAnswered((prev) => (prev.has(questionId) ? prev : new Set(prev).add(questionId)));
  }, []);
  const reveal = useCallback((stageIndex: number, question: PublicQuestion) => {
    setRevealed((prev) => {
      const list = prev.get(stageIndex) ?? EMPTY;
      if (list.some((v) => v.question.id === question.id)) return prev;
      return new Map(prev).set(stageIndex, [...list, { question, answer: null, feedback: null, errata: [] }]);
    });
  }, []);
  const value = useMemo(() => ({ answered, markAnswered, revealed, reveal }), [answered, markAnswered, revealed, reveal]);
  return <AnsweredContext.Provider value={value}>{children}</AnsweredContext.Provider>;
}

/** Marks a question answered on this page (outside a provider, as in read-only views, it does nothing). */
export function useMarkAnswered(): (questionId: string) => void {
  return useContext(AnsweredContext).markAnswered;
}

/** The questions of a stage revealed on this page since its render, and the function that adds one. */
export function useRevealed(stageIndex: number | undefined): { revealed: readonly QuestionView[]; reveal: (question: PublicQuestion) => void } {
  const ctx = useContext(AnsweredContext);
  const revealed = stageIndex === undefined ? EMPTY : (ctx.revealed.get(stageIndex) ?? EMPTY);
  const { reveal: add } = ctx;
  const reveal = useCallback((question: PublicQuestion) => (stageIndex === undefined ? undefined : add(stageIndex, question)), [add, stageIndex]);
  return { revealed, reveal };
}

/** The stage's questions reached: the server's render plus those revealed on this page. */
function reachedIds(ctx: AnsweredCtx, stageIndex: number, questionIds: readonly string[]): string[] {
  const extra = (ctx.revealed.get(stageIndex) ?? EMPTY).map((v) => v.question.id).filter((id) => !questionIds.includes(id));
  return [...questionIds, ...extra];
}

/**
 * Whether the stage's `count` questions are all answered, on the server's last render or on this page
 * since (`questionIds`: those the server sent; the others are not reached, so they are not answered).
 */
export function useAllAnswered(stageIndex: number, questionIds: readonly string[], count: number, answeredOnServer: readonly string[]): boolean {
  const ctx = useContext(AnsweredContext);
  const server = new Set(answeredOnServer);
  const ids = reachedIds(ctx, stageIndex, questionIds);
  return ids.length === count && ids.every((id) => server.has(id) || ctx.answered.has(id));
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
  const ctx = useContext(AnsweredContext);
  const all = new Set([...answeredOnServer, ...ctx.answered]);
  const stageAnswered = reachedIds(ctx, currentStage, stageQuestionIds).filter((id) => all.has(id)).length;
  const stageDone = stageAnswered === stageQuestionCount;
  // Where the learner is: the stage, and the question of it on screen.
  const label = stageDone
    ? t("player.attempt.progressStageDone", { current: currentStage + 1, total: totalStages })
    : t("player.attempt.progressWhere", { current: currentStage + 1, total: totalStages, question: stageAnswered + 1, count: stageQuestionCount });
  return <ProgressBar title={t("player.attempt.progress")} value={currentStage + (stageDone ? 1 : 0)} max={totalStages} label={label} />;
}
