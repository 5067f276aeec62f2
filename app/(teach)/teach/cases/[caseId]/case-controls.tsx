"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { DraftIssue } from "@/lib/authoring/draft";
import { readablePath } from "./issue-path";
import { newDraftFromPublishedAction, publishDraftAction, startPreviewAction } from "./actions";

type Props = { caseId: string; draftVersion: number | null; nextVersion: number };

type Outcome = { kind: "ok" | "error"; text: string; issues?: DraftIssue[] } | null;

/** Edit, preview and publish buttons of the case page; every action re-checks ownership on the server. */
export function CaseControls({ caseId, draftVersion, nextVersion }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState<"preview" | "publish" | "open" | null>(null);
  const [, startTransition] = useTransition();

  const run = (what: "preview" | "publish" | "open", fn: () => Promise<void>) => {
    setOutcome(null);
    setBusy(what);
    startTransition(async () => {
      try {
        await fn();
      } finally {
        setBusy(null);
      }
    });
  };

  const fail = (error: "not-found" | "no-draft" | "invalid", issues?: DraftIssue[]) => setOutcome({ kind: "error", text: t(`authoring.home.errors.${error}`), issues });

  const preview = () =>
    run("preview", async () => {
      const r = await startPreviewAction(caseId);
      if (r && !r.ok) fail(r.code, r.issues);
    });
  const publish = () =>
    run("publish", async () => {
      const r = await publishDraftAction(caseId);
      if (r.ok) {
        setOutcome({ kind: "ok", text: t("authoring.home.published", { version: r.data.version }) });
        router.refresh();
      } else fail(r.code, r.issues);
    });
  const open = () =>
    run("open", async () => {
      const r = await newDraftFromPublishedAction(caseId);
      if (r.ok) router.push(`/teach/cases/${caseId}/edit`);
      else fail(r.code);
    });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {draftVersion !== null ? (
          <Link href={`/teach/cases/${caseId}/edit`} className="btn-primary">
            {t("authoring.home.edit")}
          </Link>
        ) : (
          <button type="button" className="btn-primary" onClick={open} disabled={busy !== null}>
            {busy === "open" ? t("authoring.home.opening") : t("authoring.home.editPublished", { version: nextVersion })}
          </button>
        )}
        <button type="button" className="btn-secondary" onClick={preview} disabled={busy !== null}>
          {busy === "preview" ? t("authoring.home.previewing") : t("authoring.home.preview")}
        </button>
        {draftVersion !== null ? (
          <button type="button" className="btn-secondary" onClick={publish} disabled={busy !== null}>
            {busy === "publish" ? t("authoring.home.publishing") : t("authoring.home.publish", { version: draftVersion })}
          </button>
        ) : null}
      </div>
      <div role="status" aria-live="polite" data-testid="case-outcome">
        {outcome ? (
          <div className={outcome.kind === "ok" ? "text-sm font-medium text-emerald-800" : "text-sm text-red-700"}>
            <p>{outcome.text}</p>
            {outcome.issues?.length ? (
              <ul className="mt-1 list-disc pl-5">
                {outcome.issues
                  .filter((i) => i.severity === "error")
                  .slice(0, 8)
                  .map((i, k) => (
                    <li key={k}>
                      <span className="font-medium">{readablePath(i.path, t)}</span> — {i.message}
                    </li>
                  ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
