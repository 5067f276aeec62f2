import type { DraftCase, DraftIssue } from "@/lib/authoring/draft";
import type { getT } from "@/lib/i18n/server";
import { readablePath } from "./issue-path";
import { appTimeZone } from "@/lib/time/app-zone";

type T = Awaited<ReturnType<typeof getT>>;
const MAX_SHOWN = 8;

const len = (v: unknown) => (Array.isArray(v) ? v.length : 0);

function IssueList({ title, issues, tone, t }: { title: string; issues: DraftIssue[]; tone: "error" | "warning"; t: T }) {
  if (issues.length === 0) return null;
  return (
    <div className={`rounded-md p-3 text-sm ${tone === "error" ? "bg-red-50 text-red-900" : "bg-amber-50 text-amber-900"}`} data-testid={`draft-${tone}s`}>
      <h3 className="font-semibold">{title}</h3>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {issues.slice(0, MAX_SHOWN).map((i, k) => (
          <li key={k}>
            <span className="font-medium">{readablePath(i.path, t)}</span> — {i.message}
          </li>
        ))}
      </ul>
      {issues.length > MAX_SHOWN ? <p className="mt-1">{t("authoring.home.moreIssues", { count: issues.length - MAX_SHOWN })}</p> : null}
    </div>
  );
}

/** The draft at a glance: its stages and what still blocks preview and publication. Drafts may be incomplete: read defensively. */
export function DraftSummary({ draft, updatedAt, issues, t, locale }: { draft: DraftCase; updatedAt: number; issues: DraftIssue[]; t: T; locale: string }) {
  const stages = Array.isArray(draft.stages) ? draft.stages : [];
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        <time dateTime={new Date(updatedAt).toISOString()}>{t("authoring.home.savedAt", { date: new Date(updatedAt).toLocaleString(locale, { dateStyle: "long", timeStyle: "short", timeZone: appTimeZone() }) })}</time>
      </p>
      <div>
        <h3 className="font-semibold">{t("authoring.home.stagesTitle")}</h3>
        <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm" data-testid="draft-stages">
          {stages.map((s, i) => (
            <li key={i}>
              <span className="font-medium">{typeof s?.title === "string" && s.title ? s.title : t("authoring.list.untitled")}</span>{" "}
              <span className="text-slate-600">
                — {t("authoring.home.stageCounts", { findings: len(s?.findings), investigations: len(s?.investigations), questions: len(s?.questions) })}
              </span>
            </li>
          ))}
        </ol>
      </div>
      {errors.length === 0 ? <p className="text-sm font-medium text-emerald-800">{t("authoring.home.noIssues")}</p> : null}
      <IssueList title={t("authoring.home.issuesTitle", { count: errors.length })} issues={errors} tone="error" t={t} />
      <IssueList title={t("authoring.home.warningsTitle", { count: warnings.length })} issues={warnings} tone="warning" t={t} />
    </div>
  );
}
