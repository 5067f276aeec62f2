import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { ResetForm } from "./reset-form";

export const metadata: Metadata = { title: "Nouveau mot de passe" };

export default async function ResetPasswordPage() {
  const t = await getT();
  return (
    <div className="card mx-auto max-w-md space-y-3">
      <h1 className="text-2xl font-bold">{t("account.reset.title")}</h1>
      <p className="text-slate-700">{t("account.reset.intro")}</p>
      <ResetForm />
    </div>
  );
}
