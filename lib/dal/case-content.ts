import "server-only";
import { eq, sql } from "drizzle-orm";
import { prepared, type Db } from "@/db/client";
import { caseVersions } from "@/db/schema";
import type { CaseDefinition } from "@/lib/content/schema";

// Published versions are immutable, so their parsed content is cached by id + last update.
const cache = new Map<string, CaseDefinition>();

const versionStamp = (db: Db) =>
  prepared(db, "case-content:stamp", (d) =>
    d.select({ updatedAt: caseVersions.updatedAt }).from(caseVersions).where(eq(caseVersions.id, sql.placeholder("id"))).prepare(),
  );
const versionContent = (db: Db) =>
  prepared(db, "case-content:content", (d) =>
    d.select({ content: caseVersions.content, updatedAt: caseVersions.updatedAt }).from(caseVersions).where(eq(caseVersions.id, sql.placeholder("id"))).prepare(),
  );

export function getCaseDefinition(db: Db, versionId: string): CaseDefinition | null {
  // The stamp alone first: the content (about 100 kB of JSON) is only read on a cache miss.
  const stamp = versionStamp(db).get({ id: versionId });
  if (!stamp) return null;
  const cached = cache.get(`${versionId}:${stamp.updatedAt}`);
  if (cached) return cached;
  const row = versionContent(db).get({ id: versionId });
  if (!row) return null;
  const def = JSON.parse(row.content) as CaseDefinition;
  if (cache.size > 200) cache.clear();
  cache.set(`${versionId}:${row.updatedAt}`, def);
  return def;
}
