import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/dal/session";
import { getUsersForAdmin } from "@/lib/dal/admin";
import { getT, getLocale } from "@/lib/i18n/server";
import { AdminNav } from "../admin-nav";
import { Pager } from "../pager";
import { RoleForm } from "./role-form";
import { ActiveForm } from "./active-form";
import { ResetForm } from "./reset-form";
import { appTimeZone } from "@/lib/time/app-zone";

export const metadata: Metadata = { title: "Administration" };

type Search = { q?: string | string[]; page?: string | string[] };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const me = await requireUser();
  const params = await searchParams;
  const query = first(params.q).trim().slice(0, 200);
  const requested = Number.parseInt(first(params.page), 10);
  const data = await getUsersForAdmin(query, Number.isFinite(requested) ? requested : 1);
  if (!data) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const date = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeZone: appTimeZone() });
  return (
    <div className="space-y-4">
      <AdminNav current="users" />
      <div>
        <h1 className="text-2xl font-bold">{t("admin.users.title")}</h1>
        <p className="text-slate-700">{t("admin.users.intro")}</p>
      </div>
      <form role="search" method="get" className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm">
          {t("admin.users.search")}
          <input type="search" name="q" defaultValue={query} maxLength={200} className="input w-72 py-1.5" />
        </label>
        <button type="submit" className="btn-secondary py-1.5">
          {t("admin.users.searchButton")}
        </button>
      </form>
      <p className="text-sm text-slate-600">{t("admin.users.count", { count: data.total })}</p>
      {data.users.length === 0 && <p>{t("admin.users.noResults")}</p>}
      <ul className="space-y-2" aria-label={t("admin.users.title")}>
        {data.users.map((u) => (
          <li key={u.id} className="card flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between" data-testid="user-row">
            <div className="min-w-0">
              <p className="truncate font-medium">
                {u.name}
                {u.deactivated && <span className="ml-2 rounded-full bg-red-50 px-2 py-0.5 text-xs font-semibold text-red-800">{t("admin.users.deactivatedBadge")}</span>}
              </p>
              <p className="truncate text-sm text-slate-700">{u.email}</p>
              <p className="text-xs text-slate-600">
                {t("admin.users.createdAt")} {date.format(u.createdAt)}
              </p>
            </div>
            {u.id === me.id ? (
              <p className="text-sm text-slate-700">
                {t(`common.roles.${u.role}`)} — {t("admin.users.selfChange")}
              </p>
            ) : (
              <div className="flex flex-col gap-2 sm:items-end">
                <RoleForm userId={u.id} email={u.email} role={u.role} />
                <div className="flex flex-wrap items-start gap-2">
                  <ActiveForm userId={u.id} email={u.email} deactivated={u.deactivated} />
                  {!u.deactivated && <ResetForm userId={u.id} email={u.email} />}
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
      <Pager path="/admin/users" params={query ? { q: query } : {}} page={data.page} pageCount={data.pageCount} />
    </div>
  );
}
