/**
 * What the learner has reached in an attempt (PRODUCT.md: one question at a time, as on the EDN).
 * Pure module, shared by the view projection (what is sent) and the data layer (what is accepted),
 * so that the browser is never shown a question the server would refuse, nor the reverse.
 */
import type { CaseDefinition, Stage } from "@/lib/content/schema";

type Answered = { has(questionId: string): boolean };
/** The stages (by index) whose learner said "J'ai terminé mes demandes". */
type ClosedMenus = { has(stageIndex: number): boolean };

const NONE_CLOSED: ClosedMenus = { has: () => false };

/**
 * Whether the stage's menu closes before its first question: the learner then orders tests, says they
 * have finished ("J'ai terminé mes demandes"), and only then sees the first question.
 */
export function closesBeforeFirstQuestion(stage: Stage): boolean {
  return stage.menuClosesBefore !== undefined && stage.questions[0]?.id === stage.menuClosesBefore;
}

/** Whether the stage waits for the learner to finish ordering before its first question is shown. */
export function awaitsMenuClose(stage: Stage, answers: Answered, menuClosed: boolean): boolean {
  return closesBeforeFirstQuestion(stage) && !menuClosed && !answers.has(stage.questions[0].id);
}

/**
 * The questions reached in the open stages: every answered one, then the first unanswered one, in
 * the case's order. Earlier stages are complete (a stage opens only once the previous one is). A stage
 * whose menu closes before its first question reaches nothing until the learner has closed it.
 */
export function reachedQuestions(caseDef: CaseDefinition, currentStage: number, answers: Answered, closedMenus: ClosedMenus = NONE_CLOSED): Set<string> {
  const reached = new Set<string>();
  for (const [index, stage] of caseDef.stages.slice(0, currentStage + 1).entries()) {
    if (awaitsMenuClose(stage, answers, closedMenus.has(index))) return reached;
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
 * without one, once the stage's last question is answered. When it names the first question, the menu
 * closes when the learner says they have finished ordering (`menuClosed`). A stage without questions
 * keeps it open until the learner moves on.
 */
export function stageMenuOpen(stage: Stage, answers: Answered, menuClosed = false): boolean {
  if (stage.questions.length === 0) return true;
  if (closesBeforeFirstQuestion(stage)) return awaitsMenuClose(stage, answers, menuClosed);
  const closing = stage.menuClosesBefore ? stage.questions.findIndex((q) => q.id === stage.menuClosesBefore) : -1;
  const before = closing >= 0 ? stage.questions.slice(0, closing) : stage.questions;
  return !before.every((q) => answers.has(q.id));
}
