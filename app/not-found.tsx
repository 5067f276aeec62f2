import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = await getT();
  return (
    <div className="card mx-auto max-w-lg text-center">
      <h1 className="text-2xl font-bold">{t("common.notFound.title")}</h1>
      <p className="mt-2 text-slate-700">{t("common.notFound.body")}</p>
      <Link href="/" className="btn-primary mt-4">
        {t("common.notFound.back")}
      </Link>
    </div>
  );
}
