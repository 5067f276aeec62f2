import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Compte effacé" };

export default async function AccountErasedPage() {
  const t = await getT();
  return (
    <div className="card mx-auto max-w-md space-y-2">
      <h1 className="text-2xl font-bold">{t("account.erase.done")}</h1>
      <p>
        <Link href="/" className="link">
          {t("common.nav.home")}
        </Link>
      </p>
    </div>
  );
}
