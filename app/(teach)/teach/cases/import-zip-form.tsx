"use client";
import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { importCaseZipAction, type ImportZipState } from "./new/actions";

const ZIP_ERRORS = ["empty", "too-large", "unsupported", "zip"] as const;

export function ImportZipForm() {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<ImportZipState, FormData>(importCaseZipAction, null);
  const code = state?.ok === false ? state.code : null;
  const error = !code
    ? null
    : (ZIP_ERRORS as readonly string[]).includes(code)
      ? t(`authoring.zip.errors.${code as (typeof ZIP_ERRORS)[number]}`, { message: (state?.ok === false && state.message) || "" })
      : t(`authoring.importFlow.errors.${code === "unauthenticated" || code === "forbidden" ? code : "unexpected"}`);
  return (
    <form action={action} className="card space-y-3" aria-labelledby="zip-title" noValidate>
      <h2 id="zip-title" className="text-lg font-semibold">
        {t("authoring.zip.title")}
      </h2>
      <p className="text-sm text-slate-700">{t("authoring.zip.help")}</p>
      <div>
        <label htmlFor="zip-file" className="label">
          {t("authoring.zip.label")}
        </label>
        <input
          id="zip-file"
          name="zip"
          type="file"
          accept=".zip,application/zip"
          className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:font-semibold"
          aria-describedby="zip-error"
        />
        <p id="zip-error" role="alert" className="field-error break-words">
          {error}
        </p>
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {pending ? t("authoring.zip.submitting") : t("authoring.zip.submit")}
      </button>
    </form>
  );
}
