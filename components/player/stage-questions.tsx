"use client";
import type { QuestionView } from "@/lib/player/view-types";
import type { Answer } from "@/lib/scoring/types";
import { submitAnswerAction } from "@/app/(learn)/attempts/[id]/actions";
import { checkQualifiersAction } from "@/app/(learn)/attempts/[id]/reasoning-actions";
import { useMarkAnswered } from "./attempt-progress";
import { QuestionCard } from "./questions/question-card";
import { usePlayAction } from "./use-play-action";

export function StageQuestions({ attemptId, questions, firstNumber, disabled }: { attemptId: string; questions: QuestionView[]; firstNumber: number; disabled: boolean }) {
  const { execute } = usePlayAction();
  const markAnswered = useMarkAnswered();
  return (
    <ol className="space-y-4">
      {questions.map((view, i) => (
        <li key={view.question.id} id={`question-${view.question.id}`}>
          <QuestionCard
            view={view}
            number={firstNumber + i}
            disabled={disabled}
            onSubmit={async (answer: Answer, timeSpentMs: number) => {
              // The action returns the answer that stands and what it earned, shown at once; the page is
              // then re-rendered on the server, whose projection adds the next question (now earned).
              const result = await execute(() => submitAnswerAction(attemptId, view.question.id, answer, timeSpentMs), { refresh: true });
              if (!result.ok) return result;
              markAnswered(view.question.id);
              return { ok: true, ...result.data };
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
