"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { done, succeed, type ActionFailure, type ActionResult } from "@/lib/actions/result";
import { advanceMyStage, closeMyInvestigationMenu, finishMyAttempt, orderMyInvestigation, submitMyAnswer, type PlayError, type PlayFailure } from "@/lib/dal/attempt-play";
import { getLocale } from "@/lib/i18n/server";
import type { ErratumView, PublicQuestion, QuestionFeedback } from "@/lib/player/view-types";
import type { Answer } from "@/lib/scoring/types";
import { metrics } from "@/lib/observability/metrics.mjs";

type PlayCode = PlayError | "unauthenticated";
export type PlayActionFailure = ActionFailure<PlayCode, never, { message?: string }>;
export type PlayActionResult = ActionResult<null, PlayCode, never, { message?: string }>;
/** The ordered investigation's result: the player shows it without reloading the page. */
export type OrderActionResult = ActionResult<{ result: string }, PlayCode, never, { message?: string }>;
/**
 * The answer that stands and, in training mode only, its feedback and errata; the question this answer
 * has made reachable in the stage (stem, options, new information: no key), and whether the stage's
 * menu closed. The player shows them in place, without re-rendering the page.
 */
export type AnswerActionResult = ActionResult<
  { answer: Answer; feedback: QuestionFeedback | null; errata: ErratumView[]; next: PublicQuestion | null; menuClosed: boolean },
  PlayCode,
  never,
  { message?: string }
>;

const id = z.string().min(1).max(100);
const attemptId = z.string().uuid();

// Server actions are public endpoints: each one authenticates, validates, and lets the data layer
// check ownership, stage locks and deadlines inside one transaction, acknowledged only once durable
// (SQLite: concurrent transactions share one fsync of the WAL; see db/engine.ts).
// A response carries only what the action has just earned (an ordered test's result, an answered
// question's feedback in training mode); opening a stage refreshes the page, whose render decides
// what the learner sees.

/** The smallest failure: why not, and the data layer's explanation of an invalid answer. */
function failure(r: PlayFailure): PlayActionFailure {
  return r.message === undefined ? { ok: false, code: r.error } : { ok: false, code: r.error, message: r.message };
}

const order = defineAction({
  name: "order-investigation",
  access: "signed-in",
  input: z.object({ attempt: attemptId, investigation: id }),
  run: async ({ attempt, investigation }, user) => {
    const r = await orderMyInvestigation(user, attempt, investigation);
    return r.ok ? succeed({ result: r.result }) : failure(r);
  },
});

export async function orderInvestigationAction(attempt: string, investigation: string): Promise<OrderActionResult> {
  return order({ attempt, investigation });
}

const submit = defineAction({
  name: "submit-answer",
  access: "signed-in",
  input: z.object({ attempt: attemptId, question: id, answer: z.unknown(), timeSpentMs: z.number().finite(), locale: z.enum(["fr", "en"]) }),
  run: async ({ attempt, question, answer, timeSpentMs, locale }, user) => {
    const r = await submitMyAnswer(user, attempt, question, answer, timeSpentMs, locale);
    return r.ok ? succeed({ answer: r.answer, feedback: r.feedback, errata: r.errata, next: r.next, menuClosed: r.menuClosed }) : failure(r);
  },
});

export async function submitAnswerAction(attempt: string, question: string, answer: unknown, timeSpentMs: number): Promise<AnswerActionResult> {
  const result = await submit({ attempt, question, answer, timeSpentMs, locale: await getLocale() });
  // Durable by now (the transaction resolves after its commit is on disk): the answer is acknowledged to the student.
  if (result.ok) metrics().answersAcknowledged.inc();
  return result;
}

const advance = defineAction({
  name: "advance-stage",
  access: "signed-in",
  input: attemptId,
  run: async (attempt, user) => strip(await advanceMyStage(user, attempt)),
});

const closeMenu = defineAction({
  name: "close-menu",
  access: "signed-in",
  input: z.object({ attempt: attemptId, stage: id }),
  run: async ({ attempt, stage }, user) => strip(await closeMyInvestigationMenu(user, attempt, stage)),
});

/** "J'ai terminé mes demandes": closes the stage's menu; the page is then re-rendered with its first question. */
export async function closeInvestigationMenuAction(attempt: string, stage: string): Promise<PlayActionResult> {
  return closeMenu({ attempt, stage });
}

export async function advanceStageAction(attempt: string): Promise<PlayActionResult> {
  return advance(attempt);
}

const finish = defineAction({
  name: "finish-attempt",
  access: "signed-in",
  input: attemptId,
  run: async (attempt, user) => strip(await finishMyAttempt(user, attempt)),
});

export async function finishAttemptAction(attempt: string): Promise<PlayActionResult> {
  return finish(attempt);
}

function strip(r: { ok: true } | PlayFailure): PlayActionResult {
  return r.ok ? done() : failure(r);
}
