"use server";
import { loadCatalogue } from "@/lib/content/catalogue-load";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import type { DraftCase, DraftIssue } from "@/lib/authoring/draft";
import { checkDraftShape } from "@/lib/authoring/draft-shape";
import { validateDraft } from "@/lib/authoring/validate-draft";
import { editorCase } from "@/lib/dal/authoring-queries";
import { saveDraftRecord } from "@/lib/dal/authoring-store";
import { openDraftRecord, publishDraftRecord, startPreviewRecord } from "@/lib/dal/authoring-versions";
import { authorizeAction } from "@/lib/dal/session";

// Server actions are public endpoints: each one authenticates, checks the role, validates its
// arguments and lets the data layer check ownership in the transaction that does the work. A case
// that is missing, bundled or someone else's is answered "not-found", like a wrong role.

const caseIdSchema = z.string().min(1).max(64);

async function author(caseId: unknown): Promise<{ userId: string; caseId: string } | null> {
  const auth = await authorizeAction("instructor", "admin");
  const id = caseIdSchema.safeParse(caseId);
  return auth.ok && id.success ? { userId: auth.user.id, caseId: id.data } : null;
}

export type SaveDraftResult = { ok: true; updatedAt: number } | { ok: false; error: "not-found" | "conflict" | "invalid"; message?: string };

export async function saveDraftAction(caseId: string, draft: DraftCase, expectedUpdatedAt: number): Promise<SaveDraftResult> {
  const who = await author(caseId);
  if (!who) return { ok: false, error: "not-found" };
  const expected = z.number().int().nonnegative().safeParse(expectedUpdatedAt);
  if (!expected.success) return { ok: false, error: "invalid", message: "expectedUpdatedAt : horodatage attendu." };
  // Stored even when it does not validate yet; refused only when it is not a case-shaped object.
  const shape = checkDraftShape(draft);
  if (!shape.ok) return { ok: false, error: "invalid", message: shape.message };
  return saveDraftRecord(getDb(), who.userId, who.caseId, shape.draft, expected.data);
}

const NOT_FOUND_ISSUE: DraftIssue = { path: "", message: "Cas introuvable.", severity: "error" };

export async function validateDraftAction(caseId: string): Promise<DraftIssue[]> {
  const who = await author(caseId);
  if (!who) return [NOT_FOUND_ISSUE];
  const found = editorCase(getDb(), who.userId, who.caseId);
  if (!found.ok) return [found.error === "no-draft" ? { path: "", message: "Aucun brouillon en cours.", severity: "error" } : NOT_FOUND_ISSUE];
  return validateDraft(found.editor.draft);
}

export type PublishDraftResult =
  | { ok: true; version: number; versionId: string }
  | { ok: false; error: "not-found" | "no-draft" }
  | { ok: false; error: "invalid"; issues: DraftIssue[] };

export async function publishDraftAction(caseId: string): Promise<PublishDraftResult> {
  const who = await author(caseId);
  if (!who) return { ok: false, error: "not-found" };
  // Catalogue-menu stages must link to tests of the shared catalogue (read once per process).
  const catalogueIds = new Set((await loadCatalogue()).tests.map((t) => t.id));
  return publishDraftRecord(getDb(), who.userId, who.caseId, Date.now(), catalogueIds);
}

export type NewDraftResult = { ok: true; version: number; updatedAt: number } | { ok: false; error: "not-found" };

/** Editing a published case opens version n+1 as a draft (or returns the draft already open). */
export async function newDraftFromPublishedAction(caseId: string): Promise<NewDraftResult> {
  const who = await author(caseId);
  if (!who) return { ok: false, error: "not-found" };
  const opened = openDraftRecord(getDb(), who.userId, who.caseId);
  return opened.ok ? { ok: true, version: opened.version, updatedAt: opened.updatedAt } : opened;
}

export type StartPreviewResult = { ok: false; error: "not-found" } | { ok: false; error: "invalid"; issues: DraftIssue[] };

/** Plays the draft as a learner would, in the real player; only the case's owner may. */
export async function startPreviewAction(caseId: string): Promise<StartPreviewResult> {
  const who = await author(caseId);
  if (!who) return { ok: false, error: "not-found" };
  const started = startPreviewRecord(getDb(), who.userId, who.caseId);
  if (!started.ok) return started;
  redirect(`/attempts/${started.attemptId}`);
}
