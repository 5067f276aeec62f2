"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";
import { appTimeZone } from "@/lib/time/app-zone";

export function SignInForm({ next }: { next: string }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(describe(result?.error ?? ""));
      return;
    }
    router.replace(next);
    router.refresh();
  }

  function describe(code: string): string {
    if (code.startsWith("rate-limited:")) {
      const until = Number(code.split(":")[1]);
      const minutes = Math.max(1, Math.ceil((until - Date.now()) / 60000));
      const time = new Date(until).toLocaleTimeString(locale === "fr" ? "fr-FR" : "en-GB", { hour: "2-digit", minute: "2-digit", timeZone: appTimeZone() });
      return t("auth.signIn.rateLimited", { minutes, time });
    }
    return t("auth.signIn.invalid");
  }

  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
      <div>
        <label htmlFor="email" className="label">
          {t("auth.signIn.email")}
        </label>
        <input id="email" name="email" type="email" autoComplete="email" required className="input" />
      </div>
      <div>
        <label htmlFor="password" className="label">
          {t("auth.signIn.password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="input" />
      </div>
      <div aria-live="polite" className="min-h-[1.5rem]">
        {error && (
          <p role="alert" className="field-error" data-testid="signin-error">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? t("auth.signIn.submitting") : t("auth.signIn.submit")}
      </button>
    </form>
  );
}
