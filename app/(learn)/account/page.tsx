import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { getT } from "@/lib/i18n/server";
import { ChangePasswordForm } from "./change-password-form";
import { EraseForm } from "./erase-form";
import { SignOutEverywhereForm } from "./sign-out-everywhere-form";

export const metadata: Metadata = { title: "Mon compte" };

export default async function AccountPage() {
  const user = await requireUser();
  const t = await getT();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("account.title")}</h1>
      <section className="card" aria-labelledby="profile-title">
        <h2 id="profile-title" className="text-lg font-semibold">
          {t("account.profile")}
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">{t("account.name")}</dt>
          <dd>{user.name}</dd>
          <dt className="font-medium">{t("account.email")}</dt>
          <dd>{user.email}</dd>
          <dt className="font-medium">{t("account.role")}</dt>
          <dd>{t(`common.roles.${user.role}`)}</dd>
        </dl>
      </section>
      <section className="card space-y-3" aria-labelledby="password-title">
        <h2 id="password-title" className="text-lg font-semibold">
          {t("account.password.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("account.password.intro")}</p>
        <ChangePasswordForm />
      </section>
      <section className="card space-y-3" aria-labelledby="sessions-title">
        <h2 id="sessions-title" className="text-lg font-semibold">
          {t("account.sessions.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("account.sessions.intro")}</p>
        <SignOutEverywhereForm />
      </section>
      <section className="card space-y-3" aria-labelledby="data-title">
        <h2 id="data-title" className="text-lg font-semibold">
          {t("account.data.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("account.data.intro")}</p>
        <a href="/account/export.json" className="btn-secondary inline-block" download>
          {t("account.data.download")}
        </a>
      </section>
      {user.role === "student" && (
        <section className="card space-y-3" aria-labelledby="erase-title">
          <h2 id="erase-title" className="text-lg font-semibold">
            {t("account.erase.title")}
          </h2>
          <p className="text-sm text-slate-700">{t("account.erase.intro")}</p>
          <EraseForm />
        </section>
      )}
    </div>
  );
}
