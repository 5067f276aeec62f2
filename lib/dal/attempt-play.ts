import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { prepared, type Db } from "@/db/client";
import { attempts, investigationRequests, responses, stageVisits, type Attempt } from "@/db/schema";
import type { CaseDefinition } from "@/lib/content/schema";
import { scoreQuestion, validateAnswer } from "@/lib/scoring";
import { stageComplete } from "@/lib/player/build-view";
import { reachedQuestions, stageMenuOpen } from "@/lib/player/disclosure";
import { buildFeedback } from "@/lib/player/feedback";
import type { ErratumView, QuestionFeedback } from "@/lib/player/view-types";
import type { Answer } from "@/lib/scoring/types";
import { getCaseDefinition } from "./case-content";
import { closedError, expireIfDue, finalizeAttempt, findOwnAttempt, loadAnswers } from "./attempt-state";

export type PlayError = "not-found" | "closed" | "past-due" | "locked" | "menu-closed" | "unknown-item" | "invalid" | "incomplete";
export type PlayFailure = { ok: false; error: PlayError; message?: string };
export type PlayResult = { ok: true; duplicate?: boolean } | PlayFailure;
/** An ordered investigation's result: earned by ordering it. */
export type OrderResult = { ok: true; duplicate: boolean; result: string } | PlayFailure;
/**
 * The answer that stands (the first one on a retry) and, in training mode, its feedback and the errata
 * attached to the question: earned by answering. In exam mode nothing of the key is returned before the end.
 * The next question is not returned here: the player re-renders the page, whose projection decides.
 */
export type AnswerResult =
  | { ok: true; duplicate: boolean; answer: Answer; feedback: QuestionFeedback | null; errata: ErratumView[] }
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
      if (!stageMenuOpen(def.stages[stageIndex], loadAnswers(db, attemptId))) return { ok: false, error: "menu-closed" };
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
      // An answer, once submitted, is final: a retry or double click gets the first answer back.
      const existing = findResponse(db).get({ attemptId, questionId });
      if (existing) return { ok: true as const, duplicate: true, question, training, errata: def.errata, answer: JSON.parse(existing.answer) as Answer };
      // One question at a time: a question is answerable only once every earlier one is answered
      // (the same rule decides what the page shows).
      if (!reachedQuestions(def, attempt.currentStage, loadAnswers(db, attemptId)).has(questionId)) return { ok: false as const, error: "locked" as const };
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
      return { ok: true as const, duplicate: inserted.changes === 0, question, training, errata: def.errata, answer: valid.answer };
    },
    { behavior: "immediate" },
  );
  if (!outcome.ok) return outcome;
  // Rendered after the commit, outside the write lock.
  const { duplicate, question, training, answer } = outcome;
  if (!training) return { ok: true, duplicate, answer, feedback: null, errata: [] };
  const errata = (question.errata ?? []).flatMap((id) => outcome.errata.filter((e) => e.id === id).map((e) => ({ id: e.id, quote: e.quote, correction: e.correction })));
  return { ok: true, duplicate, answer, feedback: buildFeedback(question, scoreQuestion(question, answer), locale, attemptId), errata };
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
