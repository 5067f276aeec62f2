import type { CaseHomeData } from "@/lib/dal/authoring";
import type { getT } from "@/lib/i18n/server";
import { appTimeZone } from "@/lib/time/app-zone";

type T = Awaited<ReturnType<typeof getT>>;

export function VersionList({ caseId, versions, t, locale }: { caseId: string; versions: CaseHomeData["versions"]; t: T; locale: string }) {
  const date = (ms: number) => new Date(ms).toLocaleDateString(locale, { dateStyle: "long", timeZone: appTimeZone() });
  return (
    <section aria-labelledby="versions-title" className="card space-y-3">
      <h2 id="versions-title" className="text-lg font-semibold">
        {t("authoring.home.versionsTitle")}
      </h2>
      <ul className="divide-y divide-slate-100" data-testid="version-list">
        {versions.map((v) => (
          <li key={v.versionId} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="version-item">
            <div className="text-sm">
              <p>
                <span className="font-semibold">{t("authoring.home.versionLine", { version: v.version })}</span>{" "}
                <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${v.status === "published" ? "bg-emerald-100 text-emerald-900" : "bg-amber-100 text-amber-900"}`}>
                  {t(`authoring.home.versionStatus.${v.status}`)}
                </span>
              </p>
              <p className="text-xs text-slate-600">
                {v.title || t("authoring.list.untitled")} · {v.publishedAt ? t("authoring.home.publishedOn", { date: date(v.publishedAt) }) : t("authoring.home.createdOn", { date: date(v.createdAt) })} ·{" "}
                {t("authoring.home.attempts", { count: v.attempts })}
              </p>
            </div>
            {/* A download, not a page: a plain link (no client-side navigation or prefetch). */}
            <a href={`/api/teach/cases/${caseId}/export?version=${v.version}`} className="btn-secondary px-3 py-1 text-xs" download aria-label={t("authoring.home.exportVersion", { version: v.version })}>
              {t("authoring.home.export")}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
