import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { representationChecks, responses } from "@/db/schema";
import { getCaseDefinition } from "./case-content";
import { findOwnAttempt } from "./attempt-state";

export type SelfCheckError = "not-found" | "unknown-item" | "locked" | "invalid";
export type SelfCheckResult = { ok: true; duplicate: boolean; qualifiers: string[] } | { ok: false; error: SelfCheckError };

/**
 * Stores which of the author's key qualifiers the learner says their problem representation had.
 * Allowed only once the author's summary has been earned (the representation answered, and the
 * attempt in training mode or finished): before that, the qualifier ids themselves would be a leak
 * and the learner could not judge. Formative and final: the first self-check stands, a retry gets it back.
 */
export function checkRepresentationQualifiers(db: Db, userId: string, attemptId: string, questionId: string, qualifierIds: readonly string[], now = Date.now()): SelfCheckResult {
  return db.transaction(
    () => {
      const attempt = findOwnAttempt(db, userId, attemptId);
      if (!attempt) return { ok: false, error: "not-found" } as const;
      const def = getCaseDefinition(db, attempt.caseVersionId);
      if (!def) return { ok: false, error: "not-found" } as const;
      const question = def.stages.flatMap((s) => s.questions).find((q) => q.id === questionId);
      if (!question || question.type !== "representation") return { ok: false, error: "unknown-item" } as const;
      const answered = db
        .select({ id: responses.id })
        .from(responses)
        .where(and(eq(responses.attemptId, attemptId), eq(responses.questionId, questionId)))
        .get();
      const earned = answered !== undefined && (attempt.mode === "training" || attempt.status === "finished");
      if (!earned) return { ok: false, error: "locked" } as const;
      const existing = db
        .select({ ids: representationChecks.qualifiers })
        .from(representationChecks)
        .where(and(eq(representationChecks.attemptId, attemptId), eq(representationChecks.questionId, questionId)))
        .get();
      if (existing) return { ok: true, duplicate: true, qualifiers: JSON.parse(existing.ids) as string[] } as const;
      const known = new Set(question.qualifiers.map((x) => x.id));
      if (new Set(qualifierIds).size !== qualifierIds.length || !qualifierIds.every((id) => known.has(id))) return { ok: false, error: "invalid" } as const;
      // Stored in the author's order, whatever order the form sent.
      const qualifiers = question.qualifiers.map((x) => x.id).filter((id) => qualifierIds.includes(id));
      db.insert(representationChecks).values({ attemptId, questionId, qualifiers: JSON.stringify(qualifiers), checkedAt: now }).onConflictDoNothing().run();
      return { ok: true, duplicate: false, qualifiers } as const;
    },
    { behavior: "immediate" },
  );
}
