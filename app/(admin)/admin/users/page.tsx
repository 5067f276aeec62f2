import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/dal/session";
import { getUsersForAdmin } from "@/lib/dal/admin";
import { getT, getLocale } from "@/lib/i18n/server";
import { RoleForm } from "./role-form";
import { appTimeZone } from "@/lib/time/app-zone";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminUsersPage() {
  const me = await requireUser();
  const users = await getUsersForAdmin();
  if (!users) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const date = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeZone: appTimeZone() });
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">{t("admin.users.title")}</h1>
        <p className="text-slate-700">{t("admin.users.intro")}</p>
        <p className="text-sm text-slate-600">{t("admin.users.count", { count: users.length })}</p>
      </div>
      <ul className="space-y-2" aria-label={t("admin.users.title")}>
        {users.map((u) => (
          <li key={u.id} className="card flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between" data-testid="user-row">
            <div className="min-w-0">
              <p className="truncate font-medium">{u.name}</p>
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
              <RoleForm userId={u.id} email={u.email} role={u.role} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
