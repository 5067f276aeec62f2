import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/dal/session";
import { getT } from "@/lib/i18n/server";
import { ImportWizard } from "./import-wizard";

export const metadata: Metadata = { title: "Nouveau cas depuis un document" };

export default async function NewCasePage() {
  // Students (and signed-out visitors) get the not-found page: nothing to learn about authoring.
  await requireRole("instructor", "admin");
  const t = await getT();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/teach/cases" className="link">
          ← {t("authoring.importFlow.back")}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold">{t("authoring.importFlow.title")}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t("authoring.importFlow.intro")}</p>
      </div>
      <ImportWizard />
    </div>
  );
}
