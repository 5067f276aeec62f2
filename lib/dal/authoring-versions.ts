import "server-only";
import { and, eq } from "drizzle-orm";
import { transaction, type Db } from "@/db/client";
import { attempts, caseVersions, stageVisits } from "@/db/schema";
import type { DraftIssue } from "@/lib/authoring/draft";
import { checkDraft } from "@/lib/authoring/validate-draft";
import { caseLock, caseVersionRows, currentDraft, findOwnedCase, hashContent } from "./authoring-store";
import { recordAudit } from "./audit";

// Session-free: callers pass the acting instructor's id; each function checks ownership itself,
// inside the transaction that does the work.

export type PublishOutcome =
  | { ok: true; version: number; versionId: string }
  | { ok: false; error: "not-found" | "no-draft" }
  | { ok: false; error: "invalid"; issues: DraftIssue[] };

/**
 * Publishes the draft as an immutable version: validated with the case-file schemas and checks,
 * stored in its parsed form (defaults applied). Attempts and assignments pin version ids, so
 * nothing that already exists changes.
 */
export async function publishDraftRecord(db: Db, userId: string, caseId: string, now = Date.now(), catalogueIds?: ReadonlySet<string>): Promise<PublishOutcome> {
  return transaction(
    db,
    async (tx): Promise<PublishOutcome> => {
      const owned = await findOwnedCase(tx, userId, caseId);
      if (!owned) return { ok: false, error: "not-found" };
      const row = await currentDraft(tx, caseId);
      if (!row) return { ok: false, error: "no-draft" };
      const check = checkDraft({ ...JSON.parse(row.content), slug: owned.slug }, catalogueIds);
      if (!check.ok) return { ok: false, error: "invalid", issues: check.issues };
      const json = JSON.stringify(check.def);
      await tx
        .update(caseVersions)
        .set({ status: "published", content: json, contentHash: hashContent(json), title: check.def.title, publishedAt: now, updatedAt: Math.max(now, row.updatedAt + 1) })
        .where(and(eq(caseVersions.id, row.id), eq(caseVersions.status, "draft")));
      await recordAudit(tx, { actorId: userId, action: "case.publish", targetType: "case-version", targetId: row.id, details: { caseId, version: row.version } }, now);
      return { ok: true, version: row.version, versionId: row.id };
    },
    { lock: [caseLock(caseId)] },
  );
}

export type NewDraftOutcome = { ok: true; version: number; updatedAt: number; created: boolean } | { ok: false; error: "not-found" };

/** Opens version n+1 as a draft copied from the latest published version (or returns the open draft). */
export async function openDraftRecord(db: Db, userId: string, caseId: string, now = Date.now()): Promise<NewDraftOutcome> {
  return transaction(
    db,
    async (tx): Promise<NewDraftOutcome> => {
      if (!(await findOwnedCase(tx, userId, caseId))) return { ok: false, error: "not-found" };
      const [latest] = await caseVersionRows(tx, caseId);
      if (!latest) return { ok: false, error: "not-found" };
      if (latest.status === "draft") return { ok: true, version: latest.version, updatedAt: latest.updatedAt, created: false };
      const version = latest.version + 1;
      await tx
        .insert(caseVersions)
        .values({
          id: crypto.randomUUID(),
          caseId,
          version,
          status: "draft",
          content: latest.content,
          contentHash: latest.contentHash,
          title: latest.title,
          createdBy: userId,
          createdAt: now,
          updatedAt: now,
        });
      return { ok: true, version, updatedAt: now, created: true };
    },
    { lock: [caseLock(caseId)] },
  );
}

export type PreviewOutcome = { ok: true; attemptId: string } | { ok: false; error: "not-found" } | { ok: false; error: "invalid"; issues: DraftIssue[] };

/**
 * Starts a preview: the draft (or, without one, the latest published version) is frozen into the
 * case's preview copy (version 0, status "preview", never listed nor assignable) and the owner
 * gets a fresh training attempt on it, played by the real player. Editing the draft afterwards
 * does not change a preview under way; the owner's previous preview attempts are dropped.
 */
export async function startPreviewRecord(db: Db, userId: string, caseId: string, now = Date.now()): Promise<PreviewOutcome> {
  return transaction(
    db,
    async (tx): Promise<PreviewOutcome> => {
      const owned = await findOwnedCase(tx, userId, caseId);
      if (!owned) return { ok: false, error: "not-found" };
      const [source] = await caseVersionRows(tx, caseId);
      if (!source) return { ok: false, error: "not-found" };
      // The player needs a case that passes validation (defaults applied, answer keys sound).
      const check = checkDraft({ ...JSON.parse(source.content), slug: owned.slug });
      if (!check.ok) return { ok: false, error: "invalid", issues: check.issues };
      const json = JSON.stringify(check.def);
      const [existing] = await tx
        .select({ id: caseVersions.id, updatedAt: caseVersions.updatedAt })
        .from(caseVersions)
        .where(and(eq(caseVersions.caseId, caseId), eq(caseVersions.status, "preview")))
        .limit(1);
      let versionId: string;
      if (existing) {
        versionId = existing.id;
        await tx.delete(attempts).where(eq(attempts.caseVersionId, versionId));
        await tx
          .update(caseVersions)
          .set({ content: json, contentHash: hashContent(json), title: check.def.title, updatedAt: Math.max(now, existing.updatedAt + 1) })
          .where(eq(caseVersions.id, versionId));
      } else {
        versionId = crypto.randomUUID();
        await tx
          .insert(caseVersions)
          .values({ id: versionId, caseId, version: 0, status: "preview", content: json, contentHash: hashContent(json), title: check.def.title, createdBy: userId, createdAt: now, updatedAt: now });
      }
      const attemptId = crypto.randomUUID();
      await tx
        .insert(attempts)
        .values({ id: attemptId, userId, caseVersionId: versionId, mode: "training", status: "in_progress", currentStage: 0, startedAt: now });
      await tx.insert(stageVisits).values({ attemptId, stageIndex: 0, enteredAt: now });
      return { ok: true, attemptId };
    },
    { lock: [caseLock(caseId)] },
  );
}
