"use client";
import { useEffect } from "react";
import { useI18n } from "@/components/i18n-provider";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useI18n();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="card mx-auto max-w-lg text-center">
      <h1 className="text-2xl font-bold">{t("common.error.title")}</h1>
      <p className="mt-2 text-slate-700">{t("common.error.body")}</p>
      {error.digest && <p className="mt-2 text-xs text-slate-600" data-testid="error-digest">{t("common.error.reference", { digest: error.digest })}</p>}
      <button type="button" onClick={reset} className="btn-primary mt-4">
        {t("common.error.retry")}
      </button>
    </div>
  );
}
