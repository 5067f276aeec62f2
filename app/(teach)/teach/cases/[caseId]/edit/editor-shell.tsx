"use client";
import { useMemo } from "react";
import { CaseEditor } from "@/components/editor/case-editor";
import type { EditorActions } from "@/components/editor/types";
import type { EditorCase } from "@/lib/authoring/draft";
import { publishDraftAction, saveDraftAction, startPreviewAction } from "../actions";

/** Binds the case's server actions (each checks the session and ownership itself) to the editor. */
export function EditorShell({ editor }: { editor: EditorCase }) {
  const { caseId } = editor;
  const actions = useMemo<EditorActions>(
    () => ({
      // The server keeps the case's source text (it never changes in the editor): not sent on every save.
      save: (draft, expectedUpdatedAt) => saveDraftAction(caseId, { ...draft, sourceText: "" }, expectedUpdatedAt),
      publish: () => publishDraftAction(caseId),
      preview: () => startPreviewAction(caseId),
    }),
    [caseId],
  );
  return <CaseEditor editor={editor} actions={actions} />;
}
