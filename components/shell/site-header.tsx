import Link from "next/link";
import { getCurrentUser } from "@/lib/dal/session";
import { getDueReviewCount } from "@/lib/dal/review-queue";
import { getT, getLocale } from "@/lib/i18n/server";
import { LocaleSwitch } from "./locale-switch";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const [user, t, locale, due] = await Promise.all([getCurrentUser(), getT(), getLocale(), getDueReviewCount()]);
  const links: { href: string; label: string; testId?: string }[] = [];
  if (user) {
    links.push({ href: "/cases", label: t("common.nav.cases") });
    links.push({ href: "/progress", label: t("learning.nav.progress") });
    // The count of due reviews is part of the link's name, so screen readers hear it too.
    links.push({ href: "/review", label: due > 0 ? t("learning.nav.reviewDue", { count: due }) : t("learning.nav.review"), testId: "review-link" });
    if (user.role === "instructor" || user.role === "admin") {
      links.push({ href: "/teach", label: t("common.nav.teach") });
      links.push({ href: "/teach/cases", label: t("common.nav.myCases") });
    }
    if (user.role === "admin") links.push({ href: "/admin/users", label: t("common.nav.admin") });
    links.push({ href: "/account", label: t("account.nav") });
  }
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold text-brand-700">
          {t("common.appName")}
        </Link>
        {links.length > 0 && (
          <nav aria-label={t("common.nav.mainNav")} className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
            {links.map((l) => (
              <Link key={l.href} href={l.href} data-testid={l.testId} className="rounded px-1 py-0.5 font-medium text-slate-700 hover:text-brand-700">
                {l.label}
              </Link>
            ))}
          </nav>
        )}
        <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
          {user && (
            <span className="flex items-center gap-2" data-testid="current-user">
              <span className="max-w-[12rem] truncate">{t("common.signedInAs", { name: user.name })}</span>
              <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">{t(`common.roles.${user.role}`)}</span>
            </span>
          )}
          <LocaleSwitch current={locale} />
          {user && <SignOutButton label={t("common.signOut")} />}
        </div>
      </div>
    </header>
  );
}
