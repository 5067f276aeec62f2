import "server-only";
import { createHash } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { cases, caseVersions } from "@/db/schema";
import type { CaseDefinition } from "@/lib/content/schema";

export function contentHash(def: CaseDefinition): string {
  return createHash("sha256").update(JSON.stringify(def)).digest("hex");
}

export type PublishOutcome = { caseId: string; versionId: string; version: number; created: boolean };

/**
 * Publishes a validated case as a new immutable version, unless the latest published version has the
 * same content. Existing attempts keep the version they were played on.
 */
export function publishCaseDefinition(db: Db, def: CaseDefinition, opts: { ownerId: string | null; createdBy?: string | null }): PublishOutcome {
  const hash = contentHash(def);
  return db.transaction((tx) => {
    const now = Date.now();
    let row = tx.select().from(cases).where(eq(cases.slug, def.slug)).get();
    if (!row) {
      row = { id: crypto.randomUUID(), slug: def.slug, ownerId: opts.ownerId, createdAt: now };
      tx.insert(cases).values(row).run();
    }
    const latestPublished = tx
      .select({ id: caseVersions.id, version: caseVersions.version, contentHash: caseVersions.contentHash })
      .from(caseVersions)
      .where(and(eq(caseVersions.caseId, row.id), eq(caseVersions.status, "published")))
      .orderBy(desc(caseVersions.version))
      .get();
    if (latestPublished?.contentHash === hash) {
      return { caseId: row.id, versionId: latestPublished.id, version: latestPublished.version, created: false };
    }
    const last = tx.select({ version: caseVersions.version }).from(caseVersions).where(eq(caseVersions.caseId, row.id)).orderBy(desc(caseVersions.version)).get();
    const version = (last?.version ?? 0) + 1;
    const id = crypto.randomUUID();
    tx.insert(caseVersions)
      .values({
        id,
        caseId: row.id,
        version,
        status: "published",
        content: JSON.stringify(def),
        contentHash: hash,
        title: def.title,
        createdBy: opts.createdBy ?? null,
        createdAt: now,
        updatedAt: now,
        publishedAt: now,
      })
      .run();
    return { caseId: row.id, versionId: id, version, created: true };
  }, { behavior: "immediate" });
}
