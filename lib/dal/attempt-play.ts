import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb, transaction, type Db } from "@/db/client";
import { attempts, investigationRequests, responses, stageVisits, type Attempt } from "@/db/schema";
import type { CaseDefinition } from "@/lib/content/schema";
import { scoreQuestion, validateAnswer } from "@/lib/scoring";
import { stageComplete } from "@/lib/player/build-view";
import { closesBeforeFirstQuestion, reachedQuestions, stageMenuOpen } from "@/lib/player/disclosure";
import { buildFeedback } from "@/lib/player/feedback";
import { publicQuestion } from "@/lib/player/public-question";
import type { ErratumView, PublicQuestion, QuestionFeedback } from "@/lib/player/view-types";
import type { Answer } from "@/lib/scoring/types";
import { getCaseDefinition } from "./case-content";
import { practiceHiddenUntil } from "./library";
import { attemptLock, closedError, expireIfDue, finalizeAttempt, findOwnAttempt, loadAnswers, loadClosedMenus } from "./attempt-state";

export type PlayError = "not-found" | "closed" | "past-due" | "hidden" | "locked" | "menu-closed" | "unknown-item" | "invalid" | "incomplete";
export type PlayFailure = { ok: false; error: PlayError; message?: string };
export type PlayResult = { ok: true; duplicate?: boolean } | PlayFailure;
/** An ordered investigation's result: earned by ordering it. */
export type OrderResult = { ok: true; duplicate: boolean; result: string } | PlayFailure;
/**
 * The answer that stands (the first one on a retry) and, in training mode, its feedback and the errata
 * attached to the question: earned by answering. In exam mode nothing of the key is returned before the end.
 * `next`: the question of the same stage that this answer has just made reachable (its stem, options
 * and new information, never its key), decided by the same disclosure rule as the page; the player
 * shows it in place. `menuClosed`: this answer closed the stage's investigation menu.
 */
export type AnswerResult =
  | { ok: true; duplicate: boolean; answer: Answer; feedback: QuestionFeedback | null; errata: ErratumView[]; next: PublicQuestion | null; menuClosed: boolean }
  | PlayFailure;

type Ctx = { attempt: Attempt; def: CaseDefinition };

/**
 * Every play action runs in one transaction holding the attempt's lock (SQLite: the database's write
 * lock; PostgreSQL: an advisory lock on `attempt:<id>`, so two servers serialize too) and reads the
 * attempt after taking it: an answer is recorded once, no stage is skipped, nothing is accepted after
 * the deadline or after finishing.
 */
function playTransaction<T>(db: Db, attemptId: string, fn: (tx: Db) => Promise<T>): Promise<T> {
  return transaction(db, fn, { lock: [attemptLock(attemptId)] });
}

/** Stores an investigation request (the first one stands; joins the caller's transaction); true when this call inserted it. */
export async function insertRequest(db: Db, values: { attemptId: string; investigationId: string; stageIndex: number; requestedAt: number }): Promise<boolean> {
  const inserted = await playTransaction(db, values.attemptId, async (tx) => await tx.insert(investigationRequests).values(values).onConflictDoNothing().returning({ id: investigationRequests.id }));
  return inserted.length > 0;
}

/**
 * Loads the attempt for a mutation inside the attempt's write transaction (on the transaction's
 * connection): it must be the user's own (else not-found), still open and, in exam mode, before its
 * deadline (else it is closed and scored now).
 */
export async function openAttempt(db: Db, userId: string, attemptId: string, now: number): Promise<{ ok: true; ctx: Ctx } | { ok: false; error: PlayError }> {
  const attempt = await findOwnAttempt(db, userId, attemptId);
  if (!attempt) return { ok: false, error: "not-found" };
  const def = await getCaseDefinition(db, attempt.caseVersionId);
  if (!def) return { ok: false, error: "not-found" };
  if (attempt.status !== "in_progress") return { ok: false, error: closedError(attempt.closedReason) };
  // A practice attempt on a case that an exam of the learner's cohort now hides: frozen (nothing is
  // written, the clock of an exam-mode practice attempt included) until the exam's due date.
  if (attempt.assignmentId === null && (await practiceHiddenUntil(db, userId, attempt.caseVersionId, now)) !== null) return { ok: false, error: "hidden" };
  const expired = await expireIfDue(db, attempt, def, now);
  if (expired) return { ok: false, error: closedError(expired) };
  return { ok: true, ctx: { attempt, def } };
}

export async function orderInvestigation(db: Db, userId: string, attemptId: string, investigationId: string, now = Date.now()): Promise<OrderResult> {
  return playTransaction(db, attemptId, async (tx): Promise<OrderResult> => {
    const open = await openAttempt(tx, userId, attemptId, now);
    if (!open.ok) return open;
    const { attempt, def } = open.ctx;
    const stageIndex = def.stages.findIndex((s) => s.investigations.some((i) => i.id === investigationId));
    if (stageIndex < 0) return { ok: false, error: "unknown-item" };
    // A catalogue menu is ordered by catalogue test (catalogue-play.ts): the case's own ids are not
    // offered there, and accepting them would tell a prober which tests the case defines.
    if (def.stages[stageIndex].menu === "catalogue") return { ok: false, error: "unknown-item" };
    // Only the current stage's menu is open: later stages are locked, earlier ones are past.
    if (stageIndex !== attempt.currentStage) return { ok: false, error: "locked" };
    // The menu closes at the question its stage names (or once the stage is answered): after that,
    // a test can no longer be ordered, having seen what the later questions show.
    const [answers, closedMenus] = await Promise.all([loadAnswers(tx, attemptId), loadClosedMenus(tx, attemptId)]);
    if (!stageMenuOpen(def.stages[stageIndex], answers, closedMenus.has(stageIndex))) return { ok: false, error: "menu-closed" };
    const inserted = await insertRequest(tx, { attemptId, investigationId, stageIndex, requestedAt: now });
    const investigation = def.stages[stageIndex].investigations.find((i) => i.id === investigationId)!;
    return { ok: true, duplicate: !inserted, result: investigation.result };
  });
}

export async function submitAnswer(
  db: Db,
  userId: string,
  attemptId: string,
  questionId: string,
  rawAnswer: unknown,
  timeSpentMs: number,
  locale: "fr" | "en",
  now = Date.now(),
): Promise<AnswerResult> {
  const outcome = await playTransaction(db, attemptId, async (tx) => {
    const open = await openAttempt(tx, userId, attemptId, now);
    if (!open.ok) return open;
    const { attempt, def } = open.ctx;
    const stageIndex = def.stages.findIndex((s) => s.questions.some((q) => q.id === questionId));
    if (stageIndex < 0) return { ok: false as const, error: "unknown-item" as const };
    if (stageIndex > attempt.currentStage) return { ok: false as const, error: "locked" as const };
    const question = def.stages[stageIndex].questions.find((q) => q.id === questionId)!;
    const training = attempt.mode === "training";
    const [closedMenus, answers] = await Promise.all([loadClosedMenus(tx, attemptId), loadAnswers(tx, attemptId)]);
    // An answer, once submitted, is final: a retry or double click gets the first answer back (and the
    // question it unlocked, in case the first response was lost).
    const existing = answers.get(questionId);
    if (existing)
      return { ok: true as const, duplicate: true, question, training, errata: def.errata, answer: existing, ...unlocked(def, attempt.currentStage, stageIndex, questionId, answers, answers, closedMenus) };
    // One question at a time: a question is answerable only once every earlier one is answered
    // (the same rule decides what the page shows).
    if (!reachedQuestions(def, attempt.currentStage, answers, closedMenus).has(questionId)) return { ok: false as const, error: "locked" as const };
    const valid = validateAnswer(question, rawAnswer, locale);
    if (!valid.ok) return { ok: false as const, error: "invalid" as const, message: valid.error };
    const score = scoreQuestion(question, valid.answer);
    // The unique (attempt, question) index backs the lock: a second insert cannot record a second answer.
    const inserted = await tx
      .insert(responses)
      .values({
        attemptId,
        questionId,
        stageIndex,
        answer: valid.answer,
        points: score.points,
        maxPoints: score.max,
        timeSpentMs: Math.max(0, Math.min(Math.round(Number.isFinite(timeSpentMs) ? timeSpentMs : 0), 24 * 3600 * 1000)),
        submittedAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: responses.id });
    if (inserted.length === 0) {
      // Recorded meanwhile (only possible without the lock): the first answer stands, re-read.
      const [first] = await tx
        .select({ answer: responses.answer })
        .from(responses)
        .where(and(eq(responses.attemptId, attemptId), eq(responses.questionId, questionId)))
        .limit(1);
      const stands = first.answer as Answer;
      const recorded = await loadAnswers(tx, attemptId);
      return { ok: true as const, duplicate: true, question, training, errata: def.errata, answer: stands, ...unlocked(def, attempt.currentStage, stageIndex, questionId, recorded, recorded, closedMenus) };
    }
    const after = new Map(answers).set(questionId, valid.answer);
    return {
      ok: true as const,
      duplicate: false,
      question,
      training,
      errata: def.errata,
      answer: valid.answer,
      ...unlocked(def, attempt.currentStage, stageIndex, questionId, answers, after, closedMenus),
    };
  });
  if (!outcome.ok) return outcome;
  // Rendered after the commit, outside the write lock.
  const { duplicate, question, training, answer, menuClosed } = outcome;
  const next = outcome.next ? publicQuestion(outcome.next, attemptId, locale) : null;
  if (!training) return { ok: true, duplicate, answer, feedback: null, errata: [], next, menuClosed };
  const errata = (question.errata ?? []).flatMap((id) => outcome.errata.filter((e) => e.id === id).map((e) => ({ id: e.id, quote: e.quote, correction: e.correction })));
  return { ok: true, duplicate, answer, feedback: buildFeedback(question, scoreQuestion(question, answer), locale, attemptId), errata, next, menuClosed };
}

/**
 * What answering `questionId` made reachable in its stage: the next question when the disclosure rule
 * now reaches it and it is still unanswered (nothing of a later stage: that opens with "next stage"),
 * and whether the stage's menu closed with this answer.
 */
function unlocked(
  def: CaseDefinition,
  currentStage: number,
  stageIndex: number,
  questionId: string,
  before: ReadonlyMap<string, Answer>,
  after: ReadonlyMap<string, Answer>,
  closedMenus: ReadonlySet<number>,
) {
  const stage = def.stages[stageIndex];
  const at = stage.questions.findIndex((q) => q.id === questionId);
  const following = stage.questions[at + 1];
  const reached = stageIndex === currentStage && following !== undefined && !after.has(following.id) && reachedQuestions(def, currentStage, after, closedMenus).has(following.id);
  const closedNow = stageIndex === currentStage && stageMenuOpen(stage, before, closedMenus.has(stageIndex)) && !stageMenuOpen(stage, after, closedMenus.has(stageIndex));
  return { next: reached ? following : null, menuClosed: closedNow };
}

/**
 * "J'ai terminé mes demandes": closes the investigation menu of the stage in progress when it closes
 * before the stage's first question, which the learner may then see. Idempotent: a second call changes
 * nothing and succeeds.
 */
export async function closeInvestigationMenu(db: Db, userId: string, attemptId: string, stageId: string, now = Date.now()): Promise<PlayResult> {
  return playTransaction(db, attemptId, async (tx): Promise<PlayResult> => {
    const open = await openAttempt(tx, userId, attemptId, now);
    if (!open.ok) return open;
    const { attempt, def } = open.ctx;
    const stageIndex = def.stages.findIndex((s) => s.id === stageId);
    if (stageIndex < 0 || !closesBeforeFirstQuestion(def.stages[stageIndex])) return { ok: false, error: "unknown-item" };
    // Only the stage in progress: a later one is locked, an earlier one is past (its menu closed).
    if (stageIndex !== attempt.currentStage) return { ok: false, error: "locked" };
    // The visit row exists from the stage's opening; the upsert also covers one missing. The first close stands.
    const closed = await tx
      .insert(stageVisits)
      .values({ attemptId, stageIndex, enteredAt: now, menuClosedAt: now })
      .onConflictDoUpdate({ target: [stageVisits.attemptId, stageVisits.stageIndex], set: { menuClosedAt: now }, setWhere: isNull(stageVisits.menuClosedAt) })
      .returning({ stage: stageVisits.stageIndex });
    return { ok: true, duplicate: closed.length === 0 };
  });
}

/** Opens the next stage, only once every question of the current one is answered. */
export async function advanceStage(db: Db, userId: string, attemptId: string, now = Date.now()): Promise<PlayResult> {
  return playTransaction(db, attemptId, async (tx): Promise<PlayResult> => {
    const open = await openAttempt(tx, userId, attemptId, now);
    if (!open.ok) return open;
    const { attempt, def } = open.ctx;
    if (attempt.currentStage >= def.stages.length - 1) return { ok: false, error: "locked" };
    if (!stageComplete(def.stages[attempt.currentStage], await loadAnswers(tx, attemptId))) return { ok: false, error: "incomplete" };
    const next = attempt.currentStage + 1;
    // Moves from the stage read above only: with the lock held this always matches; the condition
    // keeps a stage from being skipped even if it did not.
    const moved = await tx
      .update(attempts)
      .set({ currentStage: next })
      .where(and(eq(attempts.id, attemptId), eq(attempts.currentStage, attempt.currentStage), eq(attempts.status, "in_progress")))
      .returning({ id: attempts.id });
    if (moved.length === 0) return { ok: false, error: "incomplete" };
    await tx
      .update(stageVisits)
      .set({ completedAt: now })
      .where(and(eq(stageVisits.attemptId, attemptId), eq(stageVisits.stageIndex, attempt.currentStage)));
    await tx.insert(stageVisits).values({ attemptId, stageIndex: next, enteredAt: now }).onConflictDoNothing();
    return { ok: true };
  });
}

/** Ends the attempt after the last stage's questions are all answered, and stores the score. */
export async function finishAttempt(db: Db, userId: string, attemptId: string, now = Date.now()): Promise<PlayResult> {
  return playTransaction(db, attemptId, async (tx): Promise<PlayResult> => {
    const open = await openAttempt(tx, userId, attemptId, now);
    if (!open.ok) return open;
    const { attempt, def } = open.ctx;
    if (attempt.currentStage !== def.stages.length - 1) return { ok: false, error: "incomplete" };
    if (!stageComplete(def.stages[attempt.currentStage], await loadAnswers(tx, attemptId))) return { ok: false, error: "incomplete" };
    await finalizeAttempt(tx, attempt, def, now);
    return { ok: true };
  });
}

/**
 * For server actions: the user the action wrapper (lib/actions) has just authenticated plays their own
 * attempt on the process's database; ownership, stage locks and deadlines are checked in the transaction
 * above. (Taking the wrapper's user spares the hot path a second session read: React's `cache` does not
 * deduplicate inside a server action.)
 */
export type ActingUser = { id: string };

export function orderMyInvestigation(user: ActingUser, attemptId: string, investigationId: string): Promise<OrderResult> {
  return orderInvestigation(getDb(), user.id, attemptId, investigationId);
}

export function submitMyAnswer(user: ActingUser, attemptId: string, questionId: string, rawAnswer: unknown, timeSpentMs: number, locale: "fr" | "en"): Promise<AnswerResult> {
  return submitAnswer(getDb(), user.id, attemptId, questionId, rawAnswer, timeSpentMs, locale);
}

export function closeMyInvestigationMenu(user: ActingUser, attemptId: string, stageId: string): Promise<PlayResult> {
  return closeInvestigationMenu(getDb(), user.id, attemptId, stageId);
}

export function advanceMyStage(user: ActingUser, attemptId: string): Promise<PlayResult> {
  return advanceStage(getDb(), user.id, attemptId);
}

export function finishMyAttempt(user: ActingUser, attemptId: string): Promise<PlayResult> {
  return finishAttempt(getDb(), user.id, attemptId);
}
