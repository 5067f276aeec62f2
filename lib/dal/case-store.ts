import "server-only";
import { createHash } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { transaction, type Db } from "@/db/client";
import { cases, caseVersions } from "@/db/schema";
import type { CaseDefinition } from "@/lib/content/schema";
import { caseLock, caseSlugLock } from "./authoring-store";

export function contentHash(def: CaseDefinition): string {
  return createHash("sha256").update(JSON.stringify(def)).digest("hex");
}

export type PublishOutcome = { caseId: string; versionId: string; version: number; created: boolean };

/**
 * Publishes a validated case as a new immutable version, unless the latest published version has the
 * same content. Existing attempts keep the version they were played on.
 */
export async function publishCaseDefinition(db: Db, def: CaseDefinition, opts: { ownerId: string | null; createdBy?: string | null }): Promise<PublishOutcome> {
  const hash = contentHash(def);
  const content = JSON.stringify(def);
  // Locks: the slug (a case created here has no id yet: two servers seeding at once must not both
  // create it) and, when the case exists, its versions (numbered from the last one read).
  const [known] = await db.select({ id: cases.id }).from(cases).where(eq(cases.slug, def.slug)).limit(1);
  const lock = [caseSlugLock(def.slug), ...(known ? [caseLock(known.id)] : [])];
  return transaction(
    db,
    async (tx) => {
      const now = Date.now();
      let [row] = await tx.select().from(cases).where(eq(cases.slug, def.slug)).limit(1);
      if (!row) {
        row = { id: crypto.randomUUID(), slug: def.slug, ownerId: opts.ownerId, createdAt: now };
        await tx.insert(cases).values(row);
      }
      const [latestPublished] = await tx
        .select({ id: caseVersions.id, version: caseVersions.version, contentHash: caseVersions.contentHash })
        .from(caseVersions)
        .where(and(eq(caseVersions.caseId, row.id), eq(caseVersions.status, "published")))
        .orderBy(desc(caseVersions.version))
        .limit(1);
      if (latestPublished?.contentHash === hash) {
        return { caseId: row.id, versionId: latestPublished.id, version: latestPublished.version, created: false };
      }
      const [last] = await tx
        .select({ version: caseVersions.version })
        .from(caseVersions)
        .where(eq(caseVersions.caseId, row.id))
        .orderBy(desc(caseVersions.version))
        .limit(1);
      const version = (last?.version ?? 0) + 1;
      const id = crypto.randomUUID();
      await tx.insert(caseVersions).values({
        id,
        caseId: row.id,
        version,
        status: "published",
        content,
        contentHash: hash,
        title: def.title,
        createdBy: opts.createdBy ?? null,
        createdAt: now,
        updatedAt: now,
        publishedAt: now,
      });
      return { caseId: row.id, versionId: id, version, created: true };
    },
    { lock },
  );
}
