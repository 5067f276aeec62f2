import "server-only";
import { getDb, type Db } from "@/db/client";
import type { Attempt } from "@/db/schema";
import type { CaseDefinition } from "@/lib/content/schema";
import { expireIfDue, findOwnAttempt } from "./attempt-state";
import { getCaseDefinition } from "./case-content";
import { getCurrentUser } from "./session";

/**
 * The current user's own attempt with its case, for pages: null when signed out, missing or someone
 * else's (answered as not found). An exam past its deadline is closed and scored first.
 */
export async function loadOwnAttempt(attemptId: string): Promise<{ db: Db; attempt: Attempt; def: CaseDefinition } | null> {
  const user = await getCurrentUser();
  if (!user) return null;
  const db = getDb();
  const attempt = await findOwnAttempt(db, user.id, attemptId);
  if (!attempt) return null;
  const def = await getCaseDefinition(db, attempt.caseVersionId);
  if (!def) return null;
  // A page render that closes an expired exam writes in one transaction holding the attempt's lock, like an action.
  if (await expireIfDue(db, attempt, def)) {
    const closed = await findOwnAttempt(db, user.id, attemptId);
    if (!closed) return null;
    return { db, attempt: closed, def };
  }
  return { db, attempt, def };
}
