import "server-only";
import { getDb } from "@/db/client";
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

export type { AssignableVersion, AuthorCaseItem, CaseHomeData, EditorCaseResult, ExportedVersion } from "./authoring-queries";

// Authoring is for instructors and admins; each resolves the signed-in user itself and sees only
// their own cases (plus the bundled ones, read-only). Anything else is answered as not found.

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
  return user ? editorCase(getDb(), user.id, caseId) : { ok: false, error: "not-found" };
}

export async function getCaseExport(caseId: string, version?: number): Promise<ExportedVersion | null> {
  const user = await currentTeacher();
  return user ? exportableVersion(getDb(), user.id, caseId, version) : null;
}

/**
 * Every published version an instructor may assign to a cohort: their own cases' and the bundled
 * ones'. Session-free (the caller has authenticated `userId`); drafts and previews never appear.
 */
export function listAssignableVersions(userId: string): AssignableVersion[] {
  return assignableVersionRows(getDb(), userId);
}
