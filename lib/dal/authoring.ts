import "server-only";
import { getDb } from "@/db/client";
import type { DraftCase } from "@/lib/authoring/draft";
import { currentTeacher } from "./teacher";
import {
  assignableVersionRows,
  authorCaseLists,
  caseHomeData,
  editorCase,
  exportableVersion,
  type AssignableVersion,
  type AuthorCaseItem,
  type CaseHomeData,
  type EditorCaseResult,
  type ExportedVersion,
} from "./authoring-queries";
import { createAuthoredCase, saveDraftRecord, type SaveDraftOutcome } from "./authoring-store";
import { openDraftRecord, publishDraftRecord, startPreviewRecord, type NewDraftOutcome, type PreviewOutcome, type PublishOutcome } from "./authoring-versions";

export type { AssignableVersion, AuthorCaseItem, CaseHomeData, EditorCaseResult, ExportedVersion } from "./authoring-queries";
export type { SaveDraftOutcome } from "./authoring-store";
export type { NewDraftOutcome, PreviewOutcome, PublishOutcome } from "./authoring-versions";

// Authoring is for instructors and admins; each resolves the signed-in user itself and sees only
// their own cases (plus the bundled ones, read-only). Anything else is answered as not found.

const NOT_FOUND = { ok: false, error: "not-found" } as const;

export async function getMyCases(): Promise<{ own: AuthorCaseItem[]; bundled: AuthorCaseItem[] } | null> {
  const user = await currentTeacher();
  return user ? authorCaseLists(getDb(), user.id) : null;
}

export async function getCaseHome(caseId: string): Promise<CaseHomeData | null> {
  const user = await currentTeacher();
  return user ? caseHomeData(getDb(), user.id, caseId) : null;
}

/** What the editor page needs; "no-draft" when every version is published (open one from the case page). */
export async function getEditorCase(caseId: string): Promise<EditorCaseResult> {
  const user = await currentTeacher();
  return user ? editorCase(getDb(), user.id, caseId) : NOT_FOUND;
}

export async function getCaseExport(caseId: string, version?: number): Promise<ExportedVersion | null> {
  const user = await currentTeacher();
  return user ? exportableVersion(getDb(), user.id, caseId, version) : null;
}

/**
 * Every published version an instructor may assign to a cohort: their own cases' and the bundled
 * ones'. Session-free (the caller has authenticated `userId`); drafts and previews never appear.
 */
export async function listAssignableVersions(userId: string): Promise<AssignableVersion[]> {
  return assignableVersionRows(getDb(), userId);
}

// The writes: the signed-in author's own cases only (ownership checked in the transaction that writes).

/** A new case of the signed-in author, `draft` as its version 1; null when nobody may author. */
export async function createMyCase(draft: DraftCase): Promise<{ caseId: string; slug: string } | null> {
  const user = await currentTeacher();
  return user ? createAuthoredCase(getDb(), user.id, draft) : null;
}

export async function saveMyDraft(caseId: string, draft: Record<string, unknown>, expectedUpdatedAt: number): Promise<SaveDraftOutcome> {
  const user = await currentTeacher();
  return user ? saveDraftRecord(getDb(), user.id, caseId, draft, expectedUpdatedAt) : NOT_FOUND;
}

/** `catalogueIds`: the shared catalogue's test ids, read before (no disk read inside the transaction). */
export async function publishMyDraft(caseId: string, catalogueIds: ReadonlySet<string>): Promise<PublishOutcome> {
  const user = await currentTeacher();
  return user ? publishDraftRecord(getDb(), user.id, caseId, Date.now(), catalogueIds) : NOT_FOUND;
}

export async function openMyDraft(caseId: string): Promise<NewDraftOutcome> {
  const user = await currentTeacher();
  return user ? openDraftRecord(getDb(), user.id, caseId) : NOT_FOUND;
}

export async function startMyPreview(caseId: string): Promise<PreviewOutcome> {
  const user = await currentTeacher();
  return user ? startPreviewRecord(getDb(), user.id, caseId) : NOT_FOUND;
}
