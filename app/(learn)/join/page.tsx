import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { getT } from "@/lib/i18n/server";
import { JoinForm } from "./join-form";

export const metadata: Metadata = { title: "Rejoindre une cohorte" };

export default async function JoinPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser();
  const [{ code }, t] = await Promise.all([searchParams, getT()]);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">{t("teach.join.title")}</h1>
        <p className="mt-1 text-slate-700">{t("teach.join.intro")}</p>
      </div>
      <JoinForm initialCode={typeof code === "string" ? code.slice(0, 40) : ""} />
    </div>
  );
}
