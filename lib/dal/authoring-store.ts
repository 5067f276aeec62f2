import "server-only";
import { createHash } from "node:crypto";
import { and, desc, eq, isNull, ne, or } from "drizzle-orm";
import { transaction, type Db } from "@/db/client";
import { cases, caseVersions, type CaseRow, type CaseVersionRow } from "@/db/schema";
import type { DraftCase } from "@/lib/authoring/draft";
import { newCaseSlug } from "@/lib/authoring/slug";

// Session-free: callers pass the acting instructor's id. Every query that reads or writes a case
// filters on its owner, so someone else's case is indistinguishable from a missing one.

export const hashContent = (json: string) => createHash("sha256").update(json).digest("hex");

/** The lock key of a case's versions: every transaction that reads then writes them takes it. */
export const caseLock = (caseId: string) => `case:${caseId}`;
/** The lock key of a slug about to be taken (a case that has no id yet). */
export const caseSlugLock = (slug: string) => `case-slug:${slug}`;

/** A case this user owns (bundled cases have no owner and are never editable). */
export async function findOwnedCase(db: Db, userId: string, caseId: string): Promise<CaseRow | undefined> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), eq(cases.ownerId, userId)))
    .limit(1);
  return row;
}

/** A case this user may look at and export: their own or a bundled one. */
export async function findVisibleCase(db: Db, userId: string, caseId: string): Promise<CaseRow | undefined> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), or(eq(cases.ownerId, userId), isNull(cases.ownerId))))
    .limit(1);
  return row;
}

/** The versions of a case, newest first (the preview copy excluded). */
export async function caseVersionRows(db: Db, caseId: string): Promise<CaseVersionRow[]> {
  return db
    .select()
    .from(caseVersions)
    .where(and(eq(caseVersions.caseId, caseId), ne(caseVersions.status, "preview")))
    .orderBy(desc(caseVersions.version));
}

/** The draft being edited: the newest version when it is not published yet. */
export async function currentDraft(db: Db, caseId: string): Promise<CaseVersionRow | undefined> {
  const [latest] = await db
    .select()
    .from(caseVersions)
    .where(and(eq(caseVersions.caseId, caseId), ne(caseVersions.status, "preview")))
    .orderBy(desc(caseVersions.version))
    .limit(1);
  return latest?.status === "draft" ? latest : undefined;
}

/** Creates a case owned by `ownerId` with `draft` as its version 1 (status draft), in one transaction. */
export async function createAuthoredCase(db: Db, ownerId: string, draft: DraftCase, now = Date.now()): Promise<{ caseId: string; slug: string }> {
  return transaction(
    db,
    async (tx) => {
      let slug = draft.slug;
      // Slugs are unique across the platform (bundled cases included): draw again on a clash.
      for (;;) {
        const [taken] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.slug, slug)).limit(1);
        if (!taken) break;
        slug = newCaseSlug(draft.slug.replace(/-[a-z0-9]{6}$/, ""));
      }
      const caseId = crypto.randomUUID();
      await tx.insert(cases).values({ id: caseId, slug, ownerId, createdAt: now });
      const json = JSON.stringify({ ...draft, slug });
      await tx.insert(caseVersions).values({
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
      });
      return { caseId, slug };
    },
    // A slug drawn again on a clash is random (a clash between two of those is left to the unique index).
    { lock: [caseSlugLock(draft.slug)] },
  );
}

export type SaveDraftOutcome = { ok: true; updatedAt: number } | { ok: false; error: "not-found" | "conflict" };

/**
 * Stores a new state of the draft if nobody saved it since `expectedUpdatedAt` (optimistic
 * concurrency). The case's slug and source text are kept from the stored draft.
 */
export async function saveDraftRecord(db: Db, userId: string, caseId: string, draft: Record<string, unknown>, expectedUpdatedAt: number, now = Date.now()): Promise<SaveDraftOutcome> {
  return transaction(
    db,
    async (tx): Promise<SaveDraftOutcome> => {
      const owned = await findOwnedCase(tx, userId, caseId);
      if (!owned) return { ok: false, error: "not-found" };
      const row = await currentDraft(tx, caseId);
      if (!row) return { ok: false, error: "not-found" };
      if (row.updatedAt !== expectedUpdatedAt) return { ok: false, error: "conflict" };
      const stored = JSON.parse(row.content) as { sourceText?: unknown };
      const json = JSON.stringify({ ...draft, slug: owned.slug, sourceText: stored.sourceText });
      const updatedAt = Math.max(now, row.updatedAt + 1);
      await tx
        .update(caseVersions)
        .set({ content: json, contentHash: hashContent(json), title: typeof draft.title === "string" ? draft.title : "", updatedAt })
        .where(and(eq(caseVersions.id, row.id), eq(caseVersions.status, "draft")));
      return { ok: true, updatedAt };
    },
    { lock: [caseLock(caseId)] },
  );
}
