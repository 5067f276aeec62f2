import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { attempts, caseVersions, stageVisits } from "@/db/schema";
import type { DraftIssue } from "@/lib/authoring/draft";
import { checkDraft } from "@/lib/authoring/validate-draft";
import { caseVersionRows, currentDraft, findOwnedCase, hashContent } from "./authoring-store";
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
export function publishDraftRecord(db: Db, userId: string, caseId: string, now = Date.now(), catalogueIds?: ReadonlySet<string>): PublishOutcome {
  return db.transaction(
    (tx): PublishOutcome => {
      const owned = findOwnedCase(tx as unknown as Db, userId, caseId);
      if (!owned) return { ok: false, error: "not-found" };
      const row = currentDraft(tx as unknown as Db, caseId);
      if (!row) return { ok: false, error: "no-draft" };
      const check = checkDraft({ ...JSON.parse(row.content), slug: owned.slug }, catalogueIds);
      if (!check.ok) return { ok: false, error: "invalid", issues: check.issues };
      const json = JSON.stringify(check.def);
      tx.update(caseVersions)
        .set({ status: "published", content: json, contentHash: hashContent(json), title: check.def.title, publishedAt: now, updatedAt: Math.max(now, row.updatedAt + 1) })
        .where(and(eq(caseVersions.id, row.id), eq(caseVersions.status, "draft")))
        .run();
      recordAudit(tx as unknown as Db, { actorId: userId, action: "case.publish", targetType: "case-version", targetId: row.id, details: { caseId, version: row.version } }, now);
      return { ok: true, version: row.version, versionId: row.id };
    },
    { behavior: "immediate" },
  );
}

export type NewDraftOutcome = { ok: true; version: number; updatedAt: number; created: boolean } | { ok: false; error: "not-found" };

/** Opens version n+1 as a draft copied from the latest published version (or returns the open draft). */
export function openDraftRecord(db: Db, userId: string, caseId: string, now = Date.now()): NewDraftOutcome {
  return db.transaction(
    (tx): NewDraftOutcome => {
      if (!findOwnedCase(tx as unknown as Db, userId, caseId)) return { ok: false, error: "not-found" };
      const rows = caseVersionRows(tx as unknown as Db, caseId);
      const latest = rows[0];
      if (!latest) return { ok: false, error: "not-found" };
      if (latest.status === "draft") return { ok: true, version: latest.version, updatedAt: latest.updatedAt, created: false };
      const version = latest.version + 1;
      tx.insert(caseVersions)
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
        })
        .run();
      return { ok: true, version, updatedAt: now, created: true };
    },
    { behavior: "immediate" },
  );
}

export type PreviewOutcome = { ok: true; attemptId: string } | { ok: false; error: "not-found" } | { ok: false; error: "invalid"; issues: DraftIssue[] };

/**
 * Starts a preview: the draft (or, without one, the latest published version) is frozen into the
 * case's preview copy (version 0, status "preview", never listed nor assignable) and the owner
 * gets a fresh training attempt on it, played by the real player. Editing the draft afterwards
 * does not change a preview under way; the owner's previous preview attempts are dropped.
 */
export function startPreviewRecord(db: Db, userId: string, caseId: string, now = Date.now()): PreviewOutcome {
  return db.transaction(
    (tx): PreviewOutcome => {
      const owned = findOwnedCase(tx as unknown as Db, userId, caseId);
      if (!owned) return { ok: false, error: "not-found" };
      const source = caseVersionRows(tx as unknown as Db, caseId)[0];
      if (!source) return { ok: false, error: "not-found" };
      // The player needs a case that passes validation (defaults applied, answer keys sound).
      const check = checkDraft({ ...JSON.parse(source.content), slug: owned.slug });
      if (!check.ok) return { ok: false, error: "invalid", issues: check.issues };
      const json = JSON.stringify(check.def);
      const existing = tx
        .select({ id: caseVersions.id, updatedAt: caseVersions.updatedAt })
        .from(caseVersions)
        .where(and(eq(caseVersions.caseId, caseId), eq(caseVersions.status, "preview")))
        .get();
      let versionId: string;
      if (existing) {
        versionId = existing.id;
        tx.delete(attempts).where(eq(attempts.caseVersionId, versionId)).run();
        tx.update(caseVersions)
          .set({ content: json, contentHash: hashContent(json), title: check.def.title, updatedAt: Math.max(now, existing.updatedAt + 1) })
          .where(eq(caseVersions.id, versionId))
          .run();
      } else {
        versionId = crypto.randomUUID();
        tx.insert(caseVersions)
          .values({ id: versionId, caseId, version: 0, status: "preview", content: json, contentHash: hashContent(json), title: check.def.title, createdBy: userId, createdAt: now, updatedAt: now })
          .run();
      }
      const attemptId = crypto.randomUUID();
      tx.insert(attempts)
        .values({ id: attemptId, userId, caseVersionId: versionId, mode: "training", status: "in_progress", currentStage: 0, startedAt: now })
        .run();
      tx.insert(stageVisits).values({ attemptId, stageIndex: 0, enteredAt: now }).run();
      return { ok: true, attemptId };
    },
    { behavior: "immediate" },
  );
}
