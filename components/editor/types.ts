import type { ActionResult } from "@/lib/actions/result";
import type { DraftCase, DraftIssue } from "@/lib/authoring/draft";

/** Applies a change to the whole draft (the editor's single state). */
export type UpdateDraft = (change: (draft: DraftCase) => DraftCase) => void;

// The server actions' one result type (lib/actions/result.ts), as the editor receives it.
export type SaveResult = ActionResult<{ updatedAt: number }, "not-found" | "conflict" | "invalid", never, { message?: string }>;
export type PublishResult = ActionResult<{ version: number; versionId: string }, "not-found" | "no-draft" | "invalid", never, { issues?: DraftIssue[] }>;
/** Preview redirects to the attempt when it works; otherwise it says why. */
export type PreviewResult = ActionResult<never, "not-found" | "invalid", never, { issues?: DraftIssue[] }>;

/** The server actions the editor calls, bound to its case by the page. */
export type EditorActions = {
  save: (draft: DraftCase, expectedUpdatedAt: number) => Promise<SaveResult>;
  publish: () => Promise<PublishResult>;
  preview: () => Promise<PreviewResult>;
};
