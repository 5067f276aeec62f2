import "server-only";
import { getDb, transaction, type Db } from "@/db/client";
import { investigationForTest, nonContributoryId, NON_CONTRIBUTORY_RESULT, type Catalogue } from "@/lib/content/catalogue";
import { stageMenuOpen } from "@/lib/player/disclosure";
import { insertRequest, openAttempt, type ActingUser, type PlayFailure } from "./attempt-play";
import { attemptLock, loadAnswers } from "./attempt-state";

/** A catalogue test's result: the case's own when it defines the test, "non contributif" otherwise. */
export type CatalogueOrderResult = { ok: true; duplicate: boolean; testId: string; label: string; result: string } | PlayFailure;

/**
 * Orders a test of the shared catalogue in the current stage, when its menu is `catalogue`. Same rules
 * as the visible list (own attempt, open, current stage, menu still open) and idempotent: a test the
 * stage defines is stored under the case's investigation id (scored as today); one it does not define
 * is stored per stage as non-contributory and costs what an unnecessary test costs.
 */
export async function orderCatalogueTest(db: Db, catalogue: Catalogue, userId: string, attemptId: string, testId: string, now = Date.now()): Promise<CatalogueOrderResult> {
  return transaction(
    db,
    async (tx): Promise<CatalogueOrderResult> => {
      const open = await openAttempt(tx, userId, attemptId, now);
      if (!open.ok) return open;
      const { attempt, def } = open.ctx;
      const stage = def.stages[attempt.currentStage];
      const test = catalogue.tests.find((t) => t.id === testId);
      if (!stage || stage.menu !== "catalogue" || !test) return { ok: false, error: "unknown-item" };
      if (!stageMenuOpen(stage, await loadAnswers(tx, attemptId))) return { ok: false, error: "menu-closed" };
      const investigation = investigationForTest(stage, testId);
      const investigationId = investigation ? investigation.id : nonContributoryId(stage.id, testId);
      const inserted = await insertRequest(tx, { attemptId, investigationId, stageIndex: attempt.currentStage, requestedAt: now });
      return { ok: true, duplicate: !inserted, testId, label: investigation?.label ?? test.label, result: investigation ? investigation.result : NON_CONTRIBUTORY_RESULT };
    },
    { lock: [attemptLock(attemptId)] },
  );
}

/** For server actions: the user the action wrapper authenticated orders on their own attempt (checked above). */
export function orderMyCatalogueTest(user: ActingUser, catalogue: Catalogue, attemptId: string, testId: string): Promise<CatalogueOrderResult> {
  return orderCatalogueTest(getDb(), catalogue, user.id, attemptId, testId);
}
