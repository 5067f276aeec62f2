"use client";
import { useI18n } from "@/components/i18n-provider";
import { SaveStatusLine } from "./save-status";
import type { SaveStatus } from "./use-autosave";

type Props = {
  status: SaveStatus;
  savedAt: number;
  message?: string;
  busy: "save" | "preview" | "publish" | null;
  locked: boolean;
  onSave: () => void;
  onPreview: () => void;
  onPublish: () => void;
};

/** Save status and the three actions; sticky on wide screens so that they stay at hand. */
export function EditorToolbar({ status, savedAt, message, busy, locked, onSave, onPreview, onPublish }: Props) {
  const { t } = useI18n();
  return (
    <div className="z-20 -mx-4 border-y border-slate-200 bg-white px-4 py-3 sm:sticky sm:top-0 sm:mx-0 sm:rounded-lg sm:border">
      <div className="flex flex-col gap-3 md:flex-row md:items-center md:justify-between">
        <SaveStatusLine status={status} savedAt={savedAt} message={message} />
        <div className="flex flex-wrap gap-2">
          <button type="button" className="btn-secondary" onClick={onSave} disabled={busy !== null || locked}>
            {busy === "save" ? t("editor.save.saving") : t("editor.save.button")}
          </button>
          <button type="button" className="btn-secondary" onClick={onPreview} disabled={busy !== null || locked}>
            {busy === "preview" ? t("editor.preview.starting") : t("editor.preview.button")}
          </button>
          <button type="button" className="btn-primary" onClick={onPublish} disabled={busy !== null || locked}>
            {busy === "publish" ? t("editor.publish.publishing") : t("editor.publish.button")}
          </button>
        </div>
      </div>
    </div>
  );
}
