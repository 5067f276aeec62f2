import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { caseVersions } from "@/db/schema";
import type { CaseDefinition } from "@/lib/content/schema";

// Published versions are immutable, so their parsed content is cached by id + last update.
const cache = new Map<string, CaseDefinition>();

export function getCaseDefinition(db: Db, versionId: string): CaseDefinition | null {
  const row = db
    .select({ content: caseVersions.content, updatedAt: caseVersions.updatedAt })
    .from(caseVersions)
    .where(eq(caseVersions.id, versionId))
    .get();
  if (!row) return null;
  const key = `${versionId}:${row.updatedAt}`;
  let def = cache.get(key);
  if (!def) {
    def = JSON.parse(row.content) as CaseDefinition;
    if (cache.size > 200) cache.clear();
    cache.set(key, def);
  }
  return def;
}
