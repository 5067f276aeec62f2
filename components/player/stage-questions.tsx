"use client";
import type { QuestionView } from "@/lib/player/view-types";
import type { Answer } from "@/lib/scoring/types";
import { submitAnswerAction } from "@/app/(learn)/attempts/[id]/actions";
import { QuestionCard } from "./questions/question-card";
import { usePlayAction } from "./use-play-action";

export function StageQuestions({ attemptId, questions, firstNumber, disabled }: { attemptId: string; questions: QuestionView[]; firstNumber: number; disabled: boolean }) {
  const { execute } = usePlayAction();
  return (
    <ol className="space-y-4">
      {questions.map((view, i) => (
        <li key={view.question.id} id={`question-${view.question.id}`}>
          <QuestionCard
            view={view}
            number={firstNumber + i}
            disabled={disabled}
            onSubmit={(answer: Answer, timeSpentMs: number) => execute(() => submitAnswerAction(attemptId, view.question.id, answer, timeSpentMs))}
          />
        </li>
      ))}
    </ol>
  );
}
