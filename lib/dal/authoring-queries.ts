import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, ne, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { attempts, cases, caseVersions } from "@/db/schema";
import type { DraftCase, EditorCase } from "@/lib/authoring/draft";
import { repairDraftShape } from "@/lib/authoring/draft-shape";
import { caseVersionRows, findOwnedCase, findVisibleCase } from "./authoring-store";

function openableDraft(stored: unknown): DraftCase {
  const repaired = repairDraftShape(stored);
  return (repaired.ok ? repaired.draft : { stages: [] }) as DraftCase;
}

// Session-free: callers pass the acting instructor's id; queries filter on ownership themselves.

export type VersionStatus = "draft" | "published";

export type AuthorCaseItem = {
  caseId: string;
  slug: string;
  title: string;
  /** Version number of the open draft, if any. */
  draftVersion: number | null;
  /** Highest published version, if any. */
  publishedVersion: number | null;
  updatedAt: number;
};

async function summarise(db: Db, caseIds: string[]): Promise<Map<string, Omit<AuthorCaseItem, "caseId" | "slug">>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .select({ caseId: caseVersions.caseId, version: caseVersions.version, status: caseVersions.status, title: caseVersions.title, updatedAt: caseVersions.updatedAt })
    .from(caseVersions)
    .where(and(inArray(caseVersions.caseId, caseIds), ne(caseVersions.status, "preview")))
    .orderBy(desc(caseVersions.version), caseVersions.caseId);
  const out = new Map<string, Omit<AuthorCaseItem, "caseId" | "slug">>();
  for (const r of rows) {
    const item = out.get(r.caseId) ?? { title: r.title, draftVersion: null, publishedVersion: null, updatedAt: r.updatedAt };
    if (r.status === "draft" && item.draftVersion === null) item.draftVersion = r.version;
    if (r.status === "published" && item.publishedVersion === null) item.publishedVersion = r.version;
    out.set(r.caseId, item);
  }
  return out;
}

/** The user's own cases (most recently changed first) and the bundled ones (by title). */
export async function authorCaseLists(db: Db, userId: string): Promise<{ own: AuthorCaseItem[]; bundled: AuthorCaseItem[] }> {
  const rows = await db
    .select({ id: cases.id, slug: cases.slug, ownerId: cases.ownerId })
    .from(cases)
    .where(or(eq(cases.ownerId, userId), isNull(cases.ownerId)))
    .orderBy(cases.slug);
  const info = await summarise(db, rows.map((r) => r.id));
  const items = (owned: boolean) =>
    rows
      .filter((r) => (r.ownerId === null) !== owned && info.has(r.id))
      .map((r) => ({ caseId: r.id, slug: r.slug, ...info.get(r.id)! }));
  return {
    own: items(true).sort((a, b) => b.updatedAt - a.updatedAt),
    bundled: items(false).sort((a, b) => a.title.localeCompare(b.title, "fr")),
  };
}

export type CaseVersionItem = { versionId: string; version: number; status: VersionStatus; title: string; createdAt: number; updatedAt: number; publishedAt: number | null; attempts: number };

export type CaseHomeData = { caseId: string; slug: string; owned: boolean; versions: CaseVersionItem[]; draft: { version: number; updatedAt: number; content: DraftCase } | null };

export async function caseHomeData(db: Db, userId: string, caseId: string): Promise<CaseHomeData | null> {
  const row = await findVisibleCase(db, userId, caseId);
  if (!row) return null;
  const versions = await caseVersionRows(db, caseId);
  const counts = new Map(
    (
      await db
      .select({ id: attempts.caseVersionId, n: count() })
      .from(attempts)
      .where(inArray(attempts.caseVersionId, versions.length ? versions.map((v) => v.id) : [""]))
      .groupBy(attempts.caseVersionId)
    ).map((r) => [r.id, r.n]),
  );
  const owned = row.ownerId === userId;
  // The versions just read, newest first: the open draft is the first when it is not published yet.
  const draft = owned && versions[0]?.status === "draft" ? versions[0] : undefined;
  return {
    caseId,
    slug: row.slug,
    owned,
    versions: versions.map((v) => ({
      versionId: v.id,
      version: v.version,
      status: v.status as VersionStatus,
      title: v.title,
      createdAt: v.createdAt,
      updatedAt: v.updatedAt,
      publishedAt: v.publishedAt,
      attempts: counts.get(v.id) ?? 0,
    })),
    draft: draft ? { version: draft.version, updatedAt: draft.updatedAt, content: JSON.parse(draft.content) as DraftCase } : null,
  };
}

export type EditorCaseResult = { ok: true; editor: EditorCase } | { ok: false; error: "not-found" | "no-draft" };

export async function editorCase(db: Db, userId: string, caseId: string): Promise<EditorCaseResult> {
  const owned = await findOwnedCase(db, userId, caseId);
  if (!owned) return { ok: false, error: "not-found" };
  const versions = await caseVersionRows(db, caseId);
  const draft = versions[0]?.status === "draft" ? versions[0] : undefined;
  if (!draft) return { ok: false, error: "no-draft" };
  return {
    ok: true,
    editor: {
      caseId,
      slug: owned.slug,
      version: draft.version,
      // Checked with the save's shape; a draft stored before that check is repaired so the editor opens it.
      draft: openableDraft(JSON.parse(draft.content)),
      updatedAt: draft.updatedAt,
      published: versions.filter((v) => v.status === "published").map((v) => ({ version: v.version, publishedAt: v.publishedAt ?? v.updatedAt, versionId: v.id })),
    },
  };
}

export type ExportedVersion = { slug: string; version: number; status: VersionStatus; content: DraftCase };

/** A version to export: the one asked for, else the latest published one, else the draft. */
export async function exportableVersion(db: Db, userId: string, caseId: string, version?: number): Promise<ExportedVersion | null> {
  const row = await findVisibleCase(db, userId, caseId);
  if (!row) return null;
  const versions = await caseVersionRows(db, caseId);
  // Someone else's draft is theirs alone: bundled cases export their published versions only.
  const allowed = row.ownerId === userId ? versions : versions.filter((v) => v.status === "published");
  const chosen = version !== undefined ? allowed.find((v) => v.version === version) : (allowed.find((v) => v.status === "published") ?? allowed[0]);
  if (!chosen) return null;
  return { slug: row.slug, version: chosen.version, status: chosen.status as VersionStatus, content: JSON.parse(chosen.content) as DraftCase };
}

export type AssignableVersion = { versionId: string; caseId: string; slug: string; title: string; version: number; publishedAt: number; owned: boolean };

/** Every published version an instructor may assign: their own cases' and the bundled ones', newest version first within a case. */
export async function assignableVersionRows(db: Db, userId: string): Promise<AssignableVersion[]> {
  const rows = await db
    .select({ versionId: caseVersions.id, caseId: cases.id, slug: cases.slug, title: caseVersions.title, version: caseVersions.version, publishedAt: caseVersions.publishedAt, ownerId: cases.ownerId })
    .from(caseVersions)
    .innerJoin(cases, eq(cases.id, caseVersions.caseId))
    .where(and(eq(caseVersions.status, "published"), or(eq(cases.ownerId, userId), isNull(cases.ownerId))))
    .orderBy(asc(cases.slug), desc(caseVersions.version));
  return rows.map(({ ownerId, publishedAt, ...v }) => ({ ...v, publishedAt: publishedAt ?? 0, owned: ownerId === userId }));
}
