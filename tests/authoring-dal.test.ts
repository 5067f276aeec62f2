/**
 * Authoring in the data layer, against a real SQLite file: drafts saved with optimistic
 * concurrency, publication freezing a version, a new draft opening version n+1, previews on a
 * frozen copy, and every operation answering "not-found" for someone else's or a bundled case.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CaseDefinition } from "@/lib/content/schema";

vi.mock("server-only", () => ({}));

const { openDatabase } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const { attempts, caseVersions, users } = await import("@/db/schema");
const { loadCaseFolder } = await import("@/lib/content/load");
const { publishCaseDefinition } = await import("@/lib/dal/case-store");
const { createAuthoredCase, saveDraftRecord } = await import("@/lib/dal/authoring-store");
const { openDraftRecord, publishDraftRecord, startPreviewRecord } = await import("@/lib/dal/authoring-versions");
const { assignableVersionRows, authorCaseLists, caseHomeData, editorCase, exportableVersion } = await import("@/lib/dal/authoring-queries");
const { getCaseDefinition } = await import("@/lib/dal/case-content");
const { eq } = await import("drizzle-orm");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-authoring-"));
const { db, sqlite } = openDatabase(path.join(dir, "test.db"));
const ids = { alice: "", bob: "", bundled: "" };
let def: CaseDefinition;

function user(name: string) {
  const id = crypto.randomUUID();
  db.insert(users).values({ id, email: `${name}@test.local`, name, passwordHash: "x", role: "instructor", createdAt: 1 }).run();
  return id;
}

beforeAll(async () => {
  await runMigrations(db);
  const loaded = await loadCaseFolder("content/cases/femme-41-ans-cancer-sein");
  if (!loaded.ok) throw new Error("bundled case invalid");
  def = loaded.case;
  ids.bundled = publishCaseDefinition(db, def, { ownerId: null }).caseId;
  ids.alice = user("alice");
  ids.bob = user("bob");
});

afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("authored cases", () => {
  it("create, save with optimistic concurrency, publish, reopen, preview", () => {
    const { caseId, slug } = createAuthoredCase(db, ids.alice, { ...def, slug: "femme-41-ans-cancer-sein", title: "" }, 1000);
    expect(slug).not.toBe("femme-41-ans-cancer-sein"); // the bundled case has that slug
    const editor = editorCase(db, ids.alice, caseId);
    if (!editor.ok) throw new Error(editor.error);
    expect(editor.editor).toMatchObject({ version: 1, updatedAt: 1000, published: [] });

    // An incomplete draft is stored; the slug and source text stay the server's.
    const saved = saveDraftRecord(db, ids.alice, caseId, { ...def, title: "", slug: "autre", sourceText: "remplacé" }, 1000, 2000);
    expect(saved).toEqual({ ok: true, updatedAt: 2000 });
    expect(saveDraftRecord(db, ids.alice, caseId, { ...def }, 1000, 3000)).toEqual({ ok: false, error: "conflict" });
    const stored = editorCase(db, ids.alice, caseId);
    expect(stored.ok && [stored.editor.draft.slug, stored.editor.draft.sourceText]).toEqual([slug, def.sourceText]);

    // Publishing validates with the case-file checks.
    const refused = publishDraftRecord(db, ids.alice, caseId);
    expect(refused).toMatchObject({ ok: false, error: "invalid", issues: [{ path: "title", severity: "error" }] });
    expect(saveDraftRecord(db, ids.alice, caseId, { ...def, title: "Cas d'Alice" }, 2000, 4000)).toEqual({ ok: true, updatedAt: 4000 });
    const published = publishDraftRecord(db, ids.alice, caseId, 5000);
    if (!published.ok) throw new Error(JSON.stringify(published));
    expect(published.version).toBe(1);
    const frozen = getCaseDefinition(db, published.versionId);
    expect(frozen?.title).toBe("Cas d'Alice");

    // A published version never changes: saving needs a new draft, which is version 2.
    expect(saveDraftRecord(db, ids.alice, caseId, { ...def, title: "Changé" }, 5000, 6000)).toEqual({ ok: false, error: "not-found" });
    expect(editorCase(db, ids.alice, caseId)).toEqual({ ok: false, error: "no-draft" });
    const opened = openDraftRecord(db, ids.alice, caseId, 6000);
    expect(opened).toEqual({ ok: true, version: 2, updatedAt: 6000, created: true });
    expect(openDraftRecord(db, ids.alice, caseId, 7000)).toMatchObject({ ok: true, version: 2, created: false });
    expect(saveDraftRecord(db, ids.alice, caseId, { ...def, title: "Version 2" }, 6000, 8000)).toEqual({ ok: true, updatedAt: 8000 });
    expect(getCaseDefinition(db, published.versionId)?.title).toBe("Cas d'Alice");

    // Preview: a frozen copy (version 0) that later edits do not touch; older previews are dropped.
    const first = startPreviewRecord(db, ids.alice, caseId, 9000);
    if (!first.ok) throw new Error(JSON.stringify(first));
    const previewRow = db.select().from(attempts).where(eq(attempts.id, first.attemptId)).get()!;
    expect(getCaseDefinition(db, previewRow.caseVersionId)?.title).toBe("Version 2");
    expect(saveDraftRecord(db, ids.alice, caseId, { ...def, title: "Version 2 bis" }, 8000, 10_000)).toMatchObject({ ok: true });
    expect(getCaseDefinition(db, previewRow.caseVersionId)?.title).toBe("Version 2");
    const second = startPreviewRecord(db, ids.alice, caseId, 11_000);
    expect(second.ok).toBe(true);
    expect(db.select().from(attempts).where(eq(attempts.id, first.attemptId)).get()).toBeUndefined();
    expect(getCaseDefinition(db, previewRow.caseVersionId)?.title).toBe("Version 2 bis");

    // Lists and the case page never show the preview copy; only published versions are assignable.
    const home = caseHomeData(db, ids.alice, caseId);
    expect(home?.versions.map((v) => [v.version, v.status])).toEqual([
      [2, "draft"],
      [1, "published"],
    ]);
    expect(authorCaseLists(db, ids.alice).own).toEqual([expect.objectContaining({ caseId, draftVersion: 2, publishedVersion: 1, title: "Version 2 bis" })]);
    const assignable = assignableVersionRows(db, ids.alice);
    expect(assignable.filter((v) => v.owned).map((v) => v.version)).toEqual([1]);
    expect(assignable.some((v) => v.caseId === ids.bundled && !v.owned)).toBe(true);
    expect(db.select().from(caseVersions).where(eq(caseVersions.status, "preview")).all()).toHaveLength(1);

    // Someone else's case is missing for every operation; bundled cases are read-only.
    expect(saveDraftRecord(db, ids.bob, caseId, { ...def }, 10_000)).toEqual({ ok: false, error: "not-found" });
    expect(publishDraftRecord(db, ids.bob, caseId)).toEqual({ ok: false, error: "not-found" });
    expect(openDraftRecord(db, ids.bob, caseId)).toEqual({ ok: false, error: "not-found" });
    expect(startPreviewRecord(db, ids.bob, caseId)).toEqual({ ok: false, error: "not-found" });
    expect(editorCase(db, ids.bob, caseId)).toEqual({ ok: false, error: "not-found" });
    expect(caseHomeData(db, ids.bob, caseId)).toBeNull();
    expect(exportableVersion(db, ids.bob, caseId)).toBeNull();
    expect(assignableVersionRows(db, ids.bob).some((v) => v.caseId === caseId)).toBe(false);
    expect(openDraftRecord(db, ids.alice, ids.bundled)).toEqual({ ok: false, error: "not-found" });
    expect(caseHomeData(db, ids.bob, ids.bundled)).toMatchObject({ owned: false, draft: null });
    expect(exportableVersion(db, ids.bob, ids.bundled)).toMatchObject({ version: 1, status: "published" });
  });
});
