import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/dal/session";
import { getAuditPage, platformTimeZone, readAuditFilter } from "@/lib/dal/admin";
import { auditActions } from "@/lib/dal/audit";
import { getT, getLocale } from "@/lib/i18n/server";
import { AdminNav } from "../admin-nav";
import { Pager } from "../pager";
import { actionLabelKey } from "./action-label";

export const metadata: Metadata = { title: "Journal d'audit" };

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser();
  const filter = readAuditFilter(await searchParams);
  const data = await getAuditPage(filter);
  if (!data) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const when = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "short", timeStyle: "medium", timeZone: platformTimeZone() });
  // An erased account's tombstone address means nothing to the reader: say what it is.
  const who = (email: string | null, id: string) => (email?.endsWith("@erased.invalid") ? t("admin.audit.erased") : (email ?? id));
  const kept: Record<string, string> = {};
  for (const [k, v] of Object.entries({ action: filter.action ?? "", actor: filter.actor, target: filter.target, from: filter.from, to: filter.to })) if (v) kept[k] = v;
  const exportHref = `/admin/audit/export.csv?${new URLSearchParams(kept).toString()}`;
  return (
    <div className="space-y-4">
      <AdminNav current="audit" />
      <div>
        <h1 className="text-2xl font-bold">{t("admin.audit.title")}</h1>
        <p className="text-slate-700">{t("admin.audit.intro")}</p>
      </div>
      <form method="get" aria-label={t("admin.audit.filters")} className="card grid gap-3 sm:grid-cols-3">
        <div className="flex flex-col text-sm">
          {/* A label beside the select, not around it: the options' text would join its accessible name. */}
          <label htmlFor="audit-action">{t("admin.audit.action")}</label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ""} className="input py-1.5">
            <option value="">{t("admin.audit.allActions")}</option>
            {auditActions.map((a) => (
              <option key={a} value={a}>
                {t(actionLabelKey(a))}
              </option>
            ))}
          </select>
        </div>
        <label className="flex flex-col text-sm">
          {t("admin.audit.actor")}
          <input name="actor" defaultValue={filter.actor} maxLength={200} className="input py-1.5" />
        </label>
        <label className="flex flex-col text-sm">
          {t("admin.audit.target")}
          <input name="target" defaultValue={filter.target} maxLength={200} className="input py-1.5" />
        </label>
        <label className="flex flex-col text-sm">
          {t("admin.audit.from")}
          <input type="date" name="from" defaultValue={filter.from} className="input py-1.5" />
        </label>
        <label className="flex flex-col text-sm">
          {t("admin.audit.to")}
          <input type="date" name="to" defaultValue={filter.to} className="input py-1.5" />
        </label>
        <div className="flex flex-wrap items-end gap-2">
          <button type="submit" className="btn-primary py-1.5">
            {t("admin.audit.apply")}
          </button>
          <Link href="/admin/audit" className="link text-sm">
            {t("admin.audit.clear")}
          </Link>
        </div>
      </form>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600">{t("admin.audit.count", { count: data.total })}</p>
        <a href={exportHref} className="btn-secondary py-1.5 text-sm" download>
          {t("admin.audit.exportCsv")}
        </a>
      </div>
      {data.rows.length === 0 ? (
        <p>{t("admin.audit.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2 pr-3">{t("admin.audit.at")}</th>
                <th scope="col" className="py-2 pr-3">{t("admin.audit.by")}</th>
                <th scope="col" className="py-2 pr-3">{t("admin.audit.what")}</th>
                <th scope="col" className="py-2 pr-3">{t("admin.audit.on")}</th>
                <th scope="col" className="py-2">{t("admin.audit.details")}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-100 align-top" data-testid="audit-row">
                  <td className="whitespace-nowrap py-2 pr-3">{when.format(r.at)}</td>
                  <td className="py-2 pr-3">{r.actorId === null ? t("admin.audit.platform") : who(r.actorEmail, r.actorId)}</td>
                  <td className="py-2 pr-3">{t(actionLabelKey(r.action))}</td>
                  <td className="py-2 pr-3">
                    <span className="text-slate-600">{r.targetType}</span> {who(r.targetEmail, r.targetId)}
                  </td>
                  <td className="py-2 font-mono text-xs">{r.details}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager path="/admin/audit" params={kept} page={data.page} pageCount={data.pageCount} />
    </div>
  );
}
