"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { succeed, type ActionResult } from "@/lib/actions/result";
import { submitMyReview, type ReviewError } from "@/lib/dal/review-queue";
import type { ReviewRating } from "@/lib/spaced/schedule";
import { getLocale } from "@/lib/i18n/server";
import type { ErratumView, QuestionFeedback } from "@/lib/player/view-types";
import type { Answer } from "@/lib/scoring/types";

export type ReviewOutcome = { answer: Answer; feedback: QuestionFeedback; errata: ErratumView[]; points: number; max: number; rating: ReviewRating; nextDue: number };
export type ReviewActionResult = ActionResult<ReviewOutcome, ReviewError | "unauthenticated", never, { message?: string }>;

const review = defineAction({
  name: "submit-review",
  access: "signed-in",
  input: z.object({ card: z.string().uuid(), answer: z.unknown(), locale: z.enum(["fr", "en"]) }),
  // A malformed card id is a card that does not exist.
  invalid: () => ({ ok: false as const, code: "not-found" as const }),
  // The data layer checks ownership, the due date and the answer, in the transaction that records the review.
  run: async ({ card, answer, locale }) => {
    const result = await submitMyReview(card, answer, locale);
    if (!result.ok) return { ok: false as const, code: result.error, ...("message" in result && result.message ? { message: result.message } : {}) };
    const { answer: given, feedback, errata, points, max, rating, nextDue } = result;
    return succeed({ answer: given, feedback, errata, points, max, rating, nextDue });
  },
});

export async function submitReviewAction(card: string, answer: unknown): Promise<ReviewActionResult> {
  return review({ card, answer, locale: await getLocale() });
}
