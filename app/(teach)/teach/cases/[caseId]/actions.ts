"use server";
import { loadCatalogue } from "@/lib/content/catalogue-load";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { fail, succeed, type ActionResult } from "@/lib/actions/result";
import type { DraftCase, DraftIssue } from "@/lib/authoring/draft";
import { checkDraftShape } from "@/lib/authoring/draft-shape";
import { validateDraft } from "@/lib/authoring/validate-draft";
import { getEditorCase, openMyDraft, publishMyDraft, saveMyDraft, startMyPreview } from "@/lib/dal/authoring";

// Server actions are public endpoints: the wrapper checks the role and the arguments, the data
// layer checks ownership in the transaction that does the work. A case that is missing, bundled or
// someone else's is answered "not-found", and so is a wrong role (refusal: "not-found").

const caseId = z.string().min(1).max(64);
const AUTHORS = ["instructor", "admin"] as const;
/** A malformed case id cannot name a case of the caller's: not found, like any other. */
const notFoundIfBadId = (error: z.ZodError) => (error.issues.some((i) => i.path[0] === "caseId" || i.path.length === 0) ? fail("not-found") : null);

const save = defineAction({
  name: "save-draft",
  access: AUTHORS,
  refusal: "not-found",
  input: z.object({ caseId, draft: z.unknown(), expectedUpdatedAt: z.number().int().nonnegative() }),
  invalid: (error) => notFoundIfBadId(error) ?? fail("invalid", { message: "expectedUpdatedAt : horodatage attendu." }),
  run: async ({ caseId, draft, expectedUpdatedAt }) => {
    // Stored even when it does not validate yet; refused only when it is not a case-shaped object.
    const shape = checkDraftShape(draft);
    if (!shape.ok) return fail("invalid", { message: shape.message });
    const saved = await saveMyDraft(caseId, shape.draft, expectedUpdatedAt);
    return saved.ok ? succeed({ updatedAt: saved.updatedAt }) : fail(saved.error);
  },
});

export type SaveDraftResult = ActionResult<{ updatedAt: number }, "not-found" | "conflict" | "invalid", never, { message?: string }>;

export async function saveDraftAction(caseId: string, draft: DraftCase, expectedUpdatedAt: number): Promise<SaveDraftResult> {
  return save({ caseId, draft, expectedUpdatedAt });
}

const validate = defineAction({
  name: "validate-draft",
  access: AUTHORS,
  refusal: "not-found",
  input: caseId,
  invalid: () => fail("not-found"),
  run: async (id) => {
    const found = await getEditorCase(id);
    return found.ok ? succeed(validateDraft(found.editor.draft)) : fail(found.error);
  },
});

export type ValidateDraftResult = ActionResult<DraftIssue[], "not-found" | "no-draft">;

export async function validateDraftAction(caseId: string): Promise<ValidateDraftResult> {
  return validate(caseId);
}

const publish = defineAction({
  name: "publish-draft",
  access: AUTHORS,
  refusal: "not-found",
  input: caseId,
  invalid: () => fail("not-found"),
  run: async (id) => {
    // Catalogue-menu stages must link to tests of the shared catalogue (read once per process).
    const catalogueIds = new Set((await loadCatalogue()).tests.map((t) => t.id));
    const r = await publishMyDraft(id, catalogueIds);
    if (r.ok) return succeed({ version: r.version, versionId: r.versionId });
    return r.error === "invalid" ? fail(r.error, { issues: r.issues }) : fail(r.error);
  },
});

export type PublishDraftResult = ActionResult<{ version: number; versionId: string }, "not-found" | "no-draft" | "invalid", never, { issues?: DraftIssue[] }>;

export async function publishDraftAction(caseId: string): Promise<PublishDraftResult> {
  return publish(caseId);
}

const openDraft = defineAction({
  name: "open-draft",
  access: AUTHORS,
  refusal: "not-found",
  input: caseId,
  invalid: () => fail("not-found"),
  run: async (id) => {
    const opened = await openMyDraft(id);
    return opened.ok ? succeed({ version: opened.version, updatedAt: opened.updatedAt }) : fail(opened.error);
  },
});

export type NewDraftResult = ActionResult<{ version: number; updatedAt: number }, "not-found">;

/** Editing a published case opens version n+1 as a draft (or returns the draft already open). */
export async function newDraftFromPublishedAction(caseId: string): Promise<NewDraftResult> {
  return openDraft(caseId);
}

const preview = defineAction({
  name: "start-preview",
  access: AUTHORS,
  refusal: "not-found",
  input: caseId,
  invalid: () => fail("not-found"),
  run: async (id) => {
    const started = await startMyPreview(id);
    if (!started.ok) return started.error === "invalid" ? fail(started.error, { issues: started.issues }) : fail(started.error);
    redirect(`/attempts/${started.attemptId}`);
  },
});

export type StartPreviewResult = ActionResult<never, "not-found" | "invalid", never, { issues?: DraftIssue[] }>;

/** Plays the draft as a learner would, in the real player; only the case's owner may. */
export async function startPreviewAction(caseId: string): Promise<StartPreviewResult> {
  return preview(caseId);
}
