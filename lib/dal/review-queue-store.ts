import "server-only";
import { and, asc, count, eq, isNull, lt, ne } from "drizzle-orm";
import { transaction, type Db } from "@/db/client";
import { assignments, attempts, caseVersions, responses, reviewCards, reviewLogs, type ReviewCardRow } from "@/db/schema";
import type { CaseDefinition, Question } from "@/lib/content/schema";
import { scoreQuestion, validateAnswer } from "@/lib/scoring";
import type { Answer } from "@/lib/scoring/types";
import { buildFeedback } from "@/lib/player/feedback";
import type { ErratumView, QuestionFeedback } from "@/lib/player/view-types";
import { correctionReleased } from "@/lib/teach/correction-release";
import { newSchedule, nextSchedule, ratingFor, ratingValue, type ReviewRating } from "@/lib/spaced/schedule";
import { getCaseDefinition } from "./case-content";
import { hiddenPracticeCaseIds } from "./library";

/**
 * The personal review queue ("Revoir mes erreurs"), on an explicit database, user and clock (the
 * session-level wrappers live in review-queue.ts). Every query is scoped to the user: a card of
 * someone else is answered as missing.
 */

/**
 * Adds a card for every question the user answered below full credit and whose correction they may
 * see: any training attempt (its feedback came with each answer), and an exam attempt once finished
 * and its correction released (before that, a card would disclose which answers were wrong).
 * Returns the number of cards added.
 */
export async function syncReviewCards(db: Db, userId: string, now = Date.now()): Promise<number> {
  const candidates = await db
    .select({
      attemptId: responses.attemptId,
      questionId: responses.questionId,
      stageIndex: responses.stageIndex,
      caseVersionId: attempts.caseVersionId,
      mode: attempts.mode,
      status: attempts.status,
      assignmentId: attempts.assignmentId,
      correctionRelease: assignments.correctionRelease,
      beforeRelease: assignments.beforeRelease,
      dueAt: assignments.dueAt,
      correctionReleasedAt: assignments.correctionReleasedAt,
    })
    .from(responses)
    .innerJoin(attempts, eq(attempts.id, responses.attemptId))
    .innerJoin(caseVersions, eq(caseVersions.id, attempts.caseVersionId))
    .leftJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .leftJoin(reviewCards, and(eq(reviewCards.userId, attempts.userId), eq(reviewCards.caseVersionId, attempts.caseVersionId), eq(reviewCards.questionId, responses.questionId)))
    // An author's preview plays a draft's copy that the next preview replaces: not study material.
    .where(and(eq(attempts.userId, userId), lt(responses.points, responses.maxPoints), isNull(reviewCards.id), ne(caseVersions.status, "preview")))
    .orderBy(asc(responses.submittedAt), asc(responses.id));
  const eligible = candidates.filter((c) => {
    if (c.mode === "training") return true;
    if (c.status !== "finished") return false;
    if (c.assignmentId === null || c.correctionRelease === null) return true;
    return correctionReleased(
      { mode: c.mode, correctionRelease: c.correctionRelease, beforeRelease: c.beforeRelease ?? "mark", dueAt: c.dueAt, correctionReleasedAt: c.correctionReleasedAt },
      now,
    );
  });
  if (eligible.length === 0) return 0;
  // Inserts only, each ignoring a card that exists (unique per user, version and question): two
  // servers syncing at once add each card once, with no lock needed.
  return transaction(db, async (tx) => {
    let added = 0;
    for (const c of eligible) {
      const inserted = await tx
        .insert(reviewCards)
        .values({ id: crypto.randomUUID(), userId, attemptId: c.attemptId, caseVersionId: c.caseVersionId, questionId: c.questionId, stageIndex: c.stageIndex, ...newSchedule(now), createdAt: now })
        .onConflictDoNothing()
        .returning({ id: reviewCards.id });
      added += inserted.length;
    }
    return added;
  });
}

/**
 * The user's cards they may review now. While an exam hides a case from their practice, its cards are
 * withheld like the debriefs of their practice attempts on it (they would give the exam's answers away).
 */
async function visibleCards(db: Db, userId: string, now: number, cardId?: string): Promise<ReviewCardRow[]> {
  const rows = await db
    .select({ card: reviewCards, caseId: caseVersions.caseId })
    .from(reviewCards)
    .innerJoin(caseVersions, eq(caseVersions.id, reviewCards.caseVersionId))
    .where(cardId ? and(eq(reviewCards.userId, userId), eq(reviewCards.id, cardId)) : eq(reviewCards.userId, userId))
    .orderBy(asc(reviewCards.due), asc(reviewCards.createdAt), asc(reviewCards.id));
  const hidden = rows.length ? await hiddenPracticeCaseIds(db, userId, now) : new Set<string>();
  return rows.filter((r) => !hidden.has(r.caseId)).map((r) => r.card);
}

export async function countDueCards(db: Db, userId: string, now = Date.now()): Promise<number> {
  return (await visibleCards(db, userId, now)).filter((c) => c.due <= now).length;
}

export type QueueEntry = { cardId: string; caseTitle: string; stageTitle: string; stem: string; due: number; reps: number };

/** Every card of the user they may review, due first, each with what names it (never the key). */
export async function listCards(db: Db, userId: string, now = Date.now()): Promise<QueueEntry[]> {
  const entries: QueueEntry[] = [];
  for (const card of await visibleCards(db, userId, now)) {
    const found = await locate(db, card);
    if (found) entries.push({ cardId: card.id, caseTitle: found.def.title, stageTitle: found.def.stages[card.stageIndex].title, stem: found.question.stem, due: card.due, reps: card.reps });
  }
  return entries;
}

export async function findCard(db: Db, userId: string, cardId: string, now = Date.now()): Promise<ReviewCardRow | undefined> {
  return (await visibleCards(db, userId, now, cardId))[0];
}

export async function locate(db: Db, card: ReviewCardRow): Promise<{ def: CaseDefinition; question: Question } | null> {
  const def = await getCaseDefinition(db, card.caseVersionId);
  const question = def?.stages[card.stageIndex]?.questions.find((q) => q.id === card.questionId);
  return def && question ? { def, question } : null;
}

export type ReviewError = "not-found" | "not-due" | "invalid";
export type ReviewOutcome =
  | { ok: true; answer: Answer; feedback: QuestionFeedback; errata: ErratumView[]; points: number; max: number; rating: ReviewRating; nextDue: number }
  | { ok: false; error: ReviewError; message?: string; due?: number };

/**
 * Scores a review answer with the scoring engine, logs it and reschedules the card, in one
 * transaction locked on the card: two submissions of the same review (double click, two servers)
 * are taken one after the other, and the second finds the card rescheduled. The attempt's
 * recorded answer and mark are never touched.
 */
export async function submitReview(db: Db, userId: string, cardId: string, rawAnswer: unknown, locale: "fr" | "en", now = Date.now()): Promise<ReviewOutcome> {
  const outcome = await transaction(
    db,
    async (tx) => {
      const card = await findCard(tx, userId, cardId, now);
      if (!card) return { ok: false as const, error: "not-found" as const };
      // A second submission of the same review (double click) finds the card rescheduled: not due.
      if (card.due > now) return { ok: false as const, error: "not-due" as const, due: card.due };
      const found = await locate(tx, card);
      if (!found) return { ok: false as const, error: "not-found" as const };
      const valid = validateAnswer(found.question, rawAnswer, locale);
      if (!valid.ok) return { ok: false as const, error: "invalid" as const, message: valid.error };
      const score = scoreQuestion(found.question, valid.answer);
      const rating = ratingFor(score.points, score.max);
      const next = nextSchedule(card, rating, now);
      await tx.update(reviewCards).set(next).where(and(eq(reviewCards.id, card.id), eq(reviewCards.userId, userId)));
      await tx.insert(reviewLogs).values({ cardId: card.id, answer: valid.answer, points: score.points, maxPoints: score.max, rating: ratingValue(rating), reviewedAt: now });
      return { ok: true as const, card, found, answer: valid.answer, score, rating, nextDue: next.due };
    },
    { lock: [`review-card:${cardId}`] },
  );
  if (!outcome.ok) return outcome;
  const { card, found, answer, score, rating, nextDue } = outcome;
  const errata = (found.question.errata ?? []).flatMap((id) => found.def.errata.filter((e) => e.id === id).map((e) => ({ id: e.id, quote: e.quote, correction: e.correction })));
  return { ok: true, answer, feedback: buildFeedback(found.question, score, locale, card.attemptId), errata, points: score.points, max: score.max, rating, nextDue };
}

/** Reviews logged for a card (tests and the queue's history). */
export async function reviewCount(db: Db, cardId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(reviewLogs).where(eq(reviewLogs.cardId, cardId));
  return row?.n ?? 0;
}
