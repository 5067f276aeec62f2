"use server";
import { z } from "zod";
import { getDb, writeDurably } from "@/db/client";
import { getCurrentUser } from "@/lib/dal/session";
import { advanceStage, closeInvestigationMenu, finishAttempt, orderInvestigation, submitAnswer, type PlayError, type PlayFailure } from "@/lib/dal/attempt-play";
import { getLocale } from "@/lib/i18n/server";
import type { ErratumView, PublicQuestion, QuestionFeedback } from "@/lib/player/view-types";
import type { Answer } from "@/lib/scoring/types";
import { metrics } from "@/lib/observability/metrics.mjs";

export type PlayActionFailure = { ok: false; error: PlayError | "unauthenticated"; message?: string };
export type PlayActionResult = { ok: true } | PlayActionFailure;
/** The ordered investigation's result: the player shows it without reloading the page. */
export type OrderActionResult = { ok: true; result: string } | PlayActionFailure;
/**
 * The answer that stands and, in training mode only, its feedback and errata; the question this answer
 * has made reachable in the stage (stem, options, new information: no key), and whether the stage's
 * menu closed. The player shows them in place, without re-rendering the page.
 */
export type AnswerActionResult =
  | { ok: true; answer: Answer; feedback: QuestionFeedback | null; errata: ErratumView[]; next: PublicQuestion | null; menuClosed: boolean }
  | PlayActionFailure;

const id = z.string().min(1).max(100);
const attemptId = z.string().uuid();

// Server actions are public endpoints: each one authenticates, validates, and lets the data layer
// check ownership, stage locks and deadlines inside one transaction.
// A response carries only what the action has just earned (an ordered test's result, an answered
// question's feedback in training mode, the question it made reachable); opening a stage or closing
// its menu refreshes the page, whose render decides what the learner sees.
async function run<T extends { ok: boolean }>(action: string, parse: () => boolean, work: (userId: string) => T | PlayActionFailure): Promise<T | PlayActionFailure> {
  const result = await authorizedWrite(parse, work);
  // /metrics: refusals by action and code (a spike of "deadline-passed" or "invalid" on exam day).
  if (!result.ok) metrics().actionFailures.inc({ action, code: (result as PlayActionFailure).error });
  return result;
}

async function authorizedWrite<T>(parse: () => boolean, work: (userId: string) => T | PlayActionFailure): Promise<T | PlayActionFailure> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "unauthenticated" };
  if (!parse()) return { ok: false, error: "invalid" };
  // Acknowledged only once on disk; concurrent actions share one fsync (see db/client.ts).
  return writeDurably(() => work(user.id));
}

export async function orderInvestigationAction(attempt: string, investigation: string): Promise<OrderActionResult> {
  return run(
    "order-investigation",
    () => attemptId.safeParse(attempt).success && id.safeParse(investigation).success,
    (userId): OrderActionResult => {
      const r = orderInvestigation(getDb(), userId, attempt, investigation);
      return r.ok ? { ok: true, result: r.result } : failure(r);
    },
  );
}

export async function submitAnswerAction(attempt: string, question: string, answer: unknown, timeSpentMs: number): Promise<AnswerActionResult> {
  const locale = await getLocale();
  const result = await run(
    "submit-answer",
    () => attemptId.safeParse(attempt).success && id.safeParse(question).success && z.number().finite().safeParse(timeSpentMs).success,
    (userId): AnswerActionResult => {
      const r = submitAnswer(getDb(), userId, attempt, question, answer, timeSpentMs, locale);
      return r.ok ? { ok: true, answer: r.answer, feedback: r.feedback, errata: r.errata, next: r.next, menuClosed: r.menuClosed } : failure(r);
    },
  );
  // On disk by now (writeDurably): the answer is acknowledged to the student.
  if (result.ok) metrics().answersAcknowledged.inc();
  return result;
}

/** "J'ai terminé mes demandes": closes the stage's menu; the page is then re-rendered with its first question. */
export async function closeInvestigationMenuAction(attempt: string, stage: string): Promise<PlayActionResult> {
  return run("close-menu", () => attemptId.safeParse(attempt).success && id.safeParse(stage).success, (userId) => strip(closeInvestigationMenu(getDb(), userId, attempt, stage)));
}

export async function advanceStageAction(attempt: string): Promise<PlayActionResult> {
  return run("advance-stage", () => attemptId.safeParse(attempt).success, (userId) => strip(advanceStage(getDb(), userId, attempt)));
}

export async function finishAttemptAction(attempt: string): Promise<PlayActionResult> {
  return run("finish-attempt", () => attemptId.safeParse(attempt).success, (userId) => strip(finishAttempt(getDb(), userId, attempt)));
}

/** The smallest result: whether it worked, and why not. */
function strip(r: { ok: true } | PlayFailure): PlayActionResult {
  return r.ok ? { ok: true } : failure(r);
}

function failure(r: PlayFailure): PlayActionFailure {
  return { ok: false, error: r.error, message: r.message };
}
