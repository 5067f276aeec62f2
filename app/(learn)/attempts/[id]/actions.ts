"use server";
import { z } from "zod";
import { getDb, writeDurably } from "@/db/client";
import { getCurrentUser } from "@/lib/dal/session";
import { advanceStage, finishAttempt, orderInvestigation, submitAnswer, type PlayError } from "@/lib/dal/attempt-play";
import { getLocale } from "@/lib/i18n/server";

export type PlayActionResult = { ok: true } | { ok: false; error: PlayError | "unauthenticated"; message?: string };

const id = z.string().min(1).max(100);
const attemptId = z.string().uuid();

// Server actions are public endpoints: each one authenticates, validates, and lets the data layer
// check ownership, stage locks and deadlines inside one transaction.
// The response carries only the outcome; the client then refreshes the page, whose render (not
// this response) decides what the learner has earned.
async function run(parse: () => boolean, work: (userId: string) => PlayActionResult): Promise<PlayActionResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "unauthenticated" };
  if (!parse()) return { ok: false, error: "invalid" };
  // Acknowledged only once on disk; concurrent actions share one fsync (see db/client.ts).
  return writeDurably(() => work(user.id));
}

export async function orderInvestigationAction(attempt: string, investigation: string): Promise<PlayActionResult> {
  return run(
    () => attemptId.safeParse(attempt).success && id.safeParse(investigation).success,
    (userId) => strip(orderInvestigation(getDb(), userId, attempt, investigation))
  );
}

export async function submitAnswerAction(attempt: string, question: string, answer: unknown, timeSpentMs: number): Promise<PlayActionResult> {
  const locale = await getLocale();
  return run(
    () => attemptId.safeParse(attempt).success && id.safeParse(question).success && z.number().finite().safeParse(timeSpentMs).success,
    (userId) => strip(submitAnswer(getDb(), userId, attempt, question, answer, timeSpentMs, locale))
  );
}

export async function advanceStageAction(attempt: string): Promise<PlayActionResult> {
  return run(() => attemptId.safeParse(attempt).success, (userId) => strip(advanceStage(getDb(), userId, attempt)));
}

export async function finishAttemptAction(attempt: string): Promise<PlayActionResult> {
  return run(() => attemptId.safeParse(attempt).success, (userId) => strip(finishAttempt(getDb(), userId, attempt)));
}

/** The smallest result: whether it worked, and why not. */
function strip(r: ReturnType<typeof submitAnswer>): PlayActionResult {
  return r.ok ? { ok: true } : { ok: false, error: r.error, message: r.message };
}
