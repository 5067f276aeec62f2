import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { caseVersions } from "@/db/schema";
import type { CaseDefinition } from "@/lib/content/schema";

// Published versions are immutable, so their parsed content is cached by id + last update.
const cache = new Map<string, CaseDefinition>();

function remember(versionId: string, updatedAt: number, content: string): CaseDefinition {
  const def = JSON.parse(content) as CaseDefinition;
  if (cache.size > 200) cache.clear();
  cache.set(`${versionId}:${updatedAt}`, def);
  return def;
}

export async function getCaseDefinition(db: Db, versionId: string): Promise<CaseDefinition | null> {
  // The stamp alone first: the content (about 100 kB of JSON) is only read on a cache miss.
  const [stamp] = await db.select({ updatedAt: caseVersions.updatedAt }).from(caseVersions).where(eq(caseVersions.id, versionId)).limit(1);
  if (!stamp) return null;
  const cached = cache.get(`${versionId}:${stamp.updatedAt}`);
  if (cached) return cached;
  const [row] = await db
    .select({ content: caseVersions.content, updatedAt: caseVersions.updatedAt })
    .from(caseVersions)
    .where(eq(caseVersions.id, versionId))
    .limit(1);
  return row ? remember(versionId, row.updatedAt, row.content) : null;
}

/**
 * The definitions of several versions in two queries at most (stamps, then the contents not cached),
 * instead of one or two per version: a list page on PostgreSQL pays one round trip, not one per card.
 */
export async function getCaseDefinitions(db: Db, versionIds: readonly string[]): Promise<Map<string, CaseDefinition>> {
  const found = new Map<string, CaseDefinition>();
  const ids = [...new Set(versionIds)];
  if (ids.length === 0) return found;
  const stamps = await db.select({ id: caseVersions.id, updatedAt: caseVersions.updatedAt }).from(caseVersions).where(inArray(caseVersions.id, ids));
  const missing: string[] = [];
  for (const s of stamps) {
    const cached = cache.get(`${s.id}:${s.updatedAt}`);
    if (cached) found.set(s.id, cached);
    else missing.push(s.id);
  }
  if (missing.length > 0) {
    const rows = await db
      .select({ id: caseVersions.id, content: caseVersions.content, updatedAt: caseVersions.updatedAt })
      .from(caseVersions)
      .where(inArray(caseVersions.id, missing));
    for (const r of rows) found.set(r.id, remember(r.id, r.updatedAt, r.content));
  }
  return found;
}
