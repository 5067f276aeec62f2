import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/dal/session";
import { getT } from "@/lib/i18n/server";
import { env } from "@/lib/env";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { demoEnabled } from "@/lib/auth/demo-mode.mjs";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Connexion" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  if (await getCurrentUser()) redirect("/");
  const t = await getT();
  const { callbackUrl } = await searchParams;
  // Only this app's own paths: never redirect to another origin after sign-in.
  const next = safeCallbackPath(callbackUrl);
  const demo = demoEnabled(env());
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div className="card">
        <h1 className="text-2xl font-bold">{t("auth.signIn.title")}</h1>
        <p className="mt-1 text-slate-700">{t("auth.signIn.intro")}</p>
        <SignInForm next={next} />
        <p className="mt-4 text-sm">
          {t("auth.signIn.noAccount")}{" "}
          <Link href="/signup" className="link">
            {t("auth.signIn.signUpLink")}
          </Link>
        </p>
      </div>
      {demo && (
        <section className="card text-sm" aria-labelledby="demo-title">
          <h2 id="demo-title" className="font-semibold">
            {t("auth.signIn.demoTitle")}
          </h2>
          <ul className="mt-2 space-y-1">
            {DEMO_ACCOUNTS.map((a) => (
              <li key={a.email}>
                <span className="font-medium">{t(`common.roles.${a.role}`)}</span> : <code>{a.email}</code> / <code>{a.password}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
