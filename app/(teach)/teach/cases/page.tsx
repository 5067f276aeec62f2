import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getMyCases, type AuthorCaseItem } from "@/lib/dal/authoring";
import { requireRole } from "@/lib/dal/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { ImportZipForm } from "./import-zip-form";
import { appTimeZone } from "@/lib/time/app-zone";

export const metadata: Metadata = { title: "Mes cas" };

type T = Awaited<ReturnType<typeof getT>>;

function CaseItem({ item, t, locale }: { item: AuthorCaseItem; t: T; locale: string }) {
  const title = item.title || t("authoring.list.untitled");
  return (
    <li className="card flex flex-col gap-1" data-testid="case-item">
      <h3 className="font-semibold">
        <Link href={`/teach/cases/${item.caseId}`} className="hover:underline">
          {title}
        </Link>
      </h3>
      <p className="flex flex-wrap gap-2 text-xs">
        {item.draftVersion !== null ? <span className="rounded bg-amber-100 px-1.5 py-0.5 font-semibold text-amber-900">{t("authoring.list.draft", { version: item.draftVersion })}</span> : null}
        {item.publishedVersion !== null ? (
          <span className="rounded bg-emerald-100 px-1.5 py-0.5 font-semibold text-emerald-900">{t("authoring.list.published", { version: item.publishedVersion })}</span>
        ) : null}
      </p>
      <p className="text-xs text-slate-600">{t("authoring.list.updated", { date: new Date(item.updatedAt).toLocaleDateString(locale, { dateStyle: "long", timeZone: appTimeZone() }) })}</p>
    </li>
  );
}

export default async function TeachCasesPage() {
  await requireRole("instructor", "admin");
  const lists = await getMyCases();
  if (!lists) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("authoring.list.title")}</h1>
          <p className="mt-1 max-w-3xl text-slate-700">{t("authoring.list.intro")}</p>
        </div>
        <Link href="/teach/cases/new" className="btn-primary">
          {t("authoring.list.newFromDocument")}
        </Link>
      </div>
      <section aria-labelledby="mine-title" className="space-y-3">
        <h2 id="mine-title" className="text-lg font-semibold">
          {t("authoring.list.mine")}
        </h2>
        {lists.own.length === 0 ? (
          <p className="text-slate-700" data-testid="no-cases">
            {t("authoring.list.none")}
          </p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2" data-testid="my-cases">
            {lists.own.map((item) => (
              <CaseItem key={item.caseId} item={item} t={t} locale={locale} />
            ))}
          </ul>
        )}
      </section>
      <ImportZipForm />
      <section aria-labelledby="bundled-title" className="space-y-3">
        <h2 id="bundled-title" className="text-lg font-semibold">
          {t("authoring.list.bundled")}
        </h2>
        <p className="text-sm text-slate-700">{t("authoring.list.bundledHelp")}</p>
        <ul className="grid gap-3 sm:grid-cols-2" data-testid="bundled-cases">
          {lists.bundled.map((item) => (
            <CaseItem key={item.caseId} item={item} t={t} locale={locale} />
          ))}
        </ul>
      </section>
    </div>
  );
}
