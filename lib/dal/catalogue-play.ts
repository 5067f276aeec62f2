import "server-only";
import type { Db } from "@/db/client";
import { investigationForTest, nonContributoryId, NON_CONTRIBUTORY_RESULT, type Catalogue } from "@/lib/content/catalogue";
import { stageMenuOpen } from "@/lib/player/disclosure";
import { insertRequest, openAttempt, type PlayFailure } from "./attempt-play";
import { loadAnswers } from "./attempt-state";

/** A catalogue test's result: the case's own when it defines the test, "non contributif" otherwise. */
export type CatalogueOrderResult = { ok: true; duplicate: boolean; testId: string; label: string; result: string } | PlayFailure;

/**
 * Orders a test of the shared catalogue in the current stage, when its menu is `catalogue`. Same rules
 * as the visible list (own attempt, open, current stage, menu still open) and idempotent: a test the
 * stage defines is stored under the case's investigation id (scored as today); one it does not define
 * is stored per stage as non-contributory and costs what an unnecessary test costs.
 */
export function orderCatalogueTest(db: Db, catalogue: Catalogue, userId: string, attemptId: string, testId: string, now = Date.now()): CatalogueOrderResult {
  return db.transaction(
    () => {
      const open = openAttempt(db, userId, attemptId, now);
      if (!open.ok) return open;
      const { attempt, def } = open.ctx;
      const stage = def.stages[attempt.currentStage];
      const test = catalogue.tests.find((t) => t.id === testId);
      if (!stage || stage.menu !== "catalogue" || !test) return { ok: false, error: "unknown-item" } as const;
      if (!stageMenuOpen(stage, loadAnswers(db, attemptId))) return { ok: false, error: "menu-closed" } as const;
      const investigation = investigationForTest(stage, testId);
      const investigationId = investigation ? investigation.id : nonContributoryId(stage.id, testId);
      const inserted = insertRequest(db).run({ attemptId, investigationId, stageIndex: attempt.currentStage, requestedAt: now });
      return { ok: true, duplicate: inserted.changes === 0, testId, label: investigation?.label ?? test.label, result: investigation ? investigation.result : NON_CONTRIBUTORY_RESULT } as const;
    },
    { behavior: "immediate" },
  );
}
