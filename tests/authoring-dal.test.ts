/**
 * Authoring in the data layer, against a real database (SQLite file or PostgreSQL, per vitest
 * project): drafts saved with optimistic concurrency, publication freezing a version, a new draft
 * opening version n+1, previews on a frozen copy, and every operation answering "not-found" for
 * someone else's or a bundled case.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CaseDefinition } from "@/lib/content/schema";
import type { TestDb } from "./support/test-db";

vi.mock("server-only", () => ({}));

const { openTestDb } = await import("./support/test-db");
const { transaction } = await import("@/db/client");
const { attempts, caseVersions, users } = await import("@/db/schema");
const { loadCaseFolder } = await import("@/lib/content/load");
const { publishCaseDefinition } = await import("@/lib/dal/case-store");
const { createAuthoredCase, saveDraftRecord } = await import("@/lib/dal/authoring-store");
const { openDraftRecord, publishDraftRecord, startPreviewRecord } = await import("@/lib/dal/authoring-versions");
const { assignableVersionRows, authorCaseLists, caseHomeData, editorCase, exportableVersion } = await import("@/lib/dal/authoring-queries");
const { getCaseDefinition } = await import("@/lib/dal/case-content");
const { eq } = await import("drizzle-orm");

let t: TestDb;
const ids = { alice: "", bob: "", bundled: "" };
let def: CaseDefinition;

async function user(name: string) {
  const id = crypto.randomUUID();
  await transaction(t.db, async (tx) => {
    await tx.insert(users).values({ id, email: `${name}@test.local`, name, passwordHash: "x", role: "instructor", createdAt: 1 });
  });
  return id;
}

beforeAll(async () => {
  t = await openTestDb();
  const loaded = await loadCaseFolder("content/cases/femme-41-ans-cancer-sein");
  if (!loaded.ok) throw new Error("bundled case invalid");
  def = loaded.case;
  ids.bundled = (await publishCaseDefinition(t.db, def, { ownerId: null })).caseId;
  ids.alice = await user("alice");
  ids.bob = await user("bob");
});

afterAll(async () => {
  await t.close();
});

describe("authored cases", () => {
  it("create, save with optimistic concurrency, publish, reopen, preview", async () => {
    const db = t.db;
    const { caseId, slug } = await createAuthoredCase(db, ids.alice, { ...def, slug: "femme-41-ans-cancer-sein", title: "" }, 1000);
    expect(slug).not.toBe("femme-41-ans-cancer-sein"); // the bundled case has that slug
    const editor = await editorCase(db, ids.alice, caseId);
    if (!editor.ok) throw new Error(editor.error);
    expect(editor.editor).toMatchObject({ version: 1, updatedAt: 1000, published: [] });

    // An incomplete draft is stored; the slug and source text stay the server's.
    const saved = await saveDraftRecord(db, ids.alice, caseId, { ...def, title: "", slug: "autre", sourceText: "remplacé" }, 1000, 2000);
    expect(saved).toEqual({ ok: true, updatedAt: 2000 });
    expect(await saveDraftRecord(db, ids.alice, caseId, { ...def }, 1000, 3000)).toEqual({ ok: false, error: "conflict" });
    const stored = await editorCase(db, ids.alice, caseId);
    expect(stored.ok && [stored.editor.draft.slug, stored.editor.draft.sourceText]).toEqual([slug, def.sourceText]);

    // Publishing validates with the case-file checks.
    const refused = await publishDraftRecord(db, ids.alice, caseId);
    expect(refused).toMatchObject({ ok: false, error: "invalid", issues: [{ path: "title", severity: "error" }] });
    expect(await saveDraftRecord(db, ids.alice, caseId, { ...def, title: "Cas d'Alice" }, 2000, 4000)).toEqual({ ok: true, updatedAt: 4000 });
    const published = await publishDraftRecord(db, ids.alice, caseId, 5000);
    if (!published.ok) throw new Error(JSON.stringify(published));
    expect(published.version).toBe(1);
    const frozen = await getCaseDefinition(db, published.versionId);
    expect(frozen?.title).toBe("Cas d'Alice");

    // A published version never changes: saving needs a new draft, which is version 2.
    expect(await saveDraftRecord(db, ids.alice, caseId, { ...def, title: "Changé" }, 5000, 6000)).toEqual({ ok: false, error: "not-found" });
    expect(await editorCase(db, ids.alice, caseId)).toEqual({ ok: false, error: "no-draft" });
    const opened = await openDraftRecord(db, ids.alice, caseId, 6000);
    expect(opened).toEqual({ ok: true, version: 2, updatedAt: 6000, created: true });
    expect(await openDraftRecord(db, ids.alice, caseId, 7000)).toMatchObject({ ok: true, version: 2, created: false });
    expect(await saveDraftRecord(db, ids.alice, caseId, { ...def, title: "Version 2" }, 6000, 8000)).toEqual({ ok: true, updatedAt: 8000 });
    expect((await getCaseDefinition(db, published.versionId))?.title).toBe("Cas d'Alice");

    // Preview: a frozen copy (version 0) that later edits do not touch; older previews are dropped.
    const first = await startPreviewRecord(db, ids.alice, caseId, 9000);
    if (!first.ok) throw new Error(JSON.stringify(first));
    const [previewRow] = await db.select().from(attempts).where(eq(attempts.id, first.attemptId)).limit(1);
    expect((await getCaseDefinition(db, previewRow.caseVersionId))?.title).toBe("Version 2");
    expect(await saveDraftRecord(db, ids.alice, caseId, { ...def, title: "Version 2 bis" }, 8000, 10_000)).toMatchObject({ ok: true });
    expect((await getCaseDefinition(db, previewRow.caseVersionId))?.title).toBe("Version 2");
    const second = await startPreviewRecord(db, ids.alice, caseId, 11_000);
    expect(second.ok).toBe(true);
    const [dropped] = await db.select().from(attempts).where(eq(attempts.id, first.attemptId)).limit(1);
    expect(dropped).toBeUndefined();
    expect((await getCaseDefinition(db, previewRow.caseVersionId))?.title).toBe("Version 2 bis");

    // Lists and the case page never show the preview copy; only published versions are assignable.
    const home = await caseHomeData(db, ids.alice, caseId);
    expect(home?.versions.map((v) => [v.version, v.status])).toEqual([
      [2, "draft"],
      [1, "published"],
    ]);
    expect((await authorCaseLists(db, ids.alice)).own).toEqual([expect.objectContaining({ caseId, draftVersion: 2, publishedVersion: 1, title: "Version 2 bis" })]);
    const assignable = await assignableVersionRows(db, ids.alice);
    expect(assignable.filter((v) => v.owned).map((v) => v.version)).toEqual([1]);
    expect(assignable.some((v) => v.caseId === ids.bundled && !v.owned)).toBe(true);
    expect(await db.select().from(caseVersions).where(eq(caseVersions.status, "preview"))).toHaveLength(1);

    // Someone else's case is missing for every operation; bundled cases are read-only.
    expect(await saveDraftRecord(db, ids.bob, caseId, { ...def }, 10_000)).toEqual({ ok: false, error: "not-found" });
    expect(await publishDraftRecord(db, ids.bob, caseId)).toEqual({ ok: false, error: "not-found" });
    expect(await openDraftRecord(db, ids.bob, caseId)).toEqual({ ok: false, error: "not-found" });
    expect(await startPreviewRecord(db, ids.bob, caseId)).toEqual({ ok: false, error: "not-found" });
    expect(await editorCase(db, ids.bob, caseId)).toEqual({ ok: false, error: "not-found" });
    expect(await caseHomeData(db, ids.bob, caseId)).toBeNull();
    expect(await exportableVersion(db, ids.bob, caseId)).toBeNull();
    expect((await assignableVersionRows(db, ids.bob)).some((v) => v.caseId === caseId)).toBe(false);
    expect(await openDraftRecord(db, ids.alice, ids.bundled)).toEqual({ ok: false, error: "not-found" });
    expect(await caseHomeData(db, ids.bob, ids.bundled)).toMatchObject({ owned: false, draft: null });
    expect(await exportableVersion(db, ids.bob, ids.bundled)).toMatchObject({ version: 1, status: "published" });
  });

  it("two servers at once: a case published twice is created once, a draft saved twice from the same state is saved once", async () => {
    const db = t.db;
    // On PostgreSQL each call runs on its own pooled connection: only the lock keys keep them apart.
    const twin = { ...def, slug: "cas-publie-deux-fois" };
    const both = await Promise.all([publishCaseDefinition(db, twin, { ownerId: null }), publishCaseDefinition(db, twin, { ownerId: null })]);
    expect(both.map((o) => o.created).sort()).toEqual([false, true]);
    expect(both[0]).toMatchObject({ caseId: both[1].caseId, versionId: both[1].versionId, version: 1 });

    const { caseId } = await createAuthoredCase(db, ids.alice, { ...def, slug: "cas-sauve-deux-fois" }, 20_000);
    const saves = await Promise.all([
      saveDraftRecord(db, ids.alice, caseId, { ...def, title: "Un" }, 20_000, 21_000),
      saveDraftRecord(db, ids.alice, caseId, { ...def, title: "Deux" }, 20_000, 21_000),
    ]);
    expect(saves.map((r) => (r.ok ? "ok" : r.error)).sort()).toEqual(["conflict", "ok"]);
  });
});
