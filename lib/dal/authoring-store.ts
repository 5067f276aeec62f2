import "server-only";
import { createHash } from "node:crypto";
import { and, desc, eq, isNull, ne, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { cases, caseVersions, type CaseRow, type CaseVersionRow } from "@/db/schema";
import type { DraftCase } from "@/lib/authoring/draft";
import { newCaseSlug } from "@/lib/authoring/slug";

// Session-free: callers pass the acting instructor's id. Every query that reads or writes a case
// filters on its owner, so someone else's case is indistinguishable from a missing one.

export const hashContent = (json: string) => createHash("sha256").update(json).digest("hex");

/** A case this user owns (bundled cases have no owner and are never editable). */
export function findOwnedCase(db: Db, userId: string, caseId: string): CaseRow | undefined {
  return db
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), eq(cases.ownerId, userId)))
    .get();
}

/** A case this user may look at and export: their own or a bundled one. */
export function findVisibleCase(db: Db, userId: string, caseId: string): CaseRow | undefined {
  return db
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), or(eq(cases.ownerId, userId), isNull(cases.ownerId))))
    .get();
}

/** The versions of a case, newest first (the preview copy excluded). */
export function caseVersionRows(db: Db, caseId: string): CaseVersionRow[] {
  return db
    .select()
    .from(caseVersions)
    .where(and(eq(caseVersions.caseId, caseId), ne(caseVersions.status, "preview")))
    .orderBy(desc(caseVersions.version))
    .all();
}

/** The draft being edited: the newest version when it is not published yet. */
export function currentDraft(db: Db, caseId: string): CaseVersionRow | undefined {
  const latest = caseVersionRows(db, caseId)[0];
  return latest?.status === "draft" ? latest : undefined;
}

/** Creates a case owned by `ownerId` with `draft` as its version 1 (status draft), in one transaction. */
export function createAuthoredCase(db: Db, ownerId: string, draft: DraftCase, now = Date.now()): { caseId: string; slug: string } {
  return db.transaction(
    (tx) => {
      let slug = draft.slug;
      // Slugs are unique across the platform (bundled cases included): draw again on a clash.
      while (tx.select({ id: cases.id }).from(cases).where(eq(cases.slug, slug)).get()) slug = newCaseSlug(draft.slug.replace(/-[a-z0-9]{6}$/, ""));
      const caseId = crypto.randomUUID();
      tx.insert(cases).values({ id: caseId, slug, ownerId, createdAt: now }).run();
      const json = JSON.stringify({ ...draft, slug });
      tx.insert(caseVersions)
        .values({
          id: crypto.randomUUID(),
          caseId,
          version: 1,
          status: "draft",
          content: json,
          contentHash: hashContent(json),
          title: typeof draft.title === "string" ? draft.title : "",
          createdBy: ownerId,
          createdAt: now,
          updatedAt: now,
        })
        .run();
      return { caseId, slug };
    },
    { behavior: "immediate" },
  );
}

export type SaveDraftOutcome = { ok: true; updatedAt: number } | { ok: false; error: "not-found" | "conflict" };

/**
 * Stores a new state of the draft if nobody saved it since `expectedUpdatedAt` (optimistic
 * concurrency). The case's slug and source text are kept from the stored draft.
 */
export function saveDraftRecord(db: Db, userId: string, caseId: string, draft: Record<string, unknown>, expectedUpdatedAt: number, now = Date.now()): SaveDraftOutcome {
  return db.transaction(
    (tx): SaveDraftOutcome => {
      const owned = findOwnedCase(tx as unknown as Db, userId, caseId);
      if (!owned) return { ok: false, error: "not-found" };
      const row = currentDraft(tx as unknown as Db, caseId);
      if (!row) return { ok: false, error: "not-found" };
      if (row.updatedAt !== expectedUpdatedAt) return { ok: false, error: "conflict" };
      const stored = JSON.parse(row.content) as { sourceText?: unknown };
      const json = JSON.stringify({ ...draft, slug: owned.slug, sourceText: stored.sourceText });
      const updatedAt = Math.max(now, row.updatedAt + 1);
      tx.update(caseVersions)
        .set({ content: json, contentHash: hashContent(json), title: typeof draft.title === "string" ? draft.title : "", updatedAt })
        .where(and(eq(caseVersions.id, row.id), eq(caseVersions.status, "draft")))
        .run();
      return { ok: true, updatedAt };
    },
    { behavior: "immediate" },
  );
}
