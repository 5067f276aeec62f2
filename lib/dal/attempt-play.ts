import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { prepared, type Db } from "@/db/client";
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
import { closedError, expireIfDue, finalizeAttempt, findOwnAttempt, loadAnswers, loadClosedMenus } from "./attempt-state";

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

// The hot statements, compiled once per connection. They run on `db` inside `db.transaction`:
// better-sqlite3 transactions belong to the connection, so they are part of it.
export const insertRequest = (db: Db) =>
  prepared(db, "attempt-play:insert-request", (d) =>
    d
      .insert(investigationRequests)
      .values({
        attemptId: sql.placeholder("attemptId"),
        investigationId: sql.placeholder("investigationId"),
        stageIndex: sql.placeholder("stageIndex"),
        requestedAt: sql.placeholder("requestedAt"),
      })
      .onConflictDoNothing()
      .prepare(),
  );
const findResponse = (db: Db) =>
  prepared(db, "attempt-play:find-response", (d) =>
    d
      .select({ answer: responses.answer })
      .from(responses)
      .where(and(eq(responses.attemptId, sql.placeholder("attemptId")), eq(responses.questionId, sql.placeholder("questionId"))))
      .prepare(),
  );
const insertResponse = (db: Db) =>
  prepared(db, "attempt-play:insert-response", (d) =>
    d
      .insert(responses)
      .values({
        attemptId: sql.placeholder("attemptId"),
        questionId: sql.placeholder("questionId"),
        stageIndex: sql.placeholder("stageIndex"),
        answer: sql.placeholder("answer"),
        points: sql.placeholder("points"),
        maxPoints: sql.placeholder("maxPoints"),
        timeSpentMs: sql.placeholder("timeSpentMs"),
        submittedAt: sql.placeholder("submittedAt"),
      })
      .onConflictDoNothing()
      .prepare(),
  );

const openNextStage = (db: Db) =>
  prepared(db, "attempt-play:next-stage", (d) => ({
    move: d
      .update(attempts)
      .set({ currentStage: sql`${sql.placeholder("next")}` })
      .where(eq(attempts.id, sql.placeholder("attemptId")))
      .prepare(),
    close: d
      .update(stageVisits)
      .set({ completedAt: sql`${sql.placeholder("now")}` })
      .where(and(eq(stageVisits.attemptId, sql.placeholder("attemptId")), eq(stageVisits.stageIndex, sql.placeholder("stageIndex"))))
      .prepare(),
    enter: d
      .insert(stageVisits)
      .values({ attemptId: sql.placeholder("attemptId"), stageIndex: sql.placeholder("stageIndex"), enteredAt: sql.placeholder("now") })
      .onConflictDoNothing()
      .prepare(),
  }));

// The visit row exists from the stage's opening; the upsert also covers one missing. The first close stands.
const closeMenu = (db: Db) =>
  prepared(db, "attempt-play:close-menu", (d) =>
    d
      .insert(stageVisits)
      .values({ attemptId: sql.placeholder("attemptId"), stageIndex: sql.placeholder("stageIndex"), enteredAt: sql.placeholder("now"), menuClosedAt: sql.placeholder("now") })
      .onConflictDoUpdate({ target: [stageVisits.attemptId, stageVisits.stageIndex], set: { menuClosedAt: sql`excluded.menu_closed_at` }, setWhere: isNull(stageVisits.menuClosedAt) })
      .prepare(),
  );

/**
 * Loads the attempt for a mutation inside a write transaction (on the transaction's connection):
 * it must be the user's own (else not-found), still open and, in exam mode, before its deadline
 * (else it is closed and scored now).
 */
export function openAttempt(db: Db, userId: string, attemptId: string, now: number): { ok: true; ctx: Ctx } | { ok: false; error: PlayError } {
  const attempt = findOwnAttempt(db, userId, attemptId);
  if (!attempt) return { ok: false, error: "not-found" };
  const def = getCaseDefinition(db, attempt.caseVersionId);
  if (!def) return { ok: false, error: "not-found" };
  if (attempt.status !== "in_progress") return { ok: false, error: closedError(attempt.closedReason) };
  // A practice attempt on a case that an exam of the learner's cohort now hides: frozen (nothing is
  // written, the clock of an exam-mode practice attempt included) until the exam's due date.
  if (attempt.assignmentId === null && practiceHiddenUntil(db, userId, attempt.caseVersionId, now) !== null) return { ok: false, error: "hidden" };
  const expired = expireIfDue(db, attempt, def, now);
  if (expired) return { ok: false, error: closedError(expired) };
  return { ok: true, ctx: { attempt, def } };
}

export function orderInvestigation(db: Db, userId: string, attemptId: string, investigationId: string, now = Date.now()): OrderResult {
  return db.transaction(
    () => {
      const open = openAttempt(db, userId, attemptId, now);
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
      if (!stageMenuOpen(def.stages[stageIndex], loadAnswers(db, attemptId), loadClosedMenus(db, attemptId).has(stageIndex))) return { ok: false, error: "menu-closed" };
      const inserted = insertRequest(db).run({ attemptId, investigationId, stageIndex, requestedAt: now });
      const investigation = def.stages[stageIndex].investigations.find((i) => i.id === investigationId)!;
      return { ok: true, duplicate: inserted.changes === 0, result: investigation.result };
    },
    { behavior: "immediate" },
  );
}

export function submitAnswer(
  db: Db,
  userId: string,
  attemptId: string,
  questionId: string,
  rawAnswer: unknown,
  timeSpentMs: number,
  locale: "fr" | "en",
  now = Date.now(),
): AnswerResult {
  const outcome = db.transaction(
    () => {
      const open = openAttempt(db, userId, attemptId, now);
      if (!open.ok) return open;
      const { attempt, def } = open.ctx;
      const stageIndex = def.stages.findIndex((s) => s.questions.some((q) => q.id === questionId));
      if (stageIndex < 0) return { ok: false as const, error: "unknown-item" as const };
      if (stageIndex > attempt.currentStage) return { ok: false as const, error: "locked" as const };
      const question = def.stages[stageIndex].questions.find((q) => q.id === questionId)!;
      const training = attempt.mode === "training";
      const closedMenus = loadClosedMenus(db, attemptId);
      const answers = loadAnswers(db, attemptId);
      // An answer, once submitted, is final: a retry or double click gets the first answer back (and the
      // question it unlocked, in case the first response was lost).
      const existing = findResponse(db).get({ attemptId, questionId });
      if (existing)
        return { ok: true as const, duplicate: true, question, training, errata: def.errata, answer: JSON.parse(existing.answer) as Answer, ...unlocked(def, attempt.currentStage, stageIndex, questionId, answers, answers, closedMenus) };
      // One question at a time: a question is answerable only once every earlier one is answered
      // (the same rule decides what the page shows).
      if (!reachedQuestions(def, attempt.currentStage, answers, closedMenus).has(questionId)) return { ok: false as const, error: "locked" as const };
      const valid = validateAnswer(question, rawAnswer, locale);
      if (!valid.ok) return { ok: false as const, error: "invalid" as const, message: valid.error };
      const score = scoreQuestion(question, valid.answer);
      const inserted = insertResponse(db).run({
        attemptId,
        questionId,
        stageIndex,
        answer: JSON.stringify(valid.answer),
        points: score.points,
        maxPoints: score.max,
        timeSpentMs: Math.max(0, Math.min(Math.round(Number.isFinite(timeSpentMs) ? timeSpentMs : 0), 24 * 3600 * 1000)),
        submittedAt: now,
      });
      const after = new Map(answers).set(questionId, valid.answer);
      return {
        ok: true as const,
        duplicate: inserted.changes === 0,
        question,
        training,
        errata: def.errata,
        answer: valid.answer,
        ...unlocked(def, attempt.currentStage, stageIndex, questionId, answers, after, closedMenus),
      };
    },
    { behavior: "immediate" },
  );
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
export function closeInvestigationMenu(db: Db, userId: string, attemptId: string, stageId: string, now = Date.now()): PlayResult {
  return db.transaction(
    () => {
      const open = openAttempt(db, userId, attemptId, now);
      if (!open.ok) return open;
      const { attempt, def } = open.ctx;
      const stageIndex = def.stages.findIndex((s) => s.id === stageId);
      if (stageIndex < 0 || !closesBeforeFirstQuestion(def.stages[stageIndex])) return { ok: false, error: "unknown-item" };
      // Only the stage in progress: a later one is locked, an earlier one is past (its menu closed).
      if (stageIndex !== attempt.currentStage) return { ok: false, error: "locked" };
      const closed = closeMenu(db).run({ attemptId, stageIndex, now });
      return { ok: true, duplicate: closed.changes === 0 };
    },
    { behavior: "immediate" },
  );
}

/** Opens the next stage, only once every question of the current one is answered. */
export function advanceStage(db: Db, userId: string, attemptId: string, now = Date.now()): PlayResult {
  return db.transaction(
    () => {
      const open = openAttempt(db, userId, attemptId, now);
      if (!open.ok) return open;
      const { attempt, def } = open.ctx;
      if (attempt.currentStage >= def.stages.length - 1) return { ok: false, error: "locked" };
      if (!stageComplete(def.stages[attempt.currentStage], loadAnswers(db, attemptId))) return { ok: false, error: "incomplete" };
      const next = attempt.currentStage + 1;
      const stage = openNextStage(db);
      stage.move.run({ attemptId, next });
      stage.close.run({ attemptId, stageIndex: attempt.currentStage, now });
      stage.enter.run({ attemptId, stageIndex: next, now });
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}

/** Ends the attempt after the last stage's questions are all answered, and stores the score. */
export function finishAttempt(db: Db, userId: string, attemptId: string, now = Date.now()): PlayResult {
  return db.transaction(
    () => {
      const open = openAttempt(db, userId, attemptId, now);
      if (!open.ok) return open;
      const { attempt, def } = open.ctx;
      if (attempt.currentStage !== def.stages.length - 1) return { ok: false, error: "incomplete" };
      if (!stageComplete(def.stages[attempt.currentStage], loadAnswers(db, attemptId))) return { ok: false, error: "incomplete" };
      finalizeAttempt(db, attempt, def, now);
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}
