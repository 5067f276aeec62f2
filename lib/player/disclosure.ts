/**
 * What the learner has reached in an attempt (PRODUCT.md: one question at a time, as on the EDN).
 * Pure module, shared by the view projection (what is sent) and the data layer (what is accepted),
 * so that the browser is never shown a question the server would refuse, nor the reverse.
 */
import type { CaseDefinition, Stage } from "@/lib/content/schema";

type Answered = { has(questionId: string): boolean };

/**
 * The questions reached in the open stages: every answered one, then the first unanswered one, in
 * the case's order. Earlier stages are complete (a stage opens only once the previous one is).
 */
export function reachedQuestions(caseDef: CaseDefinition, currentStage: number, answers: Answered): Set<string> {
  const reached = new Set<string>();
  for (const stage of caseDef.stages.slice(0, currentStage + 1)) {
    for (const q of stage.questions) {
      reached.add(q.id);
      if (!answers.has(q.id)) return reached;
    }
  }
  return reached;
}

/**
 * Whether the stage's investigation menu is still open (for the stage in progress). It closes when
 * the question named by `menuClosesBefore` is reached (tests are chosen before its stem is seen), or,
 * without one, once the stage's last question is answered. A stage without questions keeps it open
 * until the learner moves on.
 */
export function stageMenuOpen(stage: Stage, answers: Answered): boolean {
  if (stage.questions.length === 0) return true;
  const closing = stage.menuClosesBefore ? stage.questions.findIndex((q) => q.id === stage.menuClosesBefore) : -1;
  const before = closing >= 0 ? stage.questions.slice(0, closing) : stage.questions;
  return !before.every((q) => answers.has(q.id));
}
