import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { validateDraft } from "@/lib/authoring/validate-draft";
import { getCaseHome } from "@/lib/dal/authoring";
import { requireRole } from "@/lib/dal/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { CaseControls } from "./case-controls";
import { DraftSummary } from "./draft-summary";
import { VersionList } from "./version-list";

export const metadata: Metadata = { title: "Cas" };

export default async function CaseHomePage({ params, searchParams }: { params: Promise<{ caseId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("instructor", "admin");
  const [{ caseId }, query] = await Promise.all([params, searchParams]);
  // Someone else's case and a missing one look the same.
  const home = await getCaseHome(caseId);
  if (!home) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const draft = home.draft;
  const title = (typeof draft?.content.title === "string" && draft.content.title) || home.versions[0]?.title || t("authoring.list.untitled");
  const latest = home.versions[0]?.version ?? 0;
  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href="/teach/cases" className="link">
          ← {t("authoring.home.back")}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <code>{home.slug}</code>
          {!home.owned ? <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold">{t("authoring.home.bundledBadge")}</span> : null}
        </p>
      </div>
      {query.created ? <p className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">{t("authoring.home.created")}</p> : null}
      {query.imported ? <p className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">{t("authoring.home.imported")}</p> : null}
      {home.owned ? (
        <section aria-labelledby="draft-title" className="card space-y-4" data-testid="draft-panel" data-updated-at={draft?.updatedAt}>
          <h2 id="draft-title" className="text-lg font-semibold">
            {draft ? t("authoring.home.draftTitle", { version: draft.version }) : t("authoring.home.noDraft")}
          </h2>
          {draft ? <DraftSummary draft={draft.content} updatedAt={draft.updatedAt} issues={validateDraft(draft.content)} t={t} locale={locale} /> : null}
          <CaseControls caseId={home.caseId} draftVersion={draft?.version ?? null} nextVersion={latest + 1} />
          <p className="text-xs text-slate-600">
            {t("authoring.home.previewHelp")} {t("authoring.home.publishHelp")}
          </p>
        </section>
      ) : null}
      <VersionList caseId={home.caseId} versions={home.versions} t={t} locale={locale} />
    </div>
  );
}
