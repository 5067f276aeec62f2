import type { DraftCase, DraftIssue } from "@/lib/authoring/draft";

/** Applies a change to the whole draft (the editor's single state). */
export type UpdateDraft = (change: (draft: DraftCase) => DraftCase) => void;

export type SaveResult = { ok: true; updatedAt: number } | { ok: false; error: "not-found" | "conflict" | "invalid"; message?: string };
export type PublishResult =
  | { ok: true; version: number; versionId: string }
  | { ok: false; error: "not-found" | "no-draft" }
  | { ok: false; error: "invalid"; issues: DraftIssue[] };
/** Preview redirects to the attempt when it works; otherwise it says why. */
export type PreviewResult = void | { ok: false; error: "not-found" } | { ok: false; error: "invalid"; issues: DraftIssue[] };

/** The server actions the editor calls, bound to its case by the page. */
export type EditorActions = {
  save: (draft: DraftCase, expectedUpdatedAt: number) => Promise<SaveResult>;
  publish: () => Promise<PublishResult>;
  preview: () => Promise<PreviewResult>;
};
