"use client";
import { useEffect, useRef } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { DraftIssue } from "@/lib/authoring/draft";
import { useEditorActions, useEditorChecks } from "./editor-context";
import { fieldId } from "./field-id";
import { revealAndFocus } from "./go-to-field";
import { issueLocation } from "./issue-location";

type Item = { path: string; severity: "error" | "warning"; message: string };

function IssueList({ items }: { items: readonly Item[] }) {
  const { t } = useI18n();
  const { revealField } = useEditorActions();
  return (
    <ul className="mt-2 space-y-2">
      {items.map((it, k) => (
        <li key={k} className="text-sm">
          <span className={it.severity === "error" ? "font-semibold text-red-800" : "font-semibold text-amber-900"}>
            {it.severity === "error" ? t("editor.checks.errorPrefix") : t("editor.checks.warningPrefix")}
          </span>{" "}
          <a
            href={`#${fieldId(it.path)}`}
            className="link"
            onClick={(e) => {
              e.preventDefault();
              revealAndFocus(it.path, revealField);
            }}
          >
            {issueLocation(it.path, t)}
          </a>{" "}
          — {it.message}
        </li>
      ))}
    </ul>
  );
}

/** Everything still to fix, found while editing, with a link to each field. */
export function LiveIssues() {
  const { t } = useI18n();
  const checks = useEditorChecks();
  const errors = checks.filter((c) => c.severity === "error").length;
  const warnings = checks.length - errors;
  if (checks.length === 0) return <p className="text-sm text-emerald-800">{t("editor.issues.none")}</p>;
  const items = checks.map((c) => ({ path: c.path, severity: c.severity, message: t(`editor.checks.${c.code}`, c.params) }));
  return (
    <details className="rounded-md border border-slate-200 bg-white px-3 py-2">
      <summary className="cursor-pointer text-sm font-medium">
        {warnings === 0 ? t("editor.issues.liveErrors", { errors }) : errors === 0 ? t("editor.issues.liveWarnings", { warnings }) : t("editor.issues.live", { errors, warnings })}
      </summary>
      <IssueList items={items} />
    </details>
  );
}

export type ServerOutcome = { kind: "published"; version: number } | { kind: "refused"; action: "publish" | "preview"; issues: DraftIssue[] } | { kind: "failed"; message: string };

/** What publishing or previewing answered; focus moves to it so that keyboard users hear it. */
export function ServerIssues({ outcome }: { outcome: ServerOutcome }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [outcome]);
  if (outcome.kind === "published") {
    return (
      <div className="rounded-md border border-emerald-300 bg-emerald-50 p-2 sm:p-3">
        <h2 ref={heading} tabIndex={-1} className="font-semibold text-emerald-900">
          {t("editor.publish.done", { version: outcome.version })}
        </h2>
        <p className="text-sm text-emerald-900">{t("editor.publish.doneHelp")}</p>
      </div>
    );
  }
  if (outcome.kind === "failed") {
    return (
      <div className="rounded-md border border-red-300 bg-red-50 p-2 sm:p-3">
        <h2 ref={heading} tabIndex={-1} className="font-semibold text-red-900">
          {outcome.message}
        </h2>
      </div>
    );
  }
  const errors = outcome.issues.filter((i) => i.severity === "error").length;
  return (
    <div className="rounded-md border border-red-300 bg-red-50 p-2 sm:p-3" data-testid="server-issues">
      <h2 ref={heading} tabIndex={-1} className="font-semibold text-red-900">
        {t(outcome.action === "publish" ? "editor.publish.refused" : "editor.preview.refused", { count: errors })}
      </h2>
      <IssueList items={outcome.issues} />
    </div>
  );
}
