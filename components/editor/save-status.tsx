"use client";
import { useSyncExternalStore } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { SaveStatus } from "./use-autosave";
import { appTimeZone } from "@/lib/time/app-zone";

const noop = () => () => {};

/** True once the page runs in the browser (the platform's time zone is read from the page). */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}

/** Where the draft stands: saved at …, saving, unsaved, or why it could not be saved. */
export function SaveStatusLine({ status, savedAt, message }: { status: SaveStatus; savedAt: number; message?: string }) {
  const { t, locale } = useI18n();
  const hydrated = useHydrated();
  const time = hydrated ? new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone: appTimeZone() }).format(savedAt) : "";
  const text =
    status === "saved"
      ? time
        ? t("editor.save.savedAt", { time })
        : t("editor.save.saved")
      : status === "invalid" && message
        ? t("editor.save.invalidWith", { message })
        : t(`editor.save.${status}`);
  const tone = status === "saved" ? "text-emerald-800" : status === "dirty" || status === "saving" ? "text-slate-700" : "font-semibold text-red-800";
  return (
    <div className="flex flex-wrap items-center gap-2">
      <p role="status" aria-live="polite" data-testid="save-status" className={`text-sm ${tone}`}>
        {text}
      </p>
      {(status === "conflict" || status === "not-found") && (
        <button type="button" className="btn-secondary px-3 py-1" onClick={() => window.location.reload()}>
          {t("editor.save.reload")}
        </button>
      )}
    </div>
  );
}
