"use client";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { DocumentAnalysis } from "@/lib/authoring/analyse-document";
import { fromJsonBytes } from "@/lib/jobs/json-bytes";
import { analyseDocumentAction } from "./actions";
import { importErrorMessage } from "./import-errors";

const MAX_BYTES = 5 * 1024 * 1024;
const ACCEPTED = /\.(txt|md|markdown|docx|pdf)$/i;

function formatSize(bytes: number, locale: string): string {
  const [kb, mb] = locale === "fr" ? ["Ko", "Mo"] : ["KB", "MB"];
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale)} ${kb}` : `${(bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 })} ${mb}`;
}

export function SourceStep({ onAnalysed }: { onAnalysed: (a: DocumentAnalysis) => void }) {
  const { t, locale } = useI18n();
  const [mode, setMode] = useState<"file" | "paste">("file");
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  // onSubmit rather than a form action: React resets a form after its action, which would empty the file field.
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    setError(null);
    const file = formData.get("file");
    if (mode === "file") {
      formData.delete("text");
      // Quick answers before sending anything; the server checks all of this again.
      if (!(file instanceof File) || file.size === 0) return setError(importErrorMessage(t, "empty"));
      if (!ACCEPTED.test(file.name)) return setError(importErrorMessage(t, "unsupported"));
      if (file.size > MAX_BYTES) return setError(importErrorMessage(t, "too-large"));
      setProgress(t("authoring.importFlow.source.progress", { name: file.name, size: formatSize(file.size, locale) }));
    } else {
      formData.delete("file");
      if (!String(formData.get("text") ?? "").trim()) return setError(importErrorMessage(t, "empty"));
      setProgress(t("authoring.importFlow.source.progressPaste"));
    }
    startTransition(async () => {
      try {
        const result = await analyseDocumentAction(formData);
        if (result.ok) onAnalysed(fromJsonBytes(result.data.analysis));
        else setError(importErrorMessage(t, result.code, result.message));
      } catch {
        setError(importErrorMessage(t, "unexpected"));
      } finally {
        setProgress(null);
      }
    });
  }

  return (
    <form onSubmit={submit} className="card space-y-4" aria-busy={pending} noValidate>
      <fieldset>
        <legend className="label">{t("authoring.importFlow.source.legend")}</legend>
        <div className="flex flex-wrap gap-4">
          {(["file", "paste"] as const).map((m) => (
            <label key={m} className="flex items-center gap-2 text-sm font-medium">
              <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
              {t(`authoring.importFlow.source.${m}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {mode === "file" ? (
        <div>
          <label htmlFor="import-file" className="label">
            {t("authoring.importFlow.source.fileLabel")}
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".txt,.md,.markdown,.docx,.pdf,text/plain,text/markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:font-semibold"
            aria-describedby="import-file-help import-error"
            onChange={() => setError(null)}
          />
          <p id="import-file-help" className="mt-1 text-sm text-slate-600">
            {t("authoring.importFlow.source.fileHelp")}
          </p>
        </div>
      ) : (
        <div>
          <label htmlFor="import-text" className="label">
            {t("authoring.importFlow.source.textLabel")}
          </label>
          <textarea id="import-text" name="text" rows={12} className="input font-mono text-sm" aria-describedby="import-text-help import-error" />
          <p id="import-text-help" className="mt-1 text-sm text-slate-600">
            {t("authoring.importFlow.source.textHelp")}
          </p>
        </div>
      )}
      <div aria-live="polite" className="space-y-2">
        {pending && progress ? (
          <div className="space-y-1" data-testid="import-progress">
            <p className="text-sm text-slate-800">{progress}</p>
            <div role="progressbar" aria-label={t("authoring.importFlow.source.progressLabel")} aria-busy="true" className="h-2 w-full overflow-hidden rounded bg-slate-200">
              <div className="h-full w-1/3 animate-pulse rounded bg-brand-600" />
            </div>
          </div>
        ) : null}
      </div>
      <p id="import-error" role="alert" className="field-error">
        {error}
      </p>
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("authoring.importFlow.source.submit")}
      </button>
    </form>
  );
}
