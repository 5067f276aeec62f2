/*
 * NOTE FOR THE EDITOR (from the authoring data-layer helper) — the server side of this contract:
 *   lib/dal/authoring.ts
 *     getEditorCase(caseId): Promise<{ ok: true; editor: EditorCase } | { ok: false; error: "not-found" | "no-draft" }>
 *       not-found: missing, someone else's or bundled case, or not an instructor/admin (→ notFound()).
 *       no-draft: every version is published; redirect to /teach/cases/<caseId>, whose "Modifier"
 *       button opens version n+1 (newDraftFromPublishedAction) and then navigates to /edit.
 *   app/(teach)/teach/cases/[caseId]/actions.ts
 *     saveDraftAction(caseId, draft: DraftCase, expectedUpdatedAt: number)
 *       → { ok: true; updatedAt: number } | { ok: false; error: "not-found" | "conflict" | "invalid"; message?: string }
 *       Stored even when it does not validate; refused ("invalid") only when not case-shaped or > 2 MB.
 *       The server keeps `slug` and `sourceText` (the source document never changes in the editor).
 *     validateDraftAction(caseId) → DraftIssue[]   (on the stored draft; same as validateDraft(draft))
 *     publishDraftAction(caseId) → { ok: true; version; versionId } | { ok: false; error: "not-found" | "no-draft" } | { ok: false; error: "invalid"; issues: DraftIssue[] }
 *     newDraftFromPublishedAction(caseId) → { ok: true; version; updatedAt } | { ok: false; error: "not-found" }
 *     startPreviewAction(caseId) → redirects to /attempts/<id>, or { ok: false; error: "not-found" } | { ok: false; error: "invalid"; issues }
 *   lib/authoring/validate-draft.ts: validateDraft(draft): DraftIssue[] (pure; usable in the browser).
 *     Spoiler findings are warnings; every other issue is an error and blocks preview and publish.
 */
/**
 * Contract between the case editor (UI) and the authoring data layer.
 * A draft has the shape of a case (CaseDefinition) but may be incomplete or invalid while it is
 * being edited; it is validated with the same schemas as the case files only when published.
 * Pure module: no Next, React or database imports.
 */
import type { CaseDefinition } from "@/lib/content/schema";

/** The editable case: same fields as a case file folder, the source document's text included. */
export type DraftCase = CaseDefinition;

/** One problem found when validating a draft, located by its path (e.g. "stages[1].questions[0].options"). */
export type DraftIssue = { path: string; message: string; severity: "error" | "warning" };

/** What the editor receives for a case it may edit. */
export type EditorCase = {
  caseId: string;
  slug: string;
  /** Version number of the draft being edited. */
  version: number;
  draft: DraftCase;
  /** Last save time (ms), for "saved at …" and optimistic concurrency. */
  updatedAt: number;
  /** Published versions, newest first. */
  published: { version: number; publishedAt: number; versionId: string }[];
};
