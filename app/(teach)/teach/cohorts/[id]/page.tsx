import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/dal/session";
import { getCohortDetail } from "@/lib/dal/cohorts";
import { getCohortMastery } from "@/lib/dal/review";
import { ItemMasteryTable } from "@/components/progress/mastery-table";
import { env } from "@/lib/env";
import { getLocale, getT } from "@/lib/i18n/server";
import { dateTimeFormatter } from "@/lib/teach/format";
import { toLocalDateTimeInput } from "@/lib/teach/local-datetime";
import { AssignmentList } from "../../assignment-list";
import { AssignmentForm } from "./assignment-form";
import { JoinCodeCard } from "./join-code-card";
import { RemoveMemberForm } from "./remove-member-form";
import { appTimeZone } from "@/lib/time/app-zone";

export const metadata: Metadata = { title: "Cohorte" };

const WEEK = 7 * 86_400_000;

export default async function CohortPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("instructor", "admin");
  const { id } = await params;
  // Another instructor's cohort and a missing one look the same.
  const cohort = await getCohortDetail(id);
  if (!cohort) notFound();
  const [t, locale, mastery] = await Promise.all([getT(), getLocale(), getCohortMastery(cohort.id)]);
  const date = dateTimeFormatter(locale);
  // The configured public address, never the request's Host header (which a client chooses).
  const joinUrl = `${(env().NEXTAUTH_URL ?? "").replace(/\/$/, "")}/join`;
  const now = cohort.now;
  const minute = (ms: number) => Math.floor(ms / 60_000) * 60_000;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/teach" className="link">
            {t("teach.cohort.back")}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">{cohort.name}</h1>
      </div>
      <JoinCodeCard cohortId={cohort.id} code={cohort.joinCode} joinUrl={joinUrl} />
      <section className="card" aria-labelledby="members-title">
        <h2 id="members-title" className="text-lg font-semibold">
          {t("teach.cohort.membersTitle", { count: cohort.members.length })}
        </h2>
        {cohort.members.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("teach.cohort.noMembers")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200" data-testid="member-list">
            {cohort.members.map((m) => (
              <li key={m.userId} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="member-row">
                <div className="min-w-0 text-sm">
                  <p className="truncate font-medium">{m.name}</p>
                  <p className="truncate text-slate-700">
                    {m.email} · {t("teach.cohort.joinedAt", { date: date.format(m.joinedAt) })}
                  </p>
                </div>
                <RemoveMemberForm cohortId={cohort.id} userId={m.userId} name={m.name} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card space-y-4" aria-labelledby="work-title">
        <h2 id="work-title" className="text-lg font-semibold">
          {t("teach.cohort.assignmentsTitle")}
        </h2>
        {cohort.assignments.length === 0 ? (
          <p className="text-slate-700">{t("teach.cohort.noAssignments")}</p>
        ) : (
          <AssignmentList items={cohort.assignments} locale={locale} t={t} showCohort={false} now={now} />
        )}
        <div className="border-t border-slate-200 pt-4">
          <AssignmentForm
            cohortId={cohort.id}
            cases={cohort.cases}
            defaults={{ opensAt: toLocalDateTimeInput(minute(now)), dueAt: toLocalDateTimeInput(minute(now + WEEK)) }}
            timeZone={appTimeZone()}
          />
        </div>
      </section>
      {mastery && (
        <section className="card space-y-3" aria-labelledby="cohort-mastery-title" data-testid="cohort-mastery">
          <h2 id="cohort-mastery-title" className="text-lg font-semibold">
            {t("learning.signals.cohortItemsTitle")}
          </h2>
          {mastery.items.length === 0 ? (
            <p className="text-sm">{t("learning.signals.cohortItemsNone")}</p>
          ) : (
            <ItemMasteryTable
              caption={t("learning.signals.cohortItemsCaption", { counted: mastery.counted, assignments: mastery.assignments })}
              items={mastery.items}
              t={t}
              locale={locale}
            />
          )}
        </section>
      )}
    </div>
  );
}
