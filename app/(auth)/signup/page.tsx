import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/dal/session";
import { getT } from "@/lib/i18n/server";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Créer un compte" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/");
  const t = await getT();
  return (
    <div className="card mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{t("auth.signUp.title")}</h1>
      <p className="mt-1 text-slate-700">{t("auth.signUp.intro")}</p>
      <SignUpForm />
      <p className="mt-4 text-sm">
        {t("auth.signUp.haveAccount")}{" "}
        <Link href="/signin" className="link">
          {t("auth.signUp.signInLink")}
        </Link>
      </p>
    </div>
  );
}
