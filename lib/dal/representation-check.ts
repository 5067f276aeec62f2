import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, transaction, type Db } from "@/db/client";
import { representationChecks, responses } from "@/db/schema";
import { getCaseDefinition } from "./case-content";
import { attemptLock, findOwnAttempt } from "./attempt-state";

export type SelfCheckError = "not-found" | "unknown-item" | "locked" | "invalid";
export type SelfCheckResult = { ok: true; duplicate: boolean; qualifiers: string[] } | { ok: false; error: SelfCheckError };

/**
 * Stores which of the author's key qualifiers the learner says their problem representation had.
 * Allowed only once the author's summary has been earned (the representation answered, and the
 * attempt in training mode or finished): before that, the qualifier ids themselves would be a leak
 * and the learner could not judge. Formative and final: the first self-check stands, a retry gets it back.
 */
export async function checkRepresentationQualifiers(
  db: Db,
  userId: string,
  attemptId: string,
  questionId: string,
  qualifierIds: readonly string[],
  now = Date.now(),
): Promise<SelfCheckResult> {
  return transaction(
    db,
    async (tx): Promise<SelfCheckResult> => {
      const attempt = await findOwnAttempt(tx, userId, attemptId);
      if (!attempt) return { ok: false, error: "not-found" };
      const def = await getCaseDefinition(tx, attempt.caseVersionId);
      if (!def) return { ok: false, error: "not-found" };
      const question = def.stages.flatMap((s) => s.questions).find((q) => q.id === questionId);
      if (!question || question.type !== "representation") return { ok: false, error: "unknown-item" };
      const [answered] = await tx
        .select({ id: responses.id })
        .from(responses)
        .where(and(eq(responses.attemptId, attemptId), eq(responses.questionId, questionId)))
        .limit(1);
      const earned = answered !== undefined && (attempt.mode === "training" || attempt.status === "finished");
      if (!earned) return { ok: false, error: "locked" };
      const existing = await storedCheck(tx, attemptId, questionId);
      if (existing) return { ok: true, duplicate: true, qualifiers: existing };
      const known = new Set(question.qualifiers.map((x) => x.id));
      if (new Set(qualifierIds).size !== qualifierIds.length || !qualifierIds.every((id) => known.has(id))) return { ok: false, error: "invalid" };
      // Stored in the author's order, whatever order the form sent.
      const qualifiers = question.qualifiers.map((x) => x.id).filter((id) => qualifierIds.includes(id));
      const inserted = await tx
        .insert(representationChecks)
        .values({ attemptId, questionId, qualifiers, checkedAt: now })
        .onConflictDoNothing()
        .returning({ q: representationChecks.questionId });
      if (inserted.length === 0) return { ok: true, duplicate: true, qualifiers: (await storedCheck(tx, attemptId, questionId)) ?? [] };
      return { ok: true, duplicate: false, qualifiers };
    },
    { lock: [attemptLock(attemptId)] },
  );
}

async function storedCheck(db: Db, attemptId: string, questionId: string): Promise<string[] | undefined> {
  const [row] = await db
    .select({ ids: representationChecks.qualifiers })
    .from(representationChecks)
    .where(and(eq(representationChecks.attemptId, attemptId), eq(representationChecks.questionId, questionId)))
    .limit(1);
  return row?.ids;
}

/** For server actions: the user the action wrapper authenticated checks their own attempt's representation (ownership checked above). */
export function checkMyRepresentationQualifiers(user: { id: string }, attemptId: string, questionId: string, qualifierIds: readonly string[]): Promise<SelfCheckResult> {
  return checkRepresentationQualifiers(getDb(), user.id, attemptId, questionId, qualifierIds);
}
