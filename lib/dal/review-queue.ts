import "server-only";
import { getDb } from "@/db/client";
import { reviewContext, type ReviewContext } from "@/lib/spaced/review-context";
import { countDueCards, findCard, listCards, locate, submitReview, syncReviewCards, type QueueEntry, type ReviewOutcome } from "./review-queue-store";
import { getCurrentUser } from "./session";

/** Due reviews of the signed-in user, for the header (0 when signed out). New missed questions are queued first. */
export async function getDueReviewCount(now = Date.now()): Promise<number> {
  const user = await getCurrentUser();
  if (!user) return 0;
  const db = getDb();
  await syncReviewCards(db, user.id, now);
  return countDueCards(db, user.id, now);
}

export type ReviewQueue = { due: QueueEntry[]; later: QueueEntry[]; now: number };

export async function getReviewQueue(now = Date.now()): Promise<ReviewQueue | null> {
  const user = await getCurrentUser();
  if (!user) return null;
  const db = getDb();
  await syncReviewCards(db, user.id, now);
  const cards = await listCards(db, user.id, now);
  return { due: cards.filter((c) => c.due <= now), later: cards.filter((c) => c.due > now), now };
}

export type ReviewCardView = { cardId: string; due: number; isDue: boolean; context: ReviewContext };

/** One card of the user's queue with its context (null: missing or someone else's, answered as not found). */
export async function getReviewCard(cardId: string, locale: "fr" | "en", now = Date.now()): Promise<ReviewCardView | null> {
  const user = await getCurrentUser();
  if (!user) return null;
  const db = getDb();
  const card = await findCard(db, user.id, cardId, now);
  if (!card) return null;
  const found = await locate(db, card);
  const context = found && reviewContext(found.def, card.stageIndex, card.questionId, card.attemptId, locale);
  if (!context) return null;
  return { cardId: card.id, due: card.due, isDue: card.due <= now, context };
}

/**
 * The signed-in user reviews one of their cards. Ownership, the due date and the answer are checked
 * in the transaction that records the review: someone else's card is answered as not found.
 */
export async function submitMyReview(cardId: string, answer: unknown, locale: "fr" | "en"): Promise<ReviewOutcome | { ok: false; error: "unauthenticated" }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "unauthenticated" };
  return submitReview(getDb(), user.id, cardId, answer, locale);
}

export type { QueueEntry, ReviewOutcome };
export type { ReviewError } from "./review-queue-store";
