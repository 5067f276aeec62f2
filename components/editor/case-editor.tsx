"use client";
import { useCallback, useMemo, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Announcer, useAnnouncer } from "@/components/player/questions/announcer";
import type { EditorCase } from "@/lib/authoring/draft";
import { inlineChecks, spoilerChecks } from "@/lib/authoring/editor-checks";
import { usedIds } from "./blank";
import { EditorProvider, type EditorActionsContext, type EditorRefs } from "./editor-context";
import { EditorToolbar } from "./editor-toolbar";
import { LiveIssues, ServerIssues, type ServerOutcome } from "./issues-panel";
import { MetadataForm } from "./metadata-form";
import { normalizeDraft } from "./normalize-draft";
import { StageList } from "./stage-list";
import type { EditorActions, UpdateDraft } from "./types";
import { useAutosave } from "./use-autosave";
import { useSettledValue } from "./use-settled-value";

const SPOILER_SCAN_DELAY = 400;

/** The case editor: the draft in state, inline checks, autosave, preview and publish. */
export function CaseEditor({ editor, actions }: { editor: EditorCase; actions: EditorActions }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(() => normalizeDraft(editor.draft));
  const update: UpdateDraft = setDraft;
  const autosave = useAutosave(draft, editor.updatedAt, actions.save);
  const [busy, setBusy] = useState<"save" | "preview" | "publish" | null>(null);
  const [outcome, setOutcome] = useState<ServerOutcome | null>(null);
  const [locked, setLocked] = useState(false);
  const [announcement, announce] = useAnnouncer();
  const [reveal, setReveal] = useState<{ path: string; seq: number } | null>(null);
  const revealField = useCallback((path: string) => setReveal((r) => ({ path, seq: (r?.seq ?? 0) + 1 })), []);

  // Answer-key checks follow every change; the spoiler scan reads every text of the case, so it
  // runs once typing pauses.
  const inline = useMemo(() => inlineChecks(draft), [draft]);
  const settled = useSettledValue(draft, SPOILER_SCAN_DELAY);
  const spoilers = useMemo(() => spoilerChecks(settled), [settled]);
  const checks = useMemo(() => [...inline, ...spoilers], [inline, spoilers]);
  const refs: EditorRefs = {
    objectives: draft.objectives.map((o) => ({ id: o.id, text: o.text })),
    stages: draft.stages.map((s) => ({ id: s.id, title: s.title })),
    errata: draft.errata.map((e) => ({ id: e.id, quote: e.quote })),
    usedIds: { questions: usedIds(draft.stages, "questions"), investigations: usedIds(draft.stages, "investigations") },
  };
  const actionsContext = useMemo<EditorActionsContext>(() => ({ announce, reveal, revealField }), [announce, reveal, revealField]);

  async function run(kind: "save" | "preview" | "publish") {
    setBusy(kind);
    try {
      const saved = await autosave.flush();
      if (kind === "save") return;
      if (!saved) {
        setOutcome({ kind: "failed", message: t("editor.publish.saveFirst") });
        return;
      }
      if (kind === "preview") {
        // On success the action redirects to the preview attempt.
        const result = await actions.preview();
        if (result && !result.ok) setOutcome(result.code === "invalid" ? { kind: "refused", action: "preview", issues: result.issues ?? [] } : { kind: "failed", message: t("editor.errors.notFound") });
        return;
      }
      const result = await actions.publish();
      if (result.ok) {
        setLocked(true);
        setOutcome({ kind: "published", version: result.data.version });
      } else if (result.code === "invalid") setOutcome({ kind: "refused", action: "publish", issues: result.issues ?? [] });
      else setOutcome({ kind: "failed", message: t(result.code === "no-draft" ? "editor.errors.noDraft" : "editor.errors.notFound") });
    } catch (error) {
      // A redirect is thrown by Next to navigate: let it through.
      if (error && typeof error === "object" && "digest" in error && String((error as { digest: unknown }).digest).startsWith("NEXT_REDIRECT")) throw error;
      setOutcome({ kind: "failed", message: t("editor.errors.network") });
    } finally {
      setBusy(null);
    }
  }

  return (
    <EditorProvider checks={checks} refs={refs} actions={actionsContext}>
      <div className="space-y-6">
        <EditorToolbar
          status={autosave.status}
          savedAt={autosave.savedAt}
          message={autosave.message}
          busy={busy}
          locked={locked}
          onSave={() => void run("save")}
          onPreview={() => void run("preview")}
          onPublish={() => void run("publish")}
        />
        {outcome && <ServerIssues outcome={outcome} />}
        <LiveIssues />
        <fieldset disabled={locked} className="min-w-0 space-y-8">
          <MetadataForm draft={draft} update={update} />
          <StageList stages={draft.stages} update={update} />
        </fieldset>
        <Announcer message={announcement} />
      </div>
    </EditorProvider>
  );
}
