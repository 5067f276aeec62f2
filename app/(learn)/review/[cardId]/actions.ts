"use server";
import { z } from "zod";
import { getDb, writeDurably } from "@/db/client";
import { getCurrentUser } from "@/lib/dal/session";
import { submitReview, type ReviewError } from "@/lib/dal/review-queue-store";
import type { ReviewRating } from "@/lib/spaced/schedule";
import { getLocale } from "@/lib/i18n/server";
import type { ErratumView, QuestionFeedback } from "@/lib/player/view-types";
import type { Answer } from "@/lib/scoring/types";

export type ReviewActionResult =
  | { ok: true; answer: Answer; feedback: QuestionFeedback; errata: ErratumView[]; points: number; max: number; rating: ReviewRating; nextDue: number }
  | { ok: false; error: ReviewError | "unauthenticated"; message?: string };

const cardId = z.string().uuid();

/** A public endpoint: authenticates, validates the card id, and lets the data layer check ownership, the due date and the answer. */
export async function submitReviewAction(card: string, answer: unknown): Promise<ReviewActionResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "unauthenticated" };
  if (!cardId.safeParse(card).success) return { ok: false, error: "not-found" };
  const locale = await getLocale();
  const result = await writeDurably(() => submitReview(getDb(), user.id, card, answer, locale));
  if (!result.ok) return { ok: false, error: result.error, ...(result.message ? { message: result.message } : {}) };
  return result;
}
