"use client";
import { useRouter } from "next/navigation";
import type { QuestionView } from "@/lib/player/view-types";
import type { Answer } from "@/lib/scoring/types";
import { submitAnswerAction } from "@/app/(learn)/attempts/[id]/actions";
import { checkQualifiersAction } from "@/app/(learn)/attempts/[id]/reasoning-actions";
import { useMarkAnswered, useRevealed } from "./attempt-progress";
import { QuestionCard } from "./questions/question-card";
import { usePlayAction } from "./use-play-action";

type Props = {
  attemptId: string;
  /** The stage in the attempt (absent in read-only views: nothing is revealed there). */
  stageIndex?: number;
  questions: QuestionView[];
  firstNumber: number;
  disabled: boolean;
};

export function StageQuestions({ attemptId, stageIndex, questions, firstNumber, disabled }: Props) {
  const { execute } = usePlayAction();
  const router = useRouter();
  const markAnswered = useMarkAnswered();
  const { revealed, reveal } = useRevealed(stageIndex);
  // The server's render, then the questions revealed by answers on this page (until the next render has them).
  const shown = [...questions, ...revealed.filter((r) => !questions.some((q) => q.question.id === r.question.id))];
  return (
    <ol className="space-y-4">
      {shown.map((view, i) => (
        <li key={view.question.id} id={`question-${view.question.id}`}>
          <QuestionCard
            view={view}
            number={firstNumber + i}
            disabled={disabled}
            onSubmit={async (answer: Answer, timeSpentMs: number) => {
              // The action returns the answer that stands, what it earned and the question it made
              // reachable: all shown in place, without re-rendering the page.
              const result = await execute(() => submitAnswerAction(attemptId, view.question.id, answer, timeSpentMs), { refresh: false });
              if (!result.ok) return result;
              markAnswered(view.question.id);
              if (result.data.next) reveal(result.data.next);
              // The stage's menu closed with this answer: the server's render shows it closed.
              if (result.data.menuClosed) router.refresh();
              return { ok: true, answer: result.data.answer, feedback: result.data.feedback, errata: result.data.errata };
            }}
            onSelfCheck={async (ids) => {
              const result = await checkQualifiersAction(attemptId, view.question.id, ids);
              return result.ok ? result.data.qualifiers : null;
            }}
          />
        </li>
      ))}
    </ol>
  );
}
