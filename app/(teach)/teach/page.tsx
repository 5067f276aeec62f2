import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/dal/session";
import { getTeacherHome } from "@/lib/dal/cohorts";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatJoinCode } from "@/lib/teach/join-code";
import { AssignmentList } from "./assignment-list";
import { CreateCohortForm } from "./create-cohort-form";

export const metadata: Metadata = { title: "Cohortes" };

export default async function TeachHomePage() {
  await requireRole("instructor", "admin");
  const home = await getTeacherHome();
  if (!home) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("teach.home.title")}</h1>
        <p className="mt-1 text-slate-700">{t("teach.home.intro")}</p>
        <p className="mt-2">
          <Link href="/teach/cases" className="link">
            {t("teach.home.casesLink")}
          </Link>
        </p>
      </div>
      <section aria-labelledby="cohorts-title" className="space-y-3">
        <h2 id="cohorts-title" className="text-lg font-semibold">
          {t("teach.home.cohortsTitle")}
        </h2>
        {home.cohorts.length === 0 ? (
          <p className="text-slate-700">{t("teach.home.noCohorts")}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2" data-testid="cohort-list">
            {home.cohorts.map((c) => (
              <li key={c.id} className="card flex flex-col gap-1" data-testid="cohort-card">
                <h3 className="text-lg font-semibold">
                  <Link href={`/teach/cohorts/${c.id}`} className="hover:underline">
                    {c.name}
                  </Link>
                </h3>
                <p className="text-sm text-slate-700">
                  {t("teach.home.members", { count: c.members })} · {t("teach.home.assignmentsCount", { count: c.assignments })}
                </p>
                <p className="font-mono text-sm text-slate-800">{t("teach.home.code", { code: formatJoinCode(c.joinCode) })}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <CreateCohortForm />
      <section aria-labelledby="assignments-title" className="card">
        <h2 id="assignments-title" className="text-lg font-semibold">
          {t("teach.home.assignmentsTitle")}
        </h2>
        {home.assignments.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("teach.home.noAssignments")}</p>
        ) : (
          <AssignmentList items={home.assignments} locale={locale} t={t} showCohort now={home.now} />
        )}
      </section>
    </div>
  );
}
